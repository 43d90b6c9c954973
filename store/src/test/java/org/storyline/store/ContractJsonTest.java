package org.storyline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.CountMention;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.PartialDate;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.StableId;
import org.storyline.model.Story;

/** Each single-record writer of ContractJson gives exactly the record's part of the full export. */
class ContractJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory();

    @TempDir
    Path dir;
    Store store;
    JsonNode export;

    @BeforeEach
    void fill() {
        store = Stores.embedded(dir);
        byte[] bytes = "KHERSON — Drones struck the port, killing at least four.".getBytes(UTF_8);
        String id = store.admit(new Store.NewDocument("port.txt", null, bytes, "text/plain", "text", null, null, null))
                .documentId();
        String text = new String(bytes, UTF_8);
        Article article = new Article(StableId.article(id, 0), id, 0, "Port hit", "KHERSON",
                new PartialDate("2026-02-06"), DateBasis.STATED, "en", text);
        int four = text.indexOf("four");
        ArticleAnnotations annotations = new ArticleAnnotations(article.id(), 1, 11, List.of(), List.of(),
                List.of(new CountMention(article.id(), new Span(four - 9, four + 4), "at least four", 4,
                        org.storyline.model.Event.Qualifier.AT_LEAST, null)));
        Document doc = new Document(id, "port.txt", StableId.sha256(bytes), "Port hit", new PartialDate("2026-02-06"),
                "Port News", null, "en", List.of(article.id()));
        store.saveProcessed(doc, List.of(article), List.of(annotations),
                List.of(Diagnostic.warning(id, "port.txt", "clean", "a “related” box dropped")));
        Quote quote = new Quote(StableId.of('q', "q"), null, "the governor", "the port was hit", false, "said", null,
                article.id(), new Span(0, 7));
        Story story = new Story(StableId.of('s', "s"), "Port hit", List.of(article.id()), List.of(InventedEvents.FULL.id()));
        store.saveCorpus(new Store.Corpus(List.of(InventedEvents.PORT, InventedEvents.VILLAGE), InventedEvents.EVENTS,
                List.of(quote), List.of(story)));
        store.commit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractExport.json(store, out);
        try {
            export = MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void singleRecordsEqualTheirPartOfTheExport() {
        List<Document> documents = new java.util.ArrayList<>();
        store.forEachDocument(documents::add);
        Map<String, String> published = new HashMap<>();
        documents.forEach(d -> published.put(d.id(), ContractJson.value(d.published())));
        Store.Corpus corpus = store.corpus();

        assertThat(one(g -> ContractJson.document(g, documents.getFirst()))).isEqualTo(export.get("documents").get(0));
        Article article = store.articles(documents.getFirst().id()).getFirst();
        assertThat(one(g -> ContractJson.article(g, article, store.annotations(article.id()))))
                .isEqualTo(export.get("articles").get(0));
        assertThat(export.get("articles").get(0).get("counts")).hasSize(1);
        for (int i = 0; i < corpus.entities().size(); i++) {
            int at = i;
            assertThat(one(g -> ContractJson.entity(g, corpus.entities().get(at)))).isEqualTo(export.get("entities").get(i));
        }
        assertThat(corpus.events()).hasSize(3);
        for (int i = 0; i < corpus.events().size(); i++) {
            int at = i;
            assertThat(one(g -> ContractJson.event(g, corpus.events().get(at), published)))
                    .isEqualTo(export.get("events").get(i));
        }
        assertThat(one(g -> ContractJson.quote(g, corpus.quotes().getFirst()))).isEqualTo(export.get("quotes").get(0));
        assertThat(one(g -> ContractJson.story(g, corpus.stories().getFirst()))).isEqualTo(export.get("stories").get(0));
        List<Diagnostic> diagnostics = new java.util.ArrayList<>();
        store.forEachDiagnostic(diagnostics::add);
        assertThat(one(g -> ContractJson.diagnostic(g, diagnostics.getFirst()))).isEqualTo(export.get("diagnostics").get(0));
    }

    @Test
    void anArticleWithoutAnnotationsHasItsTextAndSegmentsOnly() {
        Article article = store.articles(export.get("documents").get(0).get("id").asText()).getFirst();
        JsonNode plain = one(g -> ContractJson.article(g, article));
        JsonNode full = export.get("articles").get(0);
        plain.fieldNames().forEachRemaining(f -> assertThat(plain.get(f)).as(f).isEqualTo(full.get(f)));
        assertThat(plain.has("text") && plain.has("segments")).isTrue();
        assertThat(plain.has("names") || plain.has("sentences")).isFalse();
    }

    @Test
    void fieldWritersLetTheCallerAddFields() {
        Store.Corpus corpus = store.corpus();
        JsonNode event = one(g -> {
            try {
                g.writeStartObject();
                ContractJson.eventFields(g, corpus.events().getFirst(), Map.of());
                g.writeStringField("story", "s1");
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(event.get("story").asText()).isEqualTo("s1");
        assertThat(event.get("id").asText()).isEqualTo(export.get("events").get(0).get("id").asText());
        assertThat(event.get("counts")).isEqualTo(export.get("events").get(0).get("counts"));
    }

    private static JsonNode one(Consumer<JsonGenerator> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writer.accept(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
