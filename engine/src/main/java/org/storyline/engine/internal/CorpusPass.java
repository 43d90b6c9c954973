package org.storyline.engine.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.NameMention;
import org.storyline.model.Quote;
import org.storyline.model.StableId;
import org.storyline.model.Story;
import org.storyline.resolve.geo.Geocoder;
import org.storyline.resolve.names.CorpusEntities;
import org.storyline.resolve.names.DocumentEntities;
import org.storyline.resolve.names.LocalEntity;
import org.storyline.stories.StoryArticle;
import org.storyline.stories.StoryClusterer;
import org.storyline.resolve.geo.Place;
import org.storyline.store.Store;

/**
 * The corpus-wide stages, run over everything the store holds once documents are processed: entities across
 * documents, events and quotes linked to them, and stories. Rebuilt as a whole; cost grows with the corpus.
 */
public final class CorpusPass {

    /** Everything the corpus pass reads of one processed document. */
    public record Processed(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                            Store.Extraction extraction) {
    }

    public Store.Corpus build(Store store) {
        List<Processed> docs = new ArrayList<>();
        store.forEachDocument(d -> {
            List<Article> articles = store.articles(d.id());
            if (!articles.isEmpty()) {
                docs.add(new Processed(d, articles, articles.stream().map(a -> store.annotations(a.id())).toList(),
                        store.extraction(d.id())));
            }
        });
        List<Entity> entities = geocode(entities(docs), docs);
        Map<String, String> entityByName = new LinkedHashMap<>();
        for (Entity e : entities) {
            entityByName.putIfAbsent(fold(e.name()), e.id());
            e.aliases().forEach(a -> entityByName.putIfAbsent(fold(a), e.id()));
        }
        // A speaker is the entity a mention names when the mention is the whole speaker: "Russian" is not the
        // speaker of "Russian investigators said", nor "Ukraine" of "Ukraine's State Emergency Service".
        Map<String, String> entityAt = new LinkedHashMap<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> entityAt.put(m.article() + ":" + m.span().start() + "-" + m.span().end(), e.id()));
        }
        List<Quote> quotes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (Processed p : docs) {
            for (Quote q : p.extraction().quotes()) {
                String entity = q.speakerSpan() == null ? null
                        : entityAt.get(q.article() + ":" + q.speakerSpan().start() + "-" + q.speakerSpan().end());
                if (entity == null && q.speakerText() != null) {
                    entity = entityByName.get(fold(q.speakerText()));
                }
                quotes.add(new Quote(q.id(), entity, q.speakerText(), q.text(), q.direct(), q.cue(), q.hedge(), q.article(), q.span(),
                        q.speakerSpan(), q.cueSpan()));
            }
            for (Event e : p.extraction().events()) {
                events.add(link(e, entityByName));
            }
        }
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, String> entityOfMention = new LinkedHashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                entityOfMention.put(m.article() + ":" + m.span().start(), e.id());
            }
        }
        Map<String, Article> articleById = new LinkedHashMap<>();
        Map<String, String> titleOf = new LinkedHashMap<>();
        for (Processed p : docs) {
            for (int i = 0; i < p.articles().size(); i++) {
                Article a = p.articles().get(i);
                ArticleAnnotations an = p.annotations().get(i);
                java.util.Set<String> names = new java.util.TreeSet<>();
                java.util.Set<String> placeIds = new java.util.TreeSet<>();
                for (NameMention n : an.names()) {
                    String id = entityOfMention.getOrDefault(n.article() + ":" + n.span().start(), fold(n.text()));
                    (n.type() == org.storyline.model.EntityType.PLACE ? placeIds : names).add(id);
                }
                java.util.Set<String> types = new java.util.TreeSet<>();
                p.extraction().events().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(a.id())))
                        .forEach(e -> types.add(e.type().label()));
                String title = a.title() != null ? a.title() : a.index() == 0 ? p.document().title() : null;
                articleById.put(a.id(), a);
                titleOf.put(a.id(), title);
                clusterer.add(new StoryArticle(a.id(), p.document().id(), p.document().outlet(), title, a.text(), a.date(), names,
                        placeIds, types));
            }
        }
        Map<String, String> originOfDocument = new LinkedHashMap<>();
        for (Processed p : docs) {
            originOfDocument.put(p.document().id(), clusterer.origin(p.articles().getFirst().id()));
        }
        Map<String, List<String>> storyMembers = clusterer.stories();
        Map<String, String> storyOfArticle = new java.util.HashMap<>();
        storyMembers.forEach((story, members) -> members.forEach(article -> storyOfArticle.put(article, story)));
        List<Event> merged = new org.storyline.stories.merge.EventMerger(this::within,
                document -> originOfDocument.getOrDefault(document, document), storyOfArticle::get).merge(events);
        for (Map.Entry<String, List<String>> st : storyMembers.entrySet()) {
            List<String> members = st.getValue().stream().sorted(Comparator.comparing((String id) -> {
                Article a = articleById.get(id);
                return a.date() == null ? "9999" : a.date().value();
            }).thenComparing(id -> id)).toList();
            java.util.Set<String> memberSet = new java.util.HashSet<>(members);
            List<String> storyEvents = merged.stream()
                    .filter(e -> e.mentions().stream().anyMatch(m -> memberSet.contains(m.article()))).map(Event::id).toList();
            String title = members.stream().map(titleOf::get).filter(t -> t != null).findFirst()
                    .orElseGet(() -> lead(articleById.get(members.getFirst()).text()));
            stories.add(new Story(st.getKey(), title, members, storyEvents));
        }
        stories.sort(Comparator.comparing(Story::id));
        // Events most reported first, then most described: the order an analyst reads them in.
        List<Event> ordered = new ArrayList<>(merged);
        ordered.sort(Comparator.comparingInt((Event e) -> -e.sources().size()).thenComparingInt(e -> -e.mentions().size())
                .thenComparing(Event::id));
        return new Store.Corpus(entities, ordered, quotes, stories);
    }

    /** Entities within each document (name forms, titles, acronyms, attributes), then across documents (variants). */
    private static List<Entity> entities(List<Processed> docs) {
        List<List<LocalEntity>> local = new ArrayList<>();
        for (Processed p : docs) {
            List<NameMention> names = new ArrayList<>();
            p.annotations().forEach(an -> names.addAll(an.names()));
            local.add(DocumentEntities.resolve(p.articles(), names));
        }
        return CorpusEntities.resolve(local);
    }

    private final Geocoder geocoder = Geocoder.shared();
    private final Map<String, java.util.Optional<Place>> places = new java.util.concurrent.ConcurrentHashMap<>();

    /** Places geocoded with the other places of each document they appear in as context; the most frequent answer wins. */
    private List<Entity> geocode(List<Entity> entities, List<Processed> docs) {
        Map<String, String> entityOfMention = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() == org.storyline.model.EntityType.PLACE) {
                e.mentions().forEach(m -> entityOfMention.put(m.article() + ":" + m.span().start(), e.id()));
            }
        }
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        Map<String, Place> byId = new LinkedHashMap<>();
        for (Processed p : docs) {
            Map<String, String> entityOfName = new LinkedHashMap<>();
            for (int k = 0; k < p.annotations().size(); k++) {
                String text = p.articles().get(k).text();
                for (NameMention n : p.annotations().get(k).names()) {
                    String entity = entityOfMention.get(n.article() + ":" + n.span().start());
                    if (n.type() == org.storyline.model.EntityType.PLACE && entity != null) {
                        entityOfName.putIfAbsent(PlaceCues.toponym(text, n.span()), entity);
                    }
                }
            }
            List<String> names = List.copyOf(entityOfName.keySet());
            List<java.util.Optional<Place>> found = geocoder.resolve(names);
            for (int i = 0; i < names.size(); i++) {
                found.get(i).ifPresent(place -> byId.putIfAbsent(place.geo().id(), place));
                String entity = entityOfName.get(names.get(i));
                found.get(i).ifPresent(place -> votes.computeIfAbsent(entity, k -> new LinkedHashMap<>())
                        .merge(place.geo().id(), 1, Integer::sum));
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            Map<String, Integer> v = votes.get(e.id());
            if (e.type() != org.storyline.model.EntityType.PLACE || v == null) {
                out.add(e);
                continue;
            }
            String best = v.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                    Comparator.reverseOrder())).orElseThrow().getKey();
            Place place = byId.get(best);
            List<org.storyline.model.Attribute> attributes = new ArrayList<>(e.attributes());
            List<String> articles = e.mentions().stream().map(Mention::article).distinct().toList();
            attributes.add(new org.storyline.model.Attribute("country", place.country(), articles)); // ISO 3166-1 alpha-2
            if (place.regionName() != null && place.kind() == Place.Kind.CITY) {
                attributes.add(new org.storyline.model.Attribute("region", place.regionName(), articles));
            }
            out.add(new Entity(e.id(), e.type(), e.name(), e.aliases(), e.mentions(), attributes, place.geo()));
        }
        return out;
    }

    /** Whether one place lies within another (a city in its region or country, a region in its country). */
    private boolean within(String inner, String outer) {
        Place a = places.computeIfAbsent(fold(inner), k -> geocoder.resolve(inner)).orElse(null);
        Place b = places.computeIfAbsent(fold(outer), k -> geocoder.resolve(outer)).orElse(null);
        if (a == null || b == null || a.geo().id().equals(b.geo().id())) {
            return false;
        }
        return switch (b.kind()) {
            case COUNTRY -> a.country().equals(b.country());
            case REGION -> a.kind() == Place.Kind.CITY && b.region() != null && b.region().equals(a.region());
            case CITY -> false;
        };
    }

    /** The entity a phrase names: by its whole text, else by the longest entity name inside it ("double agent Sergei Skripal"). */
    private static String entityIn(String phrase, Map<String, String> entityByName) {
        String folded = fold(phrase);
        String exact = entityByName.get(folded);
        if (exact != null) {
            return exact;
        }
        String best = null;
        String padded = " " + folded + " ";
        for (Map.Entry<String, String> n : entityByName.entrySet()) {
            String name = n.getKey();
            // A name of two words or more anywhere, or a one-word name at the head (end) of the phrase.
            boolean fits = name.contains(" ") ? padded.contains(" " + name + " ") : padded.endsWith(" " + name + " ");
            if (name.length() >= 4 && fits && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : entityByName.get(best);
    }

    private static Event link(Event e, Map<String, String> entityByName) {
        List<Event.Participant> participants = e.participants().stream()
                .map(p -> new Event.Participant(p.role(), p.entity() != null ? p.entity() : entityIn(p.text(), entityByName), p.text()))
                .toList();
        Event.Location location = e.location() == null ? null : new Event.Location(
                e.location().entity() != null ? e.location().entity() : entityByName.get(fold(e.location().name())),
                e.location().name(), e.location().detail());
        return new Event(e.id(), e.type(), e.subtype(), e.status(), e.date(), location, participants, e.counts(), e.mentions(),
                e.sources(), e.origins(), e.facts(), e.disagreements());
    }

    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * A title for a story whose articles have none (dispatches of a live blog): the opening sentence of its first
     * article without its dateline, cut at a word before 120 characters; null for an empty text.
     */
    static String lead(String text) {
        String t = text.strip().replaceFirst("^\\(?\\p{Lu}{2,}[\\p{L} .,'-]{0,40}?\\)?\\s*[\u2014\u2013]\\s*", "");
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?](\\s|$)").matcher(t);
        if (end.find(Math.min(t.length(), 30))) {
            t = t.substring(0, end.start());
        }
        if (t.length() > 120) {
            int cut = t.lastIndexOf(' ', 117);
            t = t.substring(0, cut > 40 ? cut : 117) + "\u2026";
        }
        return t.isBlank() ? null : t;
    }
}
