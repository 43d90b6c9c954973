package org.storyline.server.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.store.Store;

/**
 * One consistent view of the corpus-wide results and the lookups the API needs, built once per corpus pass.
 *
 * <p>Design decision: readers take the snapshot once per request, and a new one replaces it whole after each corpus
 * pass, so a request sees either the old corpus or the new one, never half of each, while an ingest runs.
 */
public final class Snapshot {
    final long version;
    final Store.Corpus corpus;
    final Map<String, Document> documents = new LinkedHashMap<>();
    final Map<String, ArticleMeta> articles = new LinkedHashMap<>();
    final Map<String, Entity> entities = new HashMap<>();
    final Map<String, Event> events = new LinkedHashMap<>();
    final Map<String, Quote> quotes = new LinkedHashMap<>();
    final Map<String, Story> stories = new LinkedHashMap<>();
    final List<StorySummary> storyList;
    final Map<String, StorySummary> summaries = new HashMap<>();
    final Map<String, String> published = new HashMap<>();
    final Map<String, List<String>> storiesOfArticle = new HashMap<>();
    final Map<String, List<String>> storiesOfEvent = new HashMap<>();
    final Map<String, List<String>> eventsOfArticle = new HashMap<>();
    final Map<String, List<String>> eventsOfEntity = new HashMap<>();
    final Map<String, List<Quote>> quotesBySpeaker = new HashMap<>();
    final Map<String, List<Quote>> quotesOfArticle = new HashMap<>();
    final Map<String, List<EntityMention>> mentionsOfArticle = new HashMap<>();
    final Map<String, Set<String>> articlesOfEntity = new HashMap<>();
    /** The distinct entities mentioned in each article: what {@link #cooccurring} counts, without rescanning mentions. */
    final Map<String, String[]> entitiesOfArticle = new HashMap<>();

    /** What the API shows of an article without its text. */
    record ArticleMeta(String id, String document, int index, String title, PartialDate date, DateBasis basis) {
    }

    /** One mention of an entity in an article. */
    record EntityMention(int start, int end, Entity entity) {
    }

    /** A story with what its list entry shows. */
    record StorySummary(Story story, String date, int documents, List<String> outlets, List<String> eventTypes,
                        int disagreements, List<Entity> places) {
    }

    public Snapshot(long version, Store store) {
        this.version = version;
        this.corpus = store.corpus();
        store.forEachDocument(d -> {
            documents.put(d.id(), d);
            if (d.published() != null) {
                published.put(d.id(), d.published().value());
            }
        });
        store.forEachArticle(a -> articles.put(a.id(), meta(a)));
        corpus.entities().forEach(e -> entities.put(e.id(), e));
        corpus.events().forEach(e -> events.put(e.id(), e));
        corpus.quotes().forEach(q -> quotes.put(q.id(), q));
        corpus.stories().forEach(s -> stories.put(s.id(), s));
        for (Story s : corpus.stories()) {
            s.articles().forEach(a -> add(storiesOfArticle, a, s.id()));
            s.events().forEach(v -> add(storiesOfEvent, v, s.id()));
        }
        for (Event e : corpus.events()) {
            e.mentions().stream().map(Mention::article).distinct().forEach(a -> add(eventsOfArticle, a, e.id()));
            Set<String> involved = new LinkedHashSet<>();
            e.participants().forEach(p -> {
                if (p.entity() != null) {
                    involved.add(p.entity());
                }
            });
            if (e.location() != null && e.location().entity() != null) {
                involved.add(e.location().entity());
            }
            involved.forEach(x -> add(eventsOfEntity, x, e.id()));
        }
        for (Quote q : corpus.quotes()) {
            add(quotesOfArticle, q.article(), q);
            if (q.speakerEntity() != null) {
                add(quotesBySpeaker, q.speakerEntity(), q);
            }
        }
        for (Entity e : corpus.entities()) {
            Set<String> in = articlesOfEntity.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
            for (Mention m : e.mentions()) {
                in.add(m.article());
                add(mentionsOfArticle, m.article(), new EntityMention(m.span().start(), m.span().end(), e));
            }
        }
        mentionsOfArticle.values().forEach(l -> l.sort(Comparator.comparingInt(EntityMention::start)
                .thenComparingInt(m -> -m.end())));
        mentionsOfArticle.forEach((a, l) -> entitiesOfArticle.put(a,
                l.stream().map(m -> m.entity().id()).distinct().toArray(String[]::new)));
        storyList = corpus.stories().stream().map(this::summary)
                .sorted(Comparator.comparing((StorySummary s) -> s.date() == null ? "" : s.date()).reversed()
                        .thenComparing(s -> s.story().id()))
                .toList();
        storyList.forEach(x -> summaries.put(x.story().id(), x));
    }

