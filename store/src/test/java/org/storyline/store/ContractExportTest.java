package org.storyline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.PartialDate;
import org.storyline.model.StableId;

/** The JSON and JSON Lines exports against shared/design/export-contract.md ({@code "schema": "storyline/1"}). */
class ContractExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TITLE = "“Curly” quotes — Москва 🎉 in the title";
    private static final String TEXT = "LONDON — Officials said “no comment”.\n\nВ Москве 🚀 тихо; the end.";

    @TempDir
    Path dir;
    Store store;

    String liveId;
    String pendingId;
    String pendingSha;
    Article first;
    Article second;
    Diagnostic docWarning;
    Diagnostic loose;

    @BeforeEach
    void fill() {
        store = Stores.embedded(dir);
        byte[] live = "<html><body>live blog</body></html>".getBytes(UTF_8);
        byte[] plain = "a plain text file".getBytes(UTF_8);
        pendingSha = StableId.sha256(plain);
        String inputSha = store.receive("https://news.example/live", live).sha256();
        liveId = store.admit(new Store.NewDocument("https://news.example/live", "https://news.example/live", live,
                "text/html", "html", null, null, inputSha)).documentId();
        store.unpacked(inputSha, "html", 1);
        pendingId = store.admit(new Store.NewDocument("notes/plain.txt", null, plain, "text/plain", "text", null, null,
                null)).documentId();

        first = new Article(StableId.article(liveId, 0), liveId, 0, TITLE, "LONDON", new PartialDate("2026-02-06"),
                DateBasis.STATED, "en", TEXT);
        second = new Article(StableId.article(liveId, 1), liveId, 1, null, null, null, DateBasis.UNKNOWN, "ru",
                "Второй материал без даты.");
        docWarning = Diagnostic.warning(liveId, "https://news.example/live", "clean", "dropped a “related” box");
        Document doc = new Document(liveId, "https://news.example/live", StableId.sha256(live), TITLE,
                new PartialDate("2026-02-06"), "ABC News", null, "en", List.of(first.id(), second.id()));
        // Saved out of order: the export must still list them by index.
        store.saveProcessed(doc, List.of(second, first), List.of(docWarning));
        loose = Diagnostic.warning(null, "crawl.warc.gz", "ingest", "record 3 truncated");
        store.note(loose);
        store.commit();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        JsonNode root = MAPPER.readTree(json());

        assertThat(root.path("schema").asText()).isEqualTo("storyline/1");
        for (String array : List.of("documents", "articles", "entities", "events", "quotes", "stories", "diagnostics")) {
            assertThat(root.has(array) && root.get(array).isArray()).as("%s is an array", array).isTrue();
        }

        JsonNode documents = root.get("documents");
        assertThat(documents).hasSize(2);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode d : documents) {
            for (String field : List.of("id", "source", "sha256", "title", "published", "outlet", "articles")) {
                assertThat(d.has(field)).as("document field %s in %s", field, d).isTrue();
            }
            assertThat(d.get("articles").isArray()).isTrue();
            byId.put(d.get("id").asText(), d);
        }
        assertThat(byId).containsOnlyKeys(liveId, pendingId);

        JsonNode live = byId.get(liveId);
        assertThat(live.get("source").asText()).isEqualTo("https://news.example/live");
        assertThat(live.get("title").asText()).isEqualTo(TITLE);
        assertThat(live.get("published").asText()).isEqualTo("2026-02-06");
        assertThat(live.get("outlet").asText()).isEqualTo("ABC News");
        assertThat(texts(live.get("articles"))).containsExactly(first.id(), second.id());

        JsonNode pending = byId.get(pendingId);
        assertThat(pending.get("sha256").asText()).isEqualTo(pendingSha);
        assertThat(pending.get("title").isNull()).isTrue();
        assertThat(pending.get("published").isNull()).isTrue();
        assertThat(pending.get("outlet").isNull()).isTrue();
        assertThat(pending.get("articles")).isEmpty();

        JsonNode articles = root.get("articles");
        assertThat(articles).hasSize(2);
        for (JsonNode a : articles) {
            for (String field : List.of("id", "document", "index", "title", "dateline", "date", "date_basis", "language",
                    "text")) {
                assertThat(a.has(field)).as("article field %s in %s", field, a).isTrue();
            }
            assertThat(a.get("index").isInt()).isTrue();
            assertThat(a.get("text").isTextual()).as("text is a plain string").isTrue();
            JsonNode owner = byId.get(a.get("document").asText());
            assertThat(owner).as("article's document is exported").isNotNull();
            assertThat(owner.get("articles").get(a.get("index").asInt()).asText())
                    .as("the document lists its articles in index order").isEqualTo(a.get("id").asText());
        }
        JsonNode a0 = articles.get(0);
        assertThat(a0.get("id").asText()).isEqualTo(first.id());
        assertThat(a0.get("document").asText()).isEqualTo(liveId);
        assertThat(a0.get("index").asInt()).isZero();
        assertThat(a0.get("title").asText()).isEqualTo(TITLE);
        assertThat(a0.get("dateline").asText()).isEqualTo("LONDON");
        assertThat(a0.get("date").asText()).isEqualTo("2026-02-06");
        assertThat(a0.get("date_basis").asText()).isEqualTo("stated");
        assertThat(a0.get("language").asText()).isEqualTo("en");
        assertThat(a0.get("text").asText()).isEqualTo(TEXT);

        JsonNode a1 = articles.get(1);
        assertThat(a1.get("id").asText()).isEqualTo(second.id());
        assertThat(a1.get("index").asInt()).isEqualTo(1);
        assertThat(a1.get("title").isNull()).isTrue();
        assertThat(a1.get("dateline").isNull()).isTrue();
        assertThat(a1.get("date").isNull()).isTrue();
        assertThat(a1.get("date_basis").asText()).isEqualTo("unknown");
        assertThat(a1.get("text").asText()).isEqualTo(second.text());

        for (String empty : List.of("entities", "events", "quotes", "stories")) {
            assertThat(root.get(empty)).as(empty).isEmpty();
        }

        JsonNode diagnostics = root.get("diagnostics");
        assertThat(diagnostics).hasSize(2);
        for (JsonNode d : diagnostics) {
            for (String field : List.of("document", "stage", "severity", "message")) {
                assertThat(d.has(field)).as("diagnostic field %s in %s", field, d).isTrue();
            }
        }
        assertThat(diagnostics.get(0).get("document").asText()).isEqualTo(liveId);
        assertThat(diagnostics.get(0).get("message").asText()).isEqualTo(docWarning.message());
        assertThat(diagnostics.get(0).get("severity").asText()).isEqualTo("warning");
        assertThat(diagnostics.get(1).get("document").isNull()).isTrue();
        assertThat(diagnostics.get(1).get("stage").asText()).isEqualTo("ingest");
        assertThat(diagnostics.get(1).get("message").asText()).isEqualTo(loose.message());
    }

    @Test
    void spansIntoTheExportedTextAreJavaStringOffsets() throws Exception {
        String text = MAPPER.readTree(json()).get("articles").get(0).get("text").asText();
        for (String mention : List.of("“no comment”", "Москве", "🚀", "the end")) {
            int start = TEXT.indexOf(mention);
            int end = start + mention.length();
            assertThat(text.substring(start, end)).isEqualTo(mention);
        }
        assertThat(text.length()).isEqualTo(TEXT.length());
    }

    @Test
    void theExportIsValidUtf8AndLeavesTheStreamOpen() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ContractExport.json(store, out);
        ContractExport.jsonl(store, out);
        assertThat(closed[0]).as("the caller's stream is not closed").isFalse();
        UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()));
    }

    @Test
    void jsonLinesHoldOneObjectPerDocumentAndPerLooseDiagnostic() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractExport.jsonl(store, out);
        String all = decode(out.toByteArray());
        assertThat(all).endsWith("\n");
        List<String> lines = all.lines().toList();
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).isNotBlank());

        List<JsonNode> objects = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = MAPPER.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            assertThat(node.path("schema").asText()).as(line).isEqualTo("storyline/1");
            objects.add(node);
        }

        Map<String, JsonNode> byDocument = new HashMap<>();
        List<JsonNode> diagnosticLines = new ArrayList<>();
        for (JsonNode node : objects) {
            if (node.has("document")) {
                assertThat(node.get("articles").isArray()).isTrue();
                assertThat(node.get("diagnostics").isArray()).isTrue();
                byDocument.put(node.get("document").get("id").asText(), node);
            } else {
                assertThat(node.has("diagnostic")).as(node.toString()).isTrue();
                diagnosticLines.add(node);
            }
        }
        assertThat(byDocument).containsOnlyKeys(liveId, pendingId);
        assertThat(diagnosticLines).hasSize(1);
        assertThat(diagnosticLines.getFirst().get("diagnostic").get("message").asText()).isEqualTo(loose.message());
        assertThat(diagnosticLines.getFirst().get("diagnostic").get("document").isNull()).isTrue();

        JsonNode live = byDocument.get(liveId);
        assertThat(live.get("document").get("title").asText()).isEqualTo(TITLE);
        assertThat(texts(live.get("document").get("articles"))).containsExactly(first.id(), second.id());
        assertThat(live.get("articles")).hasSize(2);
        assertThat(live.get("articles").get(0).get("id").asText()).isEqualTo(first.id());
        assertThat(live.get("articles").get(0).get("text").asText()).as("newlines in text stay inside the line")
                .isEqualTo(TEXT);
        assertThat(live.get("articles").get(0).get("date").asText()).isEqualTo("2026-02-06");
        assertThat(live.get("articles").get(1).get("id").asText()).isEqualTo(second.id());
        assertThat(live.get("diagnostics")).hasSize(1);
        assertThat(live.get("diagnostics").get(0).get("message").asText()).isEqualTo(docWarning.message());

        JsonNode pending = byDocument.get(pendingId);
        assertThat(pending.get("articles")).isEmpty();
        assertThat(pending.get("diagnostics")).isEmpty();
        assertThat(pending.get("document").get("articles")).isEmpty();
    }

    @Test
    void anEmptyStoreExportsEmptyArrays() throws Exception {
        try (Store empty = Stores.embedded(dir.resolve("empty"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ContractExport.json(empty, out);
            JsonNode root = MAPPER.readTree(out.toByteArray());
            assertThat(root.path("schema").asText()).isEqualTo("storyline/1");
            for (String array : List.of("documents", "articles", "entities", "events", "quotes", "stories", "diagnostics")) {
                assertThat(root.get(array)).as(array).isEmpty();
            }
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            ContractExport.jsonl(empty, lines);
            assertThat(lines.toByteArray()).isEmpty();
        }
    }

    private byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractExport.json(store, out);
        return out.toByteArray();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
