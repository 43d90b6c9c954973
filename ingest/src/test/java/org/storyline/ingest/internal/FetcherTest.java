package org.storyline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyline.ingest.Ingest;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.Input;
import org.storyline.ingest.Received;

/** The fetcher, through the facade, against a local HTTP server. */
class FetcherTest {
    private static final String AGENT = "StorylineTest/1.0 (+https://example.org/bot)";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Новости</title></head><body><p>«Москва»</p></body></html>";

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private volatile String robots;

    private final Ingest ingest = new Ingest(new Ingest.Limits(1024, Duration.ofSeconds(2), Duration.ZERO, AGENT));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        try (exchange) {
            switch (path) {
                case "/robots.txt" -> {
                    if (robots == null) {
                        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(exchange, 200, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/page", "/private/page", "/public/page" ->
                        send(exchange, 200, "text/html; charset=windows-1251", PAGE.getBytes(Charset.forName("windows-1251")));
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", base + "/page");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/big" -> send(exchange, 200, "text/html", "<p>x</p>".repeat(500).getBytes(StandardCharsets.UTF_8));
                case "/big-chunked" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write("<p>chunk of text</p>\n".getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
                case "/error" -> send(exchange, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
                default -> send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Received fetch(String path) throws IngestException {
        return ingest.receive(new Input.Url(URI.create(base + path)));
    }

    @Test
    void pageWithCharsetInContentType() throws IngestException {
        Received received = fetch("/page");
        assertThat(received.source()).isEqualTo(base + "/page");
        assertThat(received.url()).isEqualTo(base + "/page");
        assertThat(received.contentType()).isEqualTo("text/html; charset=windows-1251");
        assertThat(received.bytes()).isEqualTo(PAGE.getBytes(Charset.forName("windows-1251")));
        assertThat(Charsets.decode(received.bytes(), received.contentType(), true).text()).isEqualTo(PAGE);
    }

    @Test
    void redirectIsFollowedAndTheFinalUrlKept() throws IngestException {
        Received received = fetch("/moved");
        assertThat(received.source()).isEqualTo(base + "/moved");
        assertThat(received.url()).isEqualTo(base + "/page");
        assertThat(received.bytes()).isEqualTo(PAGE.getBytes(Charset.forName("windows-1251")));
        assertThat(requests).contains("/moved", "/page");
    }

    @Test
    void notFound() {
        assertThatThrownBy(() -> fetch("/nowhere"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(base + "/nowhere: ")
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void serverError() {
        assertThatThrownBy(() -> fetch("/error"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void robotsTxtDisallowIsObeyedAndOtherPathsAllowed() throws IngestException {
        robots = "User-agent: *\nDisallow: /private\n";
        assertThatThrownBy(() -> fetch("/private/page"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(base + "/private/page: ")
                .hasMessageContaining("robots.txt");
        assertThat(requests).as("the disallowed page itself is never requested").doesNotContain("/private/page");

        Received allowed = fetch("/public/page");
        assertThat(allowed.bytes()).isNotEmpty();
        assertThat(requests).containsOnlyOnce("/robots.txt");
    }

    @Test
    void robotsTxtForOurAgentName() {
        robots = "User-agent: storyline\nDisallow: /\n\nUser-agent: *\nAllow: /\n";
        assertThatThrownBy(() -> fetch("/page"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("robots.txt");
    }

    @Test
    void bodyOverTheLimitWithContentLength() {
        assertThatThrownBy(() -> fetch("/big"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(base + "/big: ")
                .hasMessageContaining("limit");
    }

    @Test
    void bodyOverTheLimitWithoutContentLength() {
        assertThatThrownBy(() -> fetch("/big-chunked"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(base + "/big-chunked: ")
                .hasMessageContaining("limit");
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/page";
        assertThatThrownBy(() -> ingest.receive(new Input.Url(URI.create(url))))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(url + ": ")
                .hasMessageContaining("unreachable");
    }

    @Test
    void requestsCarryOurUserAgent() throws IngestException {
        fetch("/page");
        assertThat(agents).isNotEmpty().allSatisfy(agent -> assertThat(agent).isEqualTo(AGENT));
        assertThat(requests).contains("/robots.txt", "/page");
    }

    @Test
    void onlyHttpAndHttpsUrlsAreInputs() {
        assertThatThrownBy(() -> new Input.Url(URI.create("ftp://example.org/x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://example.org/x");
    }
}
