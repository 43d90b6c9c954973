package org.storyline.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.storyline.model.Article;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;

/**
 * What the flat event exports ({@link CsvExport}, {@link GeoJsonExport}) look up by id: entities (the place and its
 * geocode and country), documents (the outlets that report an event) and articles (the sentence an event is first
 * mentioned in). Each function returns null for an id it does not know.
 */
public record EventLookup(Function<String, Entity> entity, Function<String, Document> document,
                          Function<String, Article> article) {
    public EventLookup {
        Objects.requireNonNull(entity, "entity lookup must not be null");
        Objects.requireNonNull(document, "document lookup must not be null");
        Objects.requireNonNull(article, "article lookup must not be null");
    }

    /** Entities and documents held in memory; no article texts (notes then describe the event instead). */
    public static EventLookup of(Collection<Entity> entities, Collection<Document> documents) {
        Map<String, Entity> e = new HashMap<>();
        entities.forEach(x -> e.put(x.id(), x));
        Map<String, Document> d = new HashMap<>();
        documents.forEach(x -> d.put(x.id(), x));
        return new EventLookup(e::get, d::get, id -> null);
    }

    /** Entities only: no outlets, no article texts. */
    public static EventLookup of(Function<String, Entity> entity) {
        return new EventLookup(entity, id -> null, id -> null);
    }

    /** Everything a store knows that its corpus's events refer to. */
    public static EventLookup of(Store store) {
        return of(store, store.corpus());
    }

    /**
     * Everything a store knows that the events of {@code corpus} refer to: its entities, every document, and the
     * articles that hold the first mention of an event.
     */
    public static EventLookup of(Store store, Store.Corpus corpus) {
        Map<String, Entity> entities = new HashMap<>();
        corpus.entities().forEach(x -> entities.put(x.id(), x));
        Map<String, Document> documents = new HashMap<>();
        store.forEachDocument(x -> documents.put(x.id(), x));
        Map<String, Article> articles = new HashMap<>();
        Set<String> wanted = firstMentionArticles(corpus.events());
        if (!wanted.isEmpty()) {
            store.forEachArticle(a -> {
                if (wanted.contains(a.id())) {
                    articles.put(a.id(), a);
                }
            });
        }
        return new EventLookup(entities::get, documents::get, articles::get);
    }

    private static Set<String> firstMentionArticles(List<Event> events) {
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            if (!e.mentions().isEmpty()) {
                ids.add(e.mentions().getFirst().article());
            }
        }
        return ids;
    }
}
