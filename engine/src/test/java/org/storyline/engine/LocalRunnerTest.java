package org.storyline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Ingest;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.store.Store;
import org.storyline.store.Stores;

class LocalRunnerTest {
    @TempDir
    Path tmp;

    Store store;
    final List<String> problems = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final Reporter reporter = new Reporter() {
        @Override
        public synchronized void info(String message) {
            infos.add(message);
        }

        @Override
        public synchronized void problem(String message) {
            problems.add(message);
        }

        @Override
        public Progress progress(String phase, long total) {
            return Reporter.SILENT.progress(phase, total);
        }
    };

    @BeforeEach
    void open() {
        store = Stores.embedded(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    LocalRunner runner() {
        return new LocalRunner(store, new Ingest(new Ingest.Limits(256L << 20, Duration.ofSeconds(3), Duration.ZERO, "test")),
                reporter, 2);
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        store.forEachDocument(docs::add);
        return docs;
    }

    @Test
    void ingestsAndProcessesAFolderAndSecondRunAddsNothing() throws IOException {
        write("a.txt", "Headline one\n\nA gunman shot an official in Moscow on Friday.");
        write("b.html", "<html><head><title>Page B</title></head><body><p>Drones struck Kharkiv.</p></body></html>");
        write("sub/c.txt", "Third page, in a sub-folder.");

        IngestSummary first = runner().ingest(List.of(tmp.resolve("in").toString()));
        ProcessSummary processed = runner().process();

        assertThat(first).isEqualTo(new IngestSummary(3, 3, 0, 0, 0, 0));
        assertThat(processed.processed()).isEqualTo(3);
        assertThat(processed.failed()).isZero();
        assertThat(documents()).extracting(Document::articles).allSatisfy(a -> assertThat(a).hasSize(1));
        assertThat(documents()).filteredOn(d -> d.source().endsWith("b.html")).singleElement()
                .extracting(Document::title).isEqualTo("Page B");

        IngestSummary second = runner().ingest(List.of(tmp.resolve("in").toString()));
        assertThat(second).isEqualTo(new IngestSummary(3, 0, 3, 0, 0, 0));
        assertThat(runner().process().processed()).isZero();
        assertThat(infos).anyMatch(m -> m.contains("a.txt") && m.contains("unchanged"));
        assertThat(store.status().documentCount()).isEqualTo(3);
    }

    @Test
    void articleTextMapsBackToTheRawPage() throws IOException {
        String html = "<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav><article>"
                + "<p>The committee approved the budget after a long debate on Thursday evening in the capital.</p>"
                + "<p>Caf&eacute; owners said the new rules on opening hours would hurt small businesses across town.</p>"
                + "</article></body></html>";
        write("page.html", html);
        runner().ingest(List.of(tmp.resolve("in").toString()));
        runner().process();

        Article article = store.articles(documents().getFirst().id()).getFirst();
        int at = article.text().indexOf("owners said");
        int raw = article.rawOffset(at);

        assertThat(article.segments()).hasSize(2);
        assertThat(html.substring(article.rawOffset(0))).startsWith("The committee approved");
        assertThat(raw).isPositive();
        assertThat(html.substring(raw - 20, raw + 20)).contains("owners");
    }

    @Test
    void sameBytesUnderAnotherNameAreOneDocument() throws IOException {
        write("a.txt", "Same text.");
        write("copy-of-a.txt", "Same text.");

        IngestSummary s = runner().ingest(List.of(tmp.resolve("in").toString()));

        assertThat(s.added()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(1);
        assertThat(documents()).hasSize(1);
        assertThat(infos).anyMatch(m -> m.contains("copy-of-a.txt") && m.contains("a.txt"));
    }

    @Test
    void emptyFileIsRejectedWithAMessageAndRecorded() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        write("ok.txt", "Fine.");

        IngestSummary s = runner().ingest(List.of(tmp.resolve("in").toString()));

        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.added()).isEqualTo(1);
        assertThat(problems).singleElement().asString().startsWith(empty.toString()).contains("empty");
        assertThat(store.status().errors()).extracting(Diagnostic::source).containsExactly(empty.toString());
    }

    @Test
    void binaryJunkIsRejectedAndItsBytesKept() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path bin = write("junk.html", junk);

        IngestSummary s = runner().ingest(List.of(bin.toString()));

        assertThat(s.rejected()).isEqualTo(1);
        assertThat(problems).singleElement().asString().startsWith(bin.toString()).contains("binary");
        assertThat(store.status().inputs()).isEqualTo(1);
        assertThat(store.status().rawBytes()).isEqualTo(4096);
        assertThat(store.status().errors()).extracting(Diagnostic::message).anyMatch(m -> m.contains("binary"));
    }

