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
            for (String empty : List.of("entities", "events", "quotes", "stories")) {
                g.writeArrayFieldStart(empty);
                g.writeEndArray();
            }
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
