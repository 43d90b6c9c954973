package org.storyline.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.CountMention;
import org.storyline.model.NameMention;
import org.storyline.model.TimeMention;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.PartialDate;

/**
 * Writes what a store holds in the export contract ({@code "schema": "storyline/1"}, see
 * shared/design/export-contract.md), streaming, so the corpus never has to fit in memory.
 */
public final class ContractExport {
    public static final String SCHEMA = "storyline/1";
    private static final JsonFactory JSON = new JsonFactory();

    private ContractExport() {
    }

    /** The whole corpus as one JSON object, pretty-printed. */
    public static void json(Store store, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("documents");
            store.forEachDocument(d -> write(g, d));
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            store.forEachArticle(a -> write(g, a, store.annotations(a.id())));
            g.writeEndArray();
            Store.Corpus corpus = store.corpus();
            Map<String, String> published = new LinkedHashMap<>();
            store.forEachDocument(d -> published.put(d.id(), value(d.published())));
            g.writeArrayFieldStart("entities");
            for (Entity e : corpus.entities()) {
                write(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : corpus.events()) {
                write(g, e, published);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (Quote q : corpus.quotes()) {
                write(g, q);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stories");
            for (Story st : corpus.stories()) {
                g.writeStartObject();
                g.writeStringField("id", st.id());
                g.writeStringField("title", st.title());
                strings(g, "articles", st.articles());
                strings(g, "events", st.events());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("diagnostics");
            store.forEachDiagnostic(d -> write(g, d));
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }

    /**
     * One line per document: {@code {"schema", "document", "articles", "diagnostics"}}, then one line per diagnostic
     * that belongs to no document ({@code {"schema", "diagnostic"}}).
     */
    public static void jsonl(Store store, OutputStream out) {
        Map<String, List<Diagnostic>> byDocument = new LinkedHashMap<>();
        List<Diagnostic> loose = new ArrayList<>();
        store.forEachDiagnostic(d -> {
            if (d.document() == null) {
                loose.add(d);
            } else {
                byDocument.computeIfAbsent(d.document(), k -> new ArrayList<>()).add(d);
            }
        });
        try (JsonGenerator g = JSON.createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(""));
            store.forEachDocument(d -> line(g, () -> {
                g.writeStringField("schema", SCHEMA);
                g.writeFieldName("document");
                write(g, d);
                g.writeArrayFieldStart("articles");
                for (Article a : store.articles(d.id())) {
                    write(g, a, store.annotations(a.id()));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("diagnostics");
                for (Diagnostic diag : byDocument.getOrDefault(d.id(), List.of())) {
                    write(g, diag);
                }
                g.writeEndArray();
            }));
            for (Diagnostic d : loose) {
                line(g, () -> {
                    g.writeStringField("schema", SCHEMA);
                    g.writeFieldName("diagnostic");
                    write(g, d);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }

    private interface Fields {
        void write() throws IOException;
    }

    private static void line(JsonGenerator g, Fields fields) {
        try {
            g.writeStartObject();
            fields.write();
            g.writeEndObject();
            g.flush();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, Document d) {
        try {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("source", d.source());
            g.writeStringField("sha256", d.sha256());
            g.writeStringField("title", d.title());
            g.writeStringField("published", value(d.published()));
            g.writeStringField("outlet", d.outlet());
            g.writeStringField("byline", d.byline());
            g.writeStringField("language", d.language());
            g.writeArrayFieldStart("articles");
            for (String a : d.articles()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, Article a, ArticleAnnotations an) {
        try {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("document", a.document());
            g.writeNumberField("index", a.index());
            g.writeStringField("title", a.title());
            g.writeStringField("dateline", a.dateline());
            g.writeStringField("date", value(a.date()));
            g.writeStringField("date_basis", a.dateBasis().label());
            g.writeStringField("language", a.language());
            g.writeStringField("text", a.text());
            // [textStart, textEnd, rawStart, rawEnd]: where stretches of the text come from in the decoded page
            g.writeArrayFieldStart("segments");
            for (var s : a.segments()) {
                g.writeArray(new int[] {s.text().start(), s.text().end(), s.raw().start(), s.raw().end()}, 0, 4);
            }
            g.writeEndArray();
            g.writeNumberField("sentences", an.sentences());
            g.writeNumberField("tokens", an.tokens());
            g.writeArrayFieldStart("names");
            for (NameMention n : an.names()) {
                g.writeStartObject();
                g.writeNumberField("start", n.span().start());
                g.writeNumberField("end", n.span().end());
                g.writeStringField("text", n.text());
                g.writeStringField("type", n.type().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeMention t : an.times()) {
                g.writeStartObject();
                g.writeNumberField("start", t.span().start());
                g.writeNumberField("end", t.span().end());
                g.writeStringField("text", t.text());
                g.writeStringField("type", t.type());
                g.writeStringField("value", t.value());
                g.writeBooleanField("relative", t.relative());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("counts");
            for (CountMention c : an.counts()) {
                g.writeStartObject();
                g.writeNumberField("start", c.span().start());
                g.writeNumberField("end", c.span().end());
                g.writeStringField("text", c.text());
                g.writeNumberField("value", c.value());
                g.writeStringField("qualifier", c.qualifier().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("noun", c.noun());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, Entity e) {
        try {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            strings(g, "aliases", e.aliases());
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                mention(g, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("attributes");
            for (Attribute a : e.attributes()) {
                g.writeStartObject();
                g.writeStringField("key", a.key());
                g.writeStringField("value", a.value());
                strings(g, "sources", a.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (e.geo() == null) {
                g.writeNullField("geo");
            } else {
                g.writeObjectFieldStart("geo");
                g.writeNumberField("lat", e.geo().lat());
                g.writeNumberField("lon", e.geo().lon());
                g.writeStringField("id", e.geo().id());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void write(JsonGenerator g, Event e, Map<String, String> published) {
        try {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().label());
            g.writeStringField("subtype", e.subtype());
            g.writeStringField("status", e.status() == null ? null : e.status().name().toLowerCase(java.util.Locale.ROOT));
            g.writeObjectFieldStart("date");
            g.writeStringField("value", value(e.date().value()));
            g.writeStringField("basis", e.date().basis().label());
            g.writeEndObject();
            if (e.location() == null) {
                g.writeNullField("location");
            } else {
                g.writeObjectFieldStart("location");
                g.writeStringField("entity", e.location().entity());
                g.writeStringField("name", e.location().name());
                g.writeStringField("detail", e.location().detail());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("participants");
            for (Event.Participant p : e.participants()) {
                g.writeStartObject();
                g.writeStringField("role", p.role().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("entity", p.entity());
                g.writeStringField("text", p.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            for (var c : new java.util.TreeMap<>(e.counts()).entrySet()) {
                g.writeObjectFieldStart(c.getKey());
                g.writeNumberField("value", c.getValue().value());
                g.writeStringField("qualifier", c.getValue().qualifier().name().toLowerCase(java.util.Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                mention(g, m);
            }
            g.writeEndArray();
            strings(g, "sources", e.sources());
            g.writeNumberField("origins", e.origins());
            g.writeArrayFieldStart("facts");
            for (Event.Fact f : e.facts()) {
                fact(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("disagreements");
            for (Event.Disagreement d : e.disagreements()) {
                g.writeStartObject();
                g.writeStringField("field", d.field());
                g.writeArrayFieldStart("values");
                for (Event.Fact f : d.values()) {
                    g.writeStartObject();
                    g.writeStringField("value", f.value());
                    strings(g, "sources", f.sources());
                    // When each side was reported: a later report may update an earlier one.
                    g.writeArrayFieldStart("reported");
                    for (String source : f.sources()) {
                        g.writeString(published.get(source));
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void write(JsonGenerator g, Quote q) {
        try {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeObjectFieldStart("speaker");
            g.writeStringField("entity", q.speakerEntity());
            g.writeStringField("text", q.speakerText());
            if (q.speakerSpan() != null) {
                g.writeNumberField("start", q.speakerSpan().start());
                g.writeNumberField("end", q.speakerSpan().end());
            }
            g.writeEndObject();
            g.writeStringField("text", q.text());
            g.writeBooleanField("direct", q.direct());
            g.writeStringField("cue", q.cue());
            g.writeStringField("hedge", q.hedge());
            g.writeStringField("article", q.article());
            g.writeNumberField("start", q.span().start());
            g.writeNumberField("end", q.span().end());
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void fact(JsonGenerator g, Event.Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", f.field());
        g.writeStringField("value", f.value());
        strings(g, "sources", f.sources());
        g.writeEndObject();
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", m.article());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeStringField("text", m.text());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void write(JsonGenerator g, Diagnostic d) {
        try {
            g.writeStartObject();
            g.writeStringField("document", d.document());
            g.writeStringField("source", d.source());
            g.writeStringField("stage", d.stage());
            g.writeStringField("severity", d.severity().label());
            g.writeStringField("message", d.message());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(PartialDate date) {
        return date == null ? null : date.value();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
