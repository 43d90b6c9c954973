package org.storyline.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.storyline.model.Article;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.store.ContractJson;
import org.storyline.store.GeoJsonExport;
import org.storyline.store.Store;

/** The read endpoints: every answer comes from one snapshot, articles' text from the store. */
final class Reading {
    private static final int DOSSIER_MENTIONS = 200;
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Store store;
    private final Supplier<Snapshot> snapshots;

    Reading(Store store, Supplier<Snapshot> snapshots) {
        this.store = store;
        this.snapshots = snapshots;
    }

    byte[] status(Params p) {
        Snapshot s = snapshots.get();
        Store.Status st = store.status();
        return JsonBody.of(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("documents");
            for (Map.Entry<String, Long> e : st.documents().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("inputs", st.inputs());
            g.writeNumberField("raw_bytes", st.rawBytes());
            g.writeNumberField("articles", st.articles());
            g.writeNumberField("entities", s.corpus.entities().size());
            g.writeNumberField("events", s.corpus.events().size());
            g.writeNumberField("quotes", s.corpus.quotes().size());
            g.writeNumberField("stories", s.corpus.stories().size());
            g.writeNumberField("warnings", st.warnings());
            g.writeArrayFieldStart("failures");
            for (Store.Failure f : st.failures()) {
                g.writeStartObject();
                g.writeStringField("source", f.source());
                g.writeStringField("stage", f.stage());
                g.writeStringField("message", f.message());
                g.writeNumberField("attempts", f.attempts());
                g.writeStringField("last_attempt", f.lastAttempt());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("corpus_version", s.version);
            g.writeEndObject();
        });
    }

    byte[] documents(Params p) {
        Snapshot s = snapshots.get();
        List<Document> all = new ArrayList<>(s.documents.values());
        return page(p, 50, all, (g, d, refs) -> {
            g.writeStartObject();
            ContractJson.documentFields(g, d);
            g.writeStringField("outlet_label", s.outlet(d.id()));
            g.writeEndObject();
        }, s);
    }

    byte[] document(String id) {
        Snapshot s = snapshots.get();
        Document d = s.documents.get(id);
        if (d == null) {
            throw ApiException.notFound("document", id);
        }
        List<Article> articles = store.articles(id);
        List<org.storyline.model.Diagnostic> diagnostics = new ArrayList<>();
        store.forEachDiagnostic(x -> {
            if (id.equals(x.document())) {
                diagnostics.add(x);
            }
        });
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            g.writeFieldName("document");
            ContractJson.document(g, d);
            g.writeArrayFieldStart("articles");
            for (Article a : articles) {
                articleView(g, a, s, refs);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("diagnostics");
            for (var x : diagnostics) {
                ContractJson.diagnostic(g, x);
            }
            g.writeEndArray();
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    byte[] article(String id) {
        Snapshot s = snapshots.get();
        Article a = text(s, id);
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            articleViewFields(g, a, s, refs);
            g.writeArrayFieldStart("events");
            for (String v : s.eventsOfArticle.getOrDefault(id, List.of())) {
                event(g, s.events.get(v), s, refs);
            }
            g.writeEndArray();
            strings(g, "stories", s.storiesOfArticle.getOrDefault(id, List.of()));
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    byte[] stories(Params p) {
        Snapshot s = snapshots.get();
        String q = p.string("q");
        String entity = p.string("entity");
        Set<String> types = p.strings("type");
        DateRange dates = p.dates();
        boolean disagreeing = p.bool("disagreement");
        List<String> words = q == null ? List.of() : List.of(q.toLowerCase(Locale.ROOT).split("\\s+"));
        List<Snapshot.StorySummary> kept = s.storyList.stream()
                .filter(x -> words.isEmpty() || words.stream().allMatch(w -> x.story().title().toLowerCase(Locale.ROOT).contains(w)))
                .filter(x -> entity == null || x.story().articles().stream()
                        .anyMatch(a -> s.articlesOfEntity.getOrDefault(entity, Set.of()).contains(a)))
                .filter(x -> types.isEmpty() || x.eventTypes().stream().anyMatch(types::contains))
                .filter(x -> dates.isAny() || (x.date() != null && dates.overlaps(new org.storyline.model.PartialDate(x.date()))))
                .filter(x -> !disagreeing || x.disagreements() > 0)
                .toList();
        return page(p, 50, kept, (g, x, refs) -> summary(g, x, refs), s);
    }

    byte[] story(String id) {
        Snapshot s = snapshots.get();
        Story story = s.stories.get(id);
        if (story == null) {
            throw ApiException.notFound("story", id);
        }
        Snapshot.StorySummary summary = s.summaries.get(id);
        List<Article> articles = new ArrayList<>();
        for (String a : story.articles()) {
            if (s.articles.containsKey(a)) {
                articles.add(text(s, a));
            }
        }
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            g.writeFieldName("story");
            summary(g, summary, refs);
            g.writeArrayFieldStart("events");
            for (String v : story.events()) {
                Event e = s.events.get(v);
                if (e != null) {
                    event(g, e, s, refs);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            for (Article a : articles) {
                articleView(g, a, s, refs);
            }
            g.writeEndArray();
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    byte[] events(Params p) {
        Snapshot s = snapshots.get();
        List<Event> kept = new ArrayList<>(s.events(filter(p)));
        if ("date".equals(p.string("sort"))) {
            kept.sort(byDate());
        }
        return page(p, 50, kept, (g, e, refs) -> event(g, e, s, refs), s);
    }

    byte[] event(String id) {
        Snapshot s = snapshots.get();
        Event e = s.events.get(id);
        if (e == null) {
            throw ApiException.notFound("event", id);
        }
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            g.writeFieldName("event");
            event(g, e, s, refs);
            strings(g, "stories", s.storiesOfEvent.getOrDefault(id, List.of()));
            strings(g, "articles", e.mentions().stream().map(m -> m.article()).distinct().toList());
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    byte[] timeline(Params p) {
        Snapshot s = snapshots.get();
        List<Event> kept = new ArrayList<>(s.events(filter(p)));
        long undated = kept.stream().filter(e -> e.date().value() == null).count();
        if (p.bool("undated")) {
            // Events that no text dates, most corroborated first: listed apart, never placed on a guessed day.
            kept.removeIf(e -> e.date().value() != null);
        } else {
            kept.removeIf(e -> e.date().value() == null);
            kept.sort(byDate());
        }
        int offset = p.offset();
        int limit = p.limit(200);
        List<Event> shown = kept.subList(Math.min(offset, kept.size()), (int) Math.min(kept.size(), (long) offset + limit));
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (Event e : shown) {
                event(g, e, s, refs);
            }
            g.writeEndArray();
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            g.writeNumberField("total", kept.size());
            g.writeNumberField("undated", undated);
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    byte[] map(Params p) {
        Snapshot s = snapshots.get();
        List<Event> kept = s.events(filter(p));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GeoJsonExport.write(kept, new org.storyline.store.EventLookup(s.entities::get, s.documents::get, id -> null), out);
        // Each point also names its stories, so a click opens one without asking for the event.
        try {
            com.fasterxml.jackson.databind.JsonNode map = MAPPER.readTree(out.toByteArray());
            for (com.fasterxml.jackson.databind.JsonNode f : map.path("features")) {
                com.fasterxml.jackson.databind.node.ObjectNode properties = (com.fasterxml.jackson.databind.node.ObjectNode) f.get("properties");
                var stories = properties.putArray("stories");
                s.storiesOfEvent.getOrDefault(properties.path("id").asText(), List.of()).forEach(stories::add);
            }
            return MAPPER.writeValueAsBytes(map);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    byte[] entities(Params p) {
        Snapshot s = snapshots.get();
        String q = p.string("q");
        String type = p.string("type");
        String folded = q == null ? null : fold(q);
        List<Entity> kept = s.corpus.entities().stream()
                .filter(e -> type == null || e.type().name().equalsIgnoreCase(type))
                .filter(e -> folded == null || fold(e.name()).contains(folded)
                        || e.aliases().stream().anyMatch(a -> fold(a).contains(folded)))
                .sorted(Comparator.<Entity>comparingInt(e -> folded != null && fold(e.name()).equals(folded) ? 0 : 1)
                        .thenComparing(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed())
                        .thenComparing(Entity::id))
                .toList();
        return page(p, 50, kept, (g, e, refs) -> {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            strings(g, "aliases", e.aliases());
            g.writeNumberField("mention_count", e.mentions().size());
            g.writeNumberField("articles", s.articlesOfEntity.getOrDefault(e.id(), Set.of()).size());
            g.writeNumberField("events", s.eventsOfEntity.getOrDefault(e.id(), List.of()).size());
            geo(g, e);
            g.writeEndObject();
        }, s);
    }

    byte[] dossier(String id) {
        Snapshot s = snapshots.get();
        Entity e = s.entities.get(id);
        if (e == null) {
            throw ApiException.notFound("entity", id);
        }
        Entity capped = e.mentions().size() <= DOSSIER_MENTIONS ? e : new Entity(e.id(), e.type(), e.name(), e.aliases(),
                e.mentions().subList(0, DOSSIER_MENTIONS), e.attributes(), e.geo());
        List<Event> events = new ArrayList<>();
        s.eventsOfEntity.getOrDefault(id, List.of()).forEach(v -> events.add(s.events.get(v)));
        events.sort(byDate());
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            g.writeObjectFieldStart("entity");
            ContractJson.entityFields(g, capped);
            g.writeNumberField("mention_count", e.mentions().size());
            g.writeNumberField("articles", s.articlesOfEntity.getOrDefault(id, Set.of()).size());
            g.writeEndObject();
            for (var a : e.attributes()) {
                a.sources().forEach(x -> {
                    var m = s.articles.get(x);
                    refs.document(m != null ? m.document() : s.documents.containsKey(x) ? x : null);
                });
            }
            g.writeArrayFieldStart("events");
            for (Event v : events) {
                event(g, v, s, refs);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes_by");
            for (Quote q : s.quotesBySpeaker.getOrDefault(id, List.of())) {
                quote(g, q, s, refs);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes_about");
            for (Quote q : s.quotesAbout(id)) {
                quote(g, q, s, refs);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cooccurring");
            for (Map.Entry<Entity, Integer> c : s.cooccurring(id, 20)) {
                g.writeStartObject();
                g.writeStringField("id", c.getKey().id());
                g.writeStringField("name", c.getKey().name());
                g.writeStringField("type", c.getKey().type().name());
                g.writeNumberField("articles", c.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("article_documents");
            for (String a : s.articlesOfEntity.getOrDefault(id, Set.of())) {
                var m = s.articles.get(a);
                if (m != null) {
                    g.writeStringField(a, m.document());
                    refs.document(m.document());
                }
            }
            g.writeEndObject();
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    byte[] quotes(Params p) {
        Snapshot s = snapshots.get();
        String speaker = p.string("speaker");
        String q = p.string("q");
        boolean hedged = p.bool("hedged");
        List<String> words = q == null ? List.of() : List.of(fold(q).split(" "));
        List<Quote> kept = s.corpus.quotes().stream()
                .filter(x -> speaker == null || speaker.equals(x.speakerEntity()))
                .filter(x -> !hedged || x.hedge() != null)
                .filter(x -> words.isEmpty() || words.stream().allMatch(w -> fold(x.text()).contains(w)))
                .toList();
        return page(p, 50, kept, (g, x, refs) -> quote(g, x, s, refs), s);
    }

    /** Reads an article with its text from the store. */
    private Article text(Snapshot s, String id) {
        Snapshot.ArticleMeta m = s.articles.get(id);
        if (m == null) {
            throw ApiException.notFound("article", id);
        }
        return store.articles(m.document()).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("article", id));
    }

    static EventFilter filter(Params p) {
        return new EventFilter(p.strings("type"), p.string("subtype"), p.dates(), p.string("place"), p.country(),
                p.string("entity"), p.string("outlet"), p.bool("disagreement"));
    }

    private static Comparator<Event> byDate() {
        return Comparator.comparing((Event e) -> e.date().value() == null ? "9999" : e.date().value().value())
                .thenComparing(Event::id);
    }

    private void summary(JsonGenerator g, Snapshot.StorySummary x, JsonBody refs) throws IOException {
        g.writeStartObject();
        ContractJson.storyFields(g, x.story());
        g.writeStringField("date", x.date());
        g.writeNumberField("article_count", x.story().articles().size());
        g.writeNumberField("documents", x.documents());
        strings(g, "outlets", x.outlets());
        g.writeNumberField("event_count", x.story().events().size());
        strings(g, "event_types", x.eventTypes());
        g.writeNumberField("disagreements", x.disagreements());
        g.writeArrayFieldStart("places");
        for (Entity e : x.places()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("name", e.name());
            g.writeEndObject();
            refs.entity(e.id());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void event(JsonGenerator g, Event e, Snapshot s, JsonBody refs) throws IOException {
        g.writeStartObject();
        ContractJson.eventFields(g, e, s.published);
        strings(g, "outlets", e.sources().stream().map(s::outlet).distinct().toList());
        strings(g, "stories", s.storiesOfEvent.getOrDefault(e.id(), List.of()));
        g.writeEndObject();
        e.sources().forEach(refs::document);
        e.participants().forEach(x -> refs.entity(x.entity()));
        if (e.location() != null) {
            refs.entity(e.location().entity());
        }
        e.facts().forEach(f -> f.sources().forEach(refs::document));
        e.disagreements().forEach(d -> d.values().forEach(f -> f.sources().forEach(refs::document)));
    }

    private void quote(JsonGenerator g, Quote q, Snapshot s, JsonBody refs) throws IOException {
        g.writeStartObject();
        ContractJson.quoteFields(g, q);
        Snapshot.ArticleMeta m = s.articles.get(q.article());
        if (m != null) {
            g.writeStringField("document", m.document());
            g.writeStringField("outlet", s.outlet(m.document()));
            g.writeStringField("date", s.articleDate(m));
            refs.document(m.document());
        }
        g.writeEndObject();
        refs.entity(q.speakerEntity());
    }

    private void articleView(JsonGenerator g, Article a, Snapshot s, JsonBody refs) throws IOException {
        g.writeStartObject();
        articleViewFields(g, a, s, refs);
        g.writeEndObject();
    }

    private void articleViewFields(JsonGenerator g, Article a, Snapshot s, JsonBody refs) throws IOException {
        ContractJson.articleFields(g, a);
        Document d = s.documents.get(a.document());
        g.writeStringField("source", d == null ? null : d.source());
        g.writeStringField("outlet", s.outlet(a.document()));
        g.writeStringField("published", d == null || d.published() == null ? null : d.published().value());
        g.writeStringField("document_title", d == null ? null : d.title());
        refs.document(a.document());
        g.writeArrayFieldStart("mentions");
        for (Snapshot.EntityMention m : s.mentionsOfArticle.getOrDefault(a.id(), List.of())) {
            if (m.end() > a.text().length()) {
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("entity", m.entity().id());
            g.writeStringField("type", m.entity().type().name());
            g.writeStringField("name", m.entity().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : s.quotesOfArticle.getOrDefault(a.id(), List.of())) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeNumberField("start", q.span().start());
            g.writeNumberField("end", q.span().end());
            g.writeObjectFieldStart("speaker");
            g.writeStringField("entity", q.speakerEntity());
            g.writeStringField("text", q.speakerText());
            g.writeEndObject();
            g.writeStringField("cue", q.cue());
            g.writeBooleanField("direct", q.direct());
            g.writeStringField("hedge", q.hedge());
            g.writeEndObject();
            refs.entity(q.speakerEntity());
        }
        g.writeEndArray();
    }

    private static void geo(JsonGenerator g, Entity e) throws IOException {
        if (e.geo() == null) {
            g.writeNullField("geo");
            return;
        }
        g.writeObjectFieldStart("geo");
        g.writeNumberField("lat", e.geo().lat());
        g.writeNumberField("lon", e.geo().lon());
        g.writeStringField("id", e.geo().id());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Writes one item of a page, noting the ids it holds. */
    interface ItemWriter<T> {
        void write(JsonGenerator g, T item, JsonBody refs) throws IOException;
    }

    /** A page of a list: {@code items}, {@code offset}, {@code limit}, {@code total} and {@code refs}. */
    static <T> byte[] page(Params p, int defaultLimit, List<T> all, ItemWriter<T> writer, Snapshot s) {
        int offset = p.offset();
        int limit = p.limit(defaultLimit);
        return JsonBody.of(g -> {
            JsonBody refs = new JsonBody();
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            int end = (int) Math.min(all.size(), (long) offset + limit);
            for (int i = Math.min(offset, all.size()); i < end; i++) {
                writer.write(g, all.get(i), refs);
            }
            g.writeEndArray();
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            g.writeNumberField("total", all.size());
            refs.writeRefs(g, s);
            g.writeEndObject();
        });
    }

    static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