    @Test
    void fiftyMegabytePageIsStoredWholeAndCleanedInPartWithAWarning() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        String paragraph = "<p>" + "Word ".repeat(200) + "</p>\n";
        while (html.length() < 50 << 20) {
            html.append(paragraph);
        }
        html.append("</body></html>");
        Path big = write("big.html", html.toString());

        runner().ingest(List.of(big.toString()));
        ProcessSummary p = runner().process();

        assertThat(p.processed()).isEqualTo(1);
        assertThat(store.status().rawBytes()).isEqualTo(Files.size(big));
        List<Diagnostic> diagnostics = new ArrayList<>();
        store.forEachDiagnostic(diagnostics::add);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(big.toString());
            assertThat(d.message()).contains("only the first");
        });
    }

    @Test
    void invalidUtf8IsDecodedWithAWarningNamingTheInput() throws IOException {
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] tail = " society</p></body></html>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(bad);
        out.writeBytes(tail);
        Path page = write("bad-utf8.html", out.toByteArray());

        runner().ingest(List.of(page.toString()));
        assertThat(runner().process().processed()).isEqualTo(1);

        List<Diagnostic> diagnostics = new ArrayList<>();
        store.forEachDiagnostic(diagnostics::add);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(page.toString());
            assertThat(d.message()).contains("invalid UTF-8");
        });
        List<Article> articles = new ArrayList<>();
        store.forEachArticle(articles::add);
        assertThat(articles.getFirst().text()).contains("Caf\u00e9").contains("society");
    }

    @Test
    void missingPathIsRecordedAndTheRunGoesOn() throws IOException {
        write("ok.txt", "Fine.");
        String missing = tmp.resolve("nope.html").toString();

        IngestSummary s = runner().ingest(List.of(missing, tmp.resolve("in").toString()));

        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.added()).isEqualTo(1);
        assertThat(problems).singleElement().asString().startsWith(missing);
        assertThat(store.failures()).extracting(Store.Failure::source).containsExactly(missing);
    }

    @Test
    void unreachableUrlIsRecordedAndRetriedOnceTheServerIsUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/story.html";

        IngestSummary first = runner().ingest(List.of(url));
        assertThat(first.failed()).isEqualTo(1);
        assertThat(problems).singleElement().asString().startsWith(url).contains("unreachable");
        assertThat(store.failures()).singleElement().extracting(Store.Failure::attempts).isEqualTo(1);

        HttpServer server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().equals("/story.html")
                    ? "<html><body><p>Served at last.</p></body></html>".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            IngestSummary retried = runner().retry();
            assertThat(retried.added()).isEqualTo(1);
            assertThat(store.failures()).isEmpty();
            assertThat(runner().process().processed()).isEqualTo(1);
            assertThat(documents()).singleElement().extracting(Document::source).isEqualTo(url);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void gzippedInputWithoutExtensionIsReadThroughTheGzip() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("<!doctype html><title>Zipped</title><p>Inside a gzip.</p>".getBytes(StandardCharsets.UTF_8));
        }
        Path page = write("page", gz.toByteArray());

        runner().ingest(List.of(page.toString()));
        runner().process();

        assertThat(documents()).singleElement().extracting(Document::title).isEqualTo("Zipped");
        assertThat(store.status().inputs()).isEqualTo(1);
    }

    @Test
    void jsonlRecordsBecomeDocumentsAndABadLineIsRecorded() throws IOException {
        Path jsonl = write("pages.jsonl", """
                {"url": "https://example.org/a", "html": "<p>First record.</p>", "published": "2026-02-06"}
                {"url": "https://example.org/b", "text": "Second record."
                {"url": "https://example.org/c", "text": "Third record."}
                """);

        IngestSummary s = runner().ingest(List.of(jsonl.toString()));
        runner().process();

        assertThat(s.added()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(documents()).extracting(Document::source).containsExactly("https://example.org/a", "https://example.org/c");
        assertThat(documents().getFirst().published()).hasToString("2026-02-06");
        assertThat(problems).singleElement().asString().contains("line 2");
    }

    @Test
    void interruptedIngestIsCompletedByTheNextRun() throws IOException {
        for (int i = 0; i < 20; i++) {
            write("p" + i + ".txt", "Page number " + i + ".");
        }
        // A run that stored some pages and was killed before processing: only ingest, on half the folder.
        runner().ingest(List.of(tmp.resolve("in/p1.txt").toString(), tmp.resolve("in/p2.txt").toString()));

        IngestSummary resumed = runner().ingest(List.of(tmp.resolve("in").toString()));
        ProcessSummary p = runner().process();

        assertThat(resumed.added()).isEqualTo(18);
        assertThat(resumed.unchanged()).isEqualTo(2);
        assertThat(p.processed()).isEqualTo(20);
        assertThat(store.status().documents()).containsEntry("processed", 20L).containsEntry("pending", 0L);
        assertThat(store.search("number", 100)).hasSize(20);
    }
}
