package org.storyline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Story;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline story [ID]}: a story with its articles, events, facts and disagreements; without an id, the list. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Show a story: its articles, merged events, each fact with its sources, and disagreements. Without ID, list the stories.")
final class StoryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "Story id (s…), as listed without it.")
    String id;

    @Mixin
    DataDir data;

    @Override
    public Integer call() {
        CorpusView view;
        try (Store store = data.open()) {
            view = new CorpusView(store);
        }
        if (id == null) {
            for (Story s : view.corpus.stories()) {
                long outlets = s.articles().stream().map(a -> view.articles.get(a)).filter(a -> a != null).map(Article::document)
                        .map(view::label).distinct().count();
                System.out.printf("%s  %d article%s, %d source%s, %d event%s  %s%n", s.id(), s.articles().size(),
                        s.articles().size() == 1 ? "" : "s", outlets, outlets == 1 ? "" : "s", s.events().size(),
                        s.events().size() == 1 ? "" : "s", s.title() == null ? "" : s.title());
            }
            return Exit.OK;
        }
        Story story = view.corpus.stories().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (story == null) {
            System.err.println("storyline story: no story " + id + " (storyline story lists them)");
            return Exit.PARTIAL;
        }
        System.out.println(story.title() == null ? story.id() : story.title() + "  [" + story.id() + "]");
        System.out.println("\narticles:");
        for (String a : story.articles()) {
            Article article = view.articles.get(a);
            String start = article == null ? "" : EntityCommand.shorten(article.text().replace('\n', ' '));
            System.out.printf("  %s  %s  %s%n", a, article == null ? "" : view.label(article.document()), start.length() > 90 ? start.substring(0, 90) + "…" : start);
        }
        System.out.println("\nevents:");
        List<Event> events = view.corpus.events().stream().filter(e -> story.events().contains(e.id())).toList();
        for (Event e : events) {
            System.out.printf("  %s %s%s %s%s [%d sources, %d origins]%n", e.id(), e.type().label(), e.subtype() == null ? "" : "/" + e.subtype(),
                    CorpusView.date(e), e.location() == null ? "" : " in " + e.location().name(), e.sources().size(), e.origins());
            for (Event.Fact f : e.facts()) {
                System.out.printf("      %-10s %s  (%s)%n", f.field(), f.value(), f.sources().stream().map(view::label).collect(Collectors.joining("; ")));
            }
            for (Event.Disagreement d : e.disagreements()) {
                System.out.printf("      disagreement on %s: %s%n", d.field(), d.values().stream()
                        .map(v -> v.value() + " (" + v.sources().stream().map(view::label).collect(Collectors.joining("; ")) + ")")
                        .collect(Collectors.joining(" vs ")));
            }
        }
        return Exit.OK;
    }
}
