package org.storyline.ingest.internal;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.Received;

/**
 * Fetches http(s) pages politely: robots.txt obeyed (crawler-commons), one request at a time per host with a delay,
 * timeouts, a size cap, and a user agent that says who we are.
 */
public final class Fetcher {
    private static final String AGENT_NAME = "storyline";
    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final Duration hostDelay;
    private final long maxBytes;
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();
    private final boolean publicOnly;

    public Fetcher(String userAgent, Duration timeout, Duration hostDelay, long maxBytes) {
        this(userAgent, timeout, hostDelay, maxBytes, false);
    }

    /**
     * @param publicOnly whether every hop (redirects included) must resolve to public addresses only
     */
    public Fetcher(String userAgent, Duration timeout, Duration hostDelay, long maxBytes, boolean publicOnly) {
        this.publicOnly = publicOnly;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.hostDelay = hostDelay;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Fetches a URL, following up to {@value #MAX_REDIRECTS} redirects; each hop is checked against its site's
     * robots.txt and, for public-only fetchers, against private addresses.
     */
    public Received fetch(URI uri) throws IngestException {
        String source = uri.toString();
        URI hop = uri;
        for (int redirects = 0; ; redirects++) {
            Hop answer = fetchOne(source, hop);
            if (answer.page() != null) {
                return answer.page();
            }
            if (redirects == MAX_REDIRECTS) {
                throw new IngestException(source, "more than " + MAX_REDIRECTS + " redirects, the last to " + answer.redirect());
            }
            hop = answer.redirect();
        }
    }

    private static final int MAX_REDIRECTS = 5;

    /** What one request got: the page, or where a redirect points. */
    private record Hop(Received page, URI redirect) {
    }

    private Hop fetchOne(String source, URI uri) throws IngestException {
        if (publicOnly) {
            org.storyline.ingest.Addresses.requirePublic(uri);
        }
        BaseRobotRules rules = robots.computeIfAbsent(hostKey(uri), key -> robotsOf(uri));
        if (!rules.isAllowed(uri.toString())) {
            throw new IngestException(source, "blocked by the site's robots.txt for user agent '" + AGENT_NAME + "'");
        }
        long delay = Math.max(hostDelay.toMillis(), Math.min(rules.getCrawlDelay(), 30_000L));
        awaitTurn(hostKey(uri), delay);
        try {
            HttpResponse<InputStream> response = client.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                var location = response.headers().firstValue("location");
                if ((status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && location.isPresent()) {
                    URI next = uri.resolve(location.get().strip());
                    String scheme = String.valueOf(next.getScheme()).toLowerCase(java.util.Locale.ROOT);
                    if (!scheme.equals("http") && !scheme.equals("https")) {
                        throw new IngestException(source, "redirected to a URL that is not http(s): " + next);
                    }
                    return new Hop(null, next);
                }
                if (response.statusCode() < 200 || response.statusCode() >= 300) {
                    throw new IngestException(source, "HTTP " + response.statusCode() + " from " + response.uri());
                }
                long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
                if (declared > maxBytes) {
                    throw new IngestException(source, "" + declared + " bytes is over the " + (maxBytes >> 20) + " MiB limit");
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new IngestException(source, "response is over the " + (maxBytes >> 20) + " MiB limit");
                }
                return new Hop(new Received(source, bytes, response.headers().firstValue("content-type").orElse(null),
                        response.uri().toString()), null);
            }
        } catch (HttpConnectTimeoutException e) {
            throw new IngestException(source, "unreachable: no connection within " + timeout.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new IngestException(source, "no complete answer within " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new IngestException(source, "unreachable: connection refused or host down", e);
        } catch (IOException e) {
            String why = e.getCause() instanceof UnresolvedAddressException || String.valueOf(e.getMessage()).contains("UnresolvedAddress")
                    ? "unknown host " + uri.getHost() : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new IngestException(source, "unreachable: " + why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(source, "fetch interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IngestException(source, "not a fetchable URL: " + e.getMessage(), e);
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET().build();
    }

    /** The site's robots rules; a missing or unreadable robots.txt allows everything, a 5xx disallows for now. */
    private BaseRobotRules robotsOf(URI uri) {
        URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        try {
            HttpResponse<byte[]> response = client.send(request(robotsUri), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status >= 500) {
                return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            }
            if (status >= 400) {
                return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            }
            byte[] body = response.body();
            if (body.length > 512 * 1024) {
                body = java.util.Arrays.copyOf(body, 512 * 1024);
            }
            return new SimpleRobotRulesParser().parseContent(robotsUri.toString(), body,
                    response.headers().firstValue("content-type").orElse("text/plain"), List.of(AGENT_NAME));
        } catch (IOException | IllegalArgumentException e) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
    }

    private void awaitTurn(String host, long delayMillis) throws IngestException {
        synchronized (lastRequest) {
            long now = System.currentTimeMillis();
            Long last = lastRequest.get(host);
            long wait = last == null ? 0 : last + delayMillis - now;
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestException(host, "fetch interrupted");
                }
            }
            lastRequest.put(host, System.currentTimeMillis());
        }
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
