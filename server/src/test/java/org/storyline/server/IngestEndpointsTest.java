package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.store.Store;

/**
 * Ingest over the API and the ways it is refused: missing or wrong token, oversized uploads, malformed JSON,
 * private-address URLs, path tricks. Every refusal is a JSON error and leaves nothing behind: no job, no staged
 * file, no stored bytes.
 */
class IngestEndpointsTest {
    private static final String TOKEN = "0123456789abcdef0123";
    @TempDir
    Path dir;
    private Store store;
    private ApiServer server;
    private ApiClient api;
    private final List<Ingestor.Submission> received = new CopyOnWriteArrayList<>();
    private final List<String> contents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        store = new NewsFixture().build(dir.resolve("data"));
        Ingestor recorder = (inputs, progress) -> {
            progress.stage("ingest", inputs.size());
            for (Ingestor.Submission s : inputs) {
                received.add(s);
                if (s instanceof Ingestor.Submission.Upload u) {
                    contents.add(Files.readString(u.file()));
                }
                progress.step();
            }
            progress.counts(inputs.size(), 0, 0);
        };
        server = ApiServer.start(store, recorder, ServerOptions.defaults(dir.resolve("staging")).withPort(0).withToken(TOKEN)
                .withMaxUploadBytes(64 * 1024));
        api = new ApiClient(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void anUploadWithTheTokenBecomesAJobThatEnds() throws Exception {
        HttpResponse<String> r = api.send(multipart("../../etc/evil name.html", "<p>Drones hit the port.</p>", TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode job = ApiClient.parse(r.body()).get("job");
        assertThat(job.get("kind").asText()).isEqualTo("upload");
        assertThat(job.get("inputs").get(0).asText()).isEqualTo("upload:evil name.html");
        String state = awaitJob(job.get("id").asText());
        assertThat(state).isEqualTo("done");
        assertThat(contents).containsExactly("<p>Drones hit the port.</p>");
        assertThat(received.get(0).name()).isEqualTo("upload:evil name.html");
        assertThat(stagedFiles()).as("staged uploads are removed after the job").isEmpty();
    }

    @Test
    void urlsWithTheTokenBecomeAJob() throws Exception {
        HttpResponse<String> r = api.send(api.request("/api/ingest/urls").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"https://news.invalid/a\", \"http://news.invalid/b\"]}")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        awaitJob(ApiClient.parse(r.body()).get("job").get("id").asText());
        assertThat(received).extracting(Ingestor.Submission::name).containsExactly("https://news.invalid/a", "http://news.invalid/b");
        JsonNode jobs = api.json("/api/ingest/jobs");
        assertThat(jobs.get("items").get(0).get("added").asInt()).isEqualTo(2);
    }

    @Test
    void aMissingOrWrongTokenIsRefused() {
        HttpResponse<String> none = api.send(multipart("a.html", "<p>x</p>", null));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(error(none)).contains("token");
        HttpResponse<String> wrong = api.send(multipart("a.html", "<p>x</p>", "not-the-token-at-all"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> urls = api.send(api.request("/api/ingest/urls").header("X-Storyline-Token", "nope")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"https://news.invalid/a\"]}")));
        assertThat(urls.statusCode()).isEqualTo(401);
        assertNothingKept();
    }

    @Test
    void anOversizedUploadIsRefused() {
        String big = "x".repeat(100 * 1024);
        HttpResponse<String> r = api.send(multipart("big.html", big, TOKEN));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(error(r)).contains("65536");
        assertNothingKept();
    }

    @Test
    void anUploadThatIsNotMultipartIsRefused() {
        HttpResponse<String> r = api.send(api.request("/api/ingest/upload").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString("<p>x</p>")));
        assertThat(r.statusCode()).isEqualTo(415);
        HttpResponse<String> empty = api.send(api.request("/api/ingest/upload").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertNothingKept();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"urls\": [", "not json", "[\"https://news.invalid/a\"]", "{\"urls\": \"https://news.invalid/a\"}",
            "{\"urls\": []}", "{\"urls\": [42]}", "{\"urls\": [\"ftp://news.invalid/a\"]}", "{\"urls\": [\"https://news.invalid/a\"], \"x\": 1}",
            "{\"urls\": [\"https://user:pw@news.invalid/a\"]}", "{\"urls\": [\"https:///nohost\"]}", ""})
    void malformedUrlListsAreRefused(String body) {
        HttpResponse<String> r = api.send(api.request("/api/ingest/urls").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(error(r)).isNotBlank();
        assertNothingKept();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/api/status", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
            "http://[fd00::1]/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/"})
    void privateAddressesAreRefused(String url) {
        HttpResponse<String> r = api.send(api.request("/api/ingest/urls").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"https://news.invalid/ok\", \"" + url + "\"]}")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(error(r)).contains("refused").contains(url.substring(0, 12));
        assertNothingKept();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
            "/web/../../pom.xml", "/%2e%2e%2fpom.xml", "/index.html/../../../../etc/passwd", "/..\\..\\etc\\passwd",
            "/api/articles/..%2f..%2fetc%2fpasswd", "/api/stories/%2e%2e"})
    void pathTraversalFindsNothing(String path) throws Exception {
        // A raw request: clients normalise dot segments away, an attacker's does not.
        String answer = raw(path, "localhost");
        assertThat(answer.lines().findFirst().orElse("")).matches("HTTP/1.1 (400|403|404).*");
        assertThat(answer).doesNotContain("root:").doesNotContain("<artifactId>");
    }

    @Test
    void otherHostNamesAreRefusedOnLoopback() throws Exception {
        // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) still sends its name.
        assertThat(raw("/api/status", "attacker.example").lines().findFirst().orElse("")).matches("HTTP/1.1 403.*");
        assertThat(raw("/api/status", "localhost:" + server.port()).lines().findFirst().orElse("")).matches("HTTP/1.1 200.*");
    }

    /** Sends a GET as written, without a client's normalisation, and returns the whole answer. */
    private String raw(String path, String host) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void uploadsAcceptedBeforeAStopAreIngestedAtTheNextStart() throws Exception {
        server.close();
        Path accepted = Files.createDirectories(dir.resolve("staging/upload-1"));
        Files.writeString(accepted.resolve("0000.upload"), "<p>Kept across a crash.</p>");
        Files.writeString(accepted.resolve("labels.txt"), "upload:kept.html\n");
        Path unacknowledged = Files.createDirectories(dir.resolve("staging/upload-2"));
        Files.writeString(unacknowledged.resolve("0000.upload"), "<p>half writ");
        server = ApiServer.start(store, (inputs, progress) -> {
            for (Ingestor.Submission s : inputs) {
                received.add(s);
                contents.add(Files.readString(((Ingestor.Submission.Upload) s).file()));
            }
        }, ServerOptions.defaults(dir.resolve("staging")).withPort(0).withToken(TOKEN));
        api = new ApiClient(server.uri());
        assertThat(awaitJob("j1")).isEqualTo("done");
        assertThat(received).extracting(Ingestor.Submission::name).containsExactly("upload:kept.html");
        assertThat(contents).containsExactly("<p>Kept across a crash.</p>");
        assertThat(stagedFiles()).isEmpty();
    }

    private String awaitJob(String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String state = api.json("/api/ingest/jobs/" + id).get("job").get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return state;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("job " + id + " did not end in 5 s");
    }

    private void assertNothingKept() {
        assertThat(api.json("/api/ingest/jobs").get("items")).as("no job").isEmpty();
        assertThat(received).as("nothing reached ingest").isEmpty();
        assertThat(stagedFiles()).as("no staged file").isEmpty();
        assertThat(store.status().documentCount()).as("nothing stored").isEqualTo(3);
    }

    private List<Path> stagedFiles() {
        Path staging = dir.resolve("staging");
        if (!Files.exists(staging)) {
            return List.of();
        }
        try (var files = Files.walk(staging)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String error(HttpResponse<String> r) {
        return ApiClient.parse(r.body()).get("error").get("message").asText();
    }

    private HttpRequest.Builder multipart(String filename, String content, String token) {
        String boundary = "----storyline-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/html\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder b = api.request("/api/ingest/upload").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }
}
