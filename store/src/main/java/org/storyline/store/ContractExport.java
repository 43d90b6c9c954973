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
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.Diagnostic;

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
            store.forEachDocument(d -> ContractJson.document(g, d));
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            store.forEachArticle(a -> ContractJson.article(g, a, store.annotations(a.id())));
            g.writeEndArray();
            Store.Corpus corpus = store.corpus();
            Map<String, String> published = new LinkedHashMap<>();
            store.forEachDocument(d -> published.put(d.id(), ContractJson.value(d.published())));
            g.writeArrayFieldStart("entities");
            for (Entity e : corpus.entities()) {
                ContractJson.entity(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : corpus.events()) {
                ContractJson.event(g, e, published);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (Quote q : corpus.quotes()) {
                ContractJson.quote(g, q);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stories");
            for (Story st : corpus.stories()) {
                ContractJson.story(g, st);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("diagnostics");
            store.forEachDiagnostic(d -> ContractJson.diagnostic(g, d));
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
                ContractJson.document(g, d);
                g.writeArrayFieldStart("articles");
                for (Article a : store.articles(d.id())) {
                    ContractJson.article(g, a, store.annotations(a.id()));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("diagnostics");
                for (Diagnostic diag : byDocument.getOrDefault(d.id(), List.of())) {
                    ContractJson.diagnostic(g, diag);
                }
                g.writeEndArray();
            }));
            for (Diagnostic d : loose) {
                line(g, () -> {
                    g.writeStringField("schema", SCHEMA);
                    g.writeFieldName("diagnostic");
                    ContractJson.diagnostic(g, d);
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

    /** The stream, which closing leaves open (flushed), so writers can close their generators. */
    static OutputStream nonClosing(OutputStream out) {
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
