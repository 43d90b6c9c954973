package org.storyline.cli;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.store.Store;

/** The corpus-wide results with the lookups the reading commands (entity, timeline, story) need. */
final class CorpusView {
    final Store.Corpus corpus;
    final Map<String, Entity> entities = new HashMap<>();
    final Map<String, Document> documents = new HashMap<>();
    final Map<String, Article> articles = new HashMap<>();

    CorpusView(Store store) {
        this.corpus = store.corpus();
        corpus.entities().forEach(e -> entities.put(e.id(), e));
        store.forEachDocument(d -> documents.put(d.id(), d));
        store.forEachArticle(a -> articles.put(a.id(), a));
    }

    /** Entities whose name or an alias matches, best first: exact, then containing the query. */
    List<Entity> find(String query) {
        return find(corpus.entities(), query);
    }

    /** Of these entities, those whose name or an alias matches, best first: exact, then containing; most mentioned first. */
    static List<Entity> find(java.util.Collection<Entity> entities, String query) {
        String q = fold(query);
        return entities.stream()
                .filter(e -> names(e).stream().anyMatch(n -> n.contains(q)))
                .sorted(java.util.Comparator.<Entity>comparingInt(e -> names(e).contains(q) ? 0 : 1)
                        .thenComparingInt(e -> -e.mentions().size()).thenComparing(Entity::id))
                .toList();
    }

    static List<String> names(Entity e) {
        List<String> out = new java.util.ArrayList<>();
        out.add(fold(e.name()));
        e.aliases().forEach(a -> out.add(fold(a)));
        return out;
    }

    /** An outlet-and-date label for a document: "ABC News 2026-02-06", else its source. */
    String label(String documentId) {
        Document d = documents.get(documentId);
        if (d == null) {
            return documentId;
        }
        String who = d.outlet() != null ? d.outlet() : d.source();
        return d.published() == null ? who : who + " " + d.published().value();
    }

    String name(String entityId, String fallback) {
        Entity e = entityId == null ? null : entities.get(entityId);
        return e != null ? e.name() : fallback;
    }

    static String date(Event e) {
        return e.date().value() == null ? "date unknown" : e.date().value().value();
    }

    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
