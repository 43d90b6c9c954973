package org.storyline.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline timeline}: events in date order with their sources. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "List events in date order with their sources; undated events come last.")
final class TimelineCommand implements Callable<Integer> {
    @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity takes part in.")
    String entity;

    @Option(names = "--type", paramLabel = "T", description = "Only events of this type (attack, strike, talks, …).")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after this date (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before this date (YYYY[-MM[-DD]]).")
    String to;

    @Mixin
    DataDir data;

    @Override
    public Integer call() {
        for (String d : new String[] {from, to}) {
            if (d != null && !d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "not a date (YYYY[-MM[-DD]]): " + d);
            }
        }
        CorpusView view;
        try (Store store = data.open()) {
            view = new CorpusView(store);
        }
        String entityId = null;
        if (entity != null) {
            List<Entity> found = view.find(entity);
            if (found.isEmpty()) {
                System.err.println("storyline timeline: no entity named '" + entity + "'");
                return Exit.PARTIAL;
            }
            entityId = found.getFirst().id();
        }
        String who = entityId;
        List<Event> events = view.corpus.events().stream()
                .filter(e -> type == null || e.type().label().equalsIgnoreCase(type))
                .filter(e -> who == null || e.participants().stream().anyMatch(p -> who.equals(p.entity())))
                .filter(e -> from == null || (e.date().value() != null && e.date().value().value().compareTo(from) >= 0))
                .filter(e -> to == null || (e.date().value() != null && e.date().value().value().substring(0,
                        Math.min(e.date().value().value().length(), to.length())).compareTo(to) <= 0))
                .sorted(Comparator.comparing((Event e) -> e.date().value() == null ? "9999" : e.date().value().value()).thenComparing(Event::id))
                .toList();
        for (Event e : events) {
            String place = e.location() == null ? "" : " in " + e.location().name();
            String parts = e.participants().stream().map(p -> p.role().name().toLowerCase(Locale.ROOT) + " " + view.name(p.entity(), p.text()))
                    .collect(Collectors.joining(", "));
            String counts = e.counts().entrySet().stream().map(c -> c.getKey() + " " + c.getValue().value())
                    .collect(Collectors.joining(", "));
            System.out.printf("%-10s  %s%s%s%s%s%n", CorpusView.date(e), e.type().label(), e.subtype() == null ? "" : "/" + e.subtype(), place,
                    parts.isEmpty() ? "" : "; " + parts, counts.isEmpty() ? "" : "; " + counts);
            System.out.printf("            %s  [%d source%s, %d origin%s]%s%n",
                    e.sources().stream().map(view::label).collect(Collectors.joining("; ")), e.sources().size(),
                    e.sources().size() == 1 ? "" : "s", e.origins(), e.origins() == 1 ? "" : "s",
                    e.disagreements().isEmpty() ? "" : "  disagreement on " + e.disagreements().stream().map(Event.Disagreement::field)
                            .collect(Collectors.joining(", ")));
        }
        System.out.printf("%d event%s%n", events.size(), events.size() == 1 ? "" : "s");
        return Exit.OK;
    }
}
