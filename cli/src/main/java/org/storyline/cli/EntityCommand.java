package org.storyline.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.storyline.model.Attribute;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline entity NAME}: the dossier of a person, organisation or place. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Print the dossier of an entity: aliases, attributes with sources, events by role, quotes by and about it, and co-occurring entities.")
final class EntityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Name or alias (any spelling the texts use).")
    List<String> name;

    @Mixin
    DataDir data;

    @Override
    public Integer call() {
        String query = String.join(" ", name);
        CorpusView view;
        try (Store store = data.open()) {
            view = new CorpusView(store);
        }
        List<Entity> found = view.find(query);
        if (found.isEmpty()) {
            System.err.println("storyline entity: no entity named '" + query + "' (run storyline run first, or try another spelling)");
            return Exit.PARTIAL;
        }
        Entity e = found.getFirst();
        PrintStream out = System.out;
        out.printf("%s  [%s, %s]%n", e.name(), e.type(), e.id());
        if (!e.aliases().isEmpty()) {
            out.println("also: " + String.join("; ", e.aliases()));
        }
        if (e.geo() != null) {
            out.printf("geo: %.4f, %.4f (%s)%n", e.geo().lat(), e.geo().lon(), e.geo().id());
        }
        Set<String> articles = e.mentions().stream().map(Mention::article).collect(Collectors.toSet());
        out.printf("mentioned %d times in %d articles%n", e.mentions().size(), articles.size());
        if (!e.attributes().isEmpty()) {
            out.println("\nattributes:");
            for (Attribute a : e.attributes()) {
                out.printf("  %-12s %s  (%s)%n", a.key(), a.value(), sources(view, a.sources()));
            }
        }
        out.println("\nevents:");
        for (Event ev : view.corpus.events()) {
            for (Event.Participant p : ev.participants()) {
                if (e.id().equals(p.entity())) {
                    out.printf("  %s  %s%s as %s  (%s)%n", CorpusView.date(ev), ev.type().label(),
                            ev.subtype() == null ? "" : "/" + ev.subtype(), p.role().name().toLowerCase(java.util.Locale.ROOT),
                            ev.sources().stream().map(view::label).collect(Collectors.joining("; ")));
                }
            }
        }
        out.println("\nquotes by:");
        for (Quote q : view.corpus.quotes()) {
            if (e.id().equals(q.speakerEntity())) {
                out.printf("  %s “%s”%s%n", q.cue() == null ? "" : q.cue() + ":", shorten(q.text()), q.hedge() == null ? "" : " [" + q.hedge() + "]");
            }
        }
        out.println("\nquotes about:");
        for (Quote q : view.corpus.quotes()) {
            if (!e.id().equals(q.speakerEntity()) && CorpusView.names(e).stream().anyMatch(n -> CorpusView.fold(q.text()).contains(n))) {
                out.printf("  %s: “%s”%n", q.speakerText(), shorten(q.text()));
            }
        }
        Map<String, Integer> together = new LinkedHashMap<>();
        for (Entity other : view.corpus.entities()) {
            if (other != e) {
                int shared = (int) other.mentions().stream().map(Mention::article).filter(articles::contains).distinct().count();
                if (shared > 0) {
                    together.put(other.name(), shared);
                }
            }
        }
        out.println("\nseen with:");
        together.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(t -> out.printf("  %s (%d articles)%n", t.getKey(), t.getValue()));
        return Exit.OK;
    }

    private static String sources(CorpusView view, List<String> articleOrDocumentIds) {
        return articleOrDocumentIds.stream().map(id -> {
            var a = view.articles.get(id);
            return a != null ? view.label(a.document()) : view.label(id);
        }).distinct().collect(Collectors.joining("; "));
    }

    static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "…";
    }
}