    private static ArticleMeta meta(Article a) {
        return new ArticleMeta(a.id(), a.document(), a.index(), a.title(), a.date(), a.dateBasis());
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private StorySummary summary(Story s) {
        String newest = null;
        Set<String> docs = new LinkedHashSet<>();
        for (String a : s.articles()) {
            ArticleMeta m = articles.get(a);
            if (m == null) {
                continue;
            }
            docs.add(m.document());
            String d = articleDate(m);
            if (d != null && (newest == null || d.compareTo(newest) > 0)) {
                newest = d;
            }
        }
        Set<String> outlets = new TreeSet<>();
        docs.forEach(d -> outlets.add(outlet(d)));
        Set<String> types = new LinkedHashSet<>();
        int disagreements = 0;
        Map<String, Entity> places = new LinkedHashMap<>();
        for (String v : s.events()) {
            Event e = events.get(v);
            if (e == null) {
                continue;
            }
            types.add(e.type().label());
            disagreements += e.disagreements().size();
            if (e.location() != null && e.location().entity() != null && entities.containsKey(e.location().entity())) {
                places.putIfAbsent(e.location().entity(), entities.get(e.location().entity()));
            }
        }
        return new StorySummary(s, newest, docs.size(), List.copyOf(outlets), List.copyOf(types), disagreements,
                List.copyOf(places.values()));
    }

    /** An article's own date, else its document's, as YYYY-MM-DD or coarser; null when neither is known. */
    String articleDate(ArticleMeta m) {
        if (m.date() != null) {
            return day(m.date().value());
        }
        String p = published.get(m.document());
        return p == null ? null : day(p);
    }

    private static String day(String value) {
        return value.length() > 10 ? value.substring(0, 10) : value;
    }

    /** The outlet of a document, else the host or file name of its source. */
    String outlet(String documentId) {
        Document d = documents.get(documentId);
        if (d == null) {
            return documentId;
        }
        if (d.outlet() != null && !d.outlet().isBlank()) {
            return d.outlet();
        }
        String s = d.source();
        try {
            java.net.URI u = java.net.URI.create(s);
            if (u.getHost() != null) {
                return u.getHost().replaceFirst("^www\\.", "");
            }
        } catch (IllegalArgumentException e) {
            // not a URL: a file name
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1);
    }

    /** The ISO country code of a place entity, from its "country" attribute, or null. */
    String country(String entityId) {
        Entity e = entityId == null ? null : entities.get(entityId);
        if (e == null) {
            return null;
        }
        return e.attributes().stream().filter(a -> a.key().equals("country")).map(a -> a.value())
                .findFirst().orElse(null);
    }

    /** The events a filter keeps, in corpus order (most corroborated first). */
    List<Event> events(EventFilter f) {
        List<Event> out = new ArrayList<>();
        for (Event e : corpus.events()) {
            if (f.test(e, this)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Entities that share articles with this one, most shared first. */
    List<Map.Entry<Entity, Integer>> cooccurring(String entityId, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (String a : articlesOfEntity.getOrDefault(entityId, Set.of())) {
            for (String other : entitiesOfArticle.getOrDefault(a, new String[0])) {
                if (!other.equals(entityId)) {
                    counts.merge(other, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<Entity, Integer>> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(x -> out.add(Map.entry(entities.get(x.getKey()), x.getValue())));
        return Collections.unmodifiableList(out);
    }

    /** Quotes whose text names the entity (a mention of it inside the quote's span). */
    List<Quote> quotesAbout(String entityId) {
        List<Quote> out = new ArrayList<>();
        Entity entity = entities.get(entityId);
        if (entity == null) {
            return out;
        }
        // the entity's own mentions by article: all a quote needs to be checked against
        Map<String, List<Mention>> own = new HashMap<>();
        for (Mention m : entity.mentions()) {
            own.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        }
        for (String a : articlesOfEntity.getOrDefault(entityId, Set.of())) {
            List<Mention> mentions = own.getOrDefault(a, List.of());
            for (Quote q : quotesOfArticle.getOrDefault(a, List.of())) {
                boolean named = false;
                for (Mention m : mentions) {
                    if (m.span().start() >= q.span().start() && m.span().end() <= q.span().end()) {
                        named = true;
                        break;
                    }
                }
                if (named && !entityId.equals(q.speakerEntity())) {
                    out.add(q);
                }
            }
        }
        return out;
    }
}
