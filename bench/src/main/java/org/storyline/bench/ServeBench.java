package org.storyline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.engine.IngestSummary;
import org.storyline.engine.LocalRunner;
import org.storyline.engine.ProcessSummary;
import org.storyline.engine.Reporter;
import org.storyline.ingest.Ingest;
import org.storyline.model.Entity;
import org.storyline.model.Story;
import org.storyline.server.ApiServer;
import org.storyline.server.ServerOptions;
import org.storyline.stories.StoryArticle;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/**
 * REST API latency over a realistic store: the generated news of {@link StoryBench} (invented happenings reported
 * by several outlets in varied wording over days, with the real ECB+ texts mixed in when
 * {@code ../shared/data/stories/ecbplus-val} is present) written out as HTML pages (headline, publisher and
 * publication date in JSON-LD and meta tags) and run through the real pipeline with the engine's {@link LocalRunner}
 * (ingest, processing on all cores, corpus pass) into a data directory; then {@link ApiServer} on a free loopback
 * port over that store, measured with {@link HttpClient} from the same JVM.
 *
 * <p>After a warm-up round over every request, each endpoint is asked {@code requests} times in a shuffled mix,
 * first by one client (sequential: the latency figures of the summary line), then by four clients at once:
 * <ul>
 *   <li>{@code GET /api/search}: single words sampled from the stored texts by frequency (very common to rare),
 *       two-word phrases, words with a month range, with an event type, filters alone, by date (facets are always
 *       computed);</li>
 *   <li>{@code GET /api/entities/{id}}: dossiers of the twenty most mentioned entities (the slow cases) and of
 *       entities sampled across mention frequencies;</li>
 *   <li>{@code GET /api/stories} (pages, words of titles, event types, month ranges) and {@code GET /api/stories/{id}}
 *       (the largest stories and a sample of the others);</li>
 *   <li>{@code GET /api/timeline} (no filter, an event type, a month range, an entity).</li>
 * </ul>
 * It reports p50/p95/p99/max per endpoint (and per kind of search, dossier, story and timeline request, with the mean
 * response size), the heap in use with the server up after a full collection (when the same run built the store, that
 * includes the language models the engine keeps loaded: measure a kept store again for the server's own figure), and
 * ends with one line
 * {@code bench serve: articles=… search_p95_ms=… dossier_p95_ms=… story_p95_ms=… stories_p95_ms=… timeline_p95_ms=… heap_mb=…}.
 *
 * <p>Run it with {@code ./storyline bench serve} (20,000 articles; building the store takes the most time),
 * {@code ./storyline bench serve --articles 5000 --requests 300}, or, to measure again without building,
 * {@code ./storyline bench serve --data /tmp/serve-20k} once (builds into that folder and keeps it), then the same
 * command again (reuses it). From code: {@code ServeBench.run(new ServeBench.Options(20_000, 500, null, false,
 * LocalRunner.defaultThreads()), System.err)}. Give the JVM about 3 GB of heap for 20k articles.
 */
public final class ServeBench {
    /** The endpoints measured, in the order of the report. */
    static final List<String> ENDPOINTS = List.of("search", "dossier", "story", "stories", "timeline");
    private static final int CLIENTS = 4;
    private static final String[] OUTLETS = ("Daily Herald|Morning Post|Evening Standard|The Courier|The Observer|"
            + "Global Wire|City Times|National Tribune|Metro News|Coastal Gazette|The Sentinel|Valley Chronicle|"
            + "Northern Star|Southern Cross|World Report|News Agency|Press Association|The Ledger|The Dispatch|"
            + "Weekly Review").split("\\|");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,15}");

    private ServeBench() {
    }

    /**
     * What to measure.
     *
     * @param articles generated articles in the store built
     * @param requests requests per endpoint in each of the two rounds (one client, four clients)
     * @param data     store to reuse, or where to build one and keep it; null for a temporary folder
     * @param keep     keep the temporary store (its folder is printed)
     * @param threads  processing threads while building
     */
    public record Options(int articles, int requests, Path data, boolean keep, int threads) {
        public Options {
            if (articles < 1) {
                throw new IllegalArgumentException("articles must be at least 1: " + articles);
            }
            if (requests < 1) {
                throw new IllegalArgumentException("requests must be at least 1: " + requests);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
        }
    }

    /** Latency percentiles of one endpoint (or kind of request), in milliseconds. */
    public record Latency(String name, int count, double p50, double p95, double p99, double max, long meanBytes) {
        static Latency of(String name, List<Sample> samples) {
            double[] ms = samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
            long bytes = ms.length == 0 ? 0 : samples.stream().mapToLong(Sample::bytes).sum() / ms.length;
            return new Latency(name, ms.length, rank(ms, 0.50), rank(ms, 0.95), rank(ms, 0.99),
                    ms.length == 0 ? 0 : ms[ms.length - 1], bytes);
        }

        /** Nearest-rank percentile. */
        private static double rank(double[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }

        String line() {
            return String.format(Locale.ROOT, "  %-24s n=%5d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %7d bytes",
                    name, count, p50, p95, p99, max, meanBytes);
        }
    }

    /** What was measured: the store built (seconds NaN when reused) and the latencies. */
    public record Result(int articles, int documents, double buildSeconds, double processSeconds,
                         Map<String, Latency> sequential, Map<String, Latency> concurrent, double concurrentPerSecond,
                         long heapBytes, Path data) {
        /** Articles per second of the whole build (ingest, processing, corpus pass); NaN when reused. */
        public double articlesPerSecond() {
            return articles / buildSeconds;
        }

        /** The machine-readable last line; latencies are those of one client. */
        public String summaryLine() {
            return String.format(Locale.ROOT,
                    "bench serve: articles=%d search_p95_ms=%.1f dossier_p95_ms=%.1f story_p95_ms=%.1f stories_p95_ms=%.1f timeline_p95_ms=%.1f heap_mb=%d",
                    articles, p95("search"), p95("dossier"), p95("story"), p95("stories"), p95("timeline"), heapBytes >> 20);
        }

        private double p95(String endpoint) {
            Latency l = sequential.get(endpoint);
            return l == null ? Double.NaN : l.p95();
        }
    }

    /** One request to make: the endpoint it counts for, a finer kind, and the path with its query. */
    record Call(String endpoint, String kind, String path) {
    }

    /** One answered request. */
    record Sample(Call call, long nanos, long bytes) {
    }

    /** Builds (or reuses) the store, serves it, measures, prints a report to {@code log} and returns the figures. */
    public static Result run(Options options, PrintStream log) {
        Path data = options.data();
        boolean temporary = data == null;
        try {
            if (temporary) {
                data = Files.createTempDirectory("storyline-serve-");
            }
            double build = Double.NaN;
            double process = Double.NaN;
            if (!Files.isRegularFile(data.resolve("storyline.db"))) {
                double[] seconds = build(options, data, log);
                build = seconds[0];
                process = seconds[1];
            } else {
                log.println("reusing the store in " + data);
            }
            Result r = serve(options, data, build, process, log);
            if (temporary && !options.keep()) {
                delete(data);
            } else {
                log.println("store kept in " + data + " (reuse it with --data " + data + ")");
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates the pages and runs them through ingest, processing and the corpus pass; {build, process} seconds. */
    static double[] build(Options options, Path data, PrintStream log) throws IOException {
        List<StoryBench.Corpus.Doc> real = StoryBench.Corpus.ecbPlus(
                Path.of(System.getProperty("storyline.shared", "../shared"), "data/stories/ecbplus-val"));
        StoryBench.Corpus corpus = StoryBench.Corpus.generate(options.articles(), real, 42L);
        Path pages = Files.createTempDirectory("storyline-serve-pages-");
        try {
            int written = writePages(corpus, pages);
            log.printf(Locale.ROOT, "building a store of %d generated pages (%d real ECB+ texts among them) in %s with %d threads%n",
                    written, written - corpus.gold().keySet().stream().filter(id -> id.startsWith("g")).count(), data,
                    options.threads());
            Files.createDirectories(data);
            try (Store store = Stores.embedded(data)) {
                PhaseClock clock = new PhaseClock(log);
                LocalRunner runner = new LocalRunner(store, Ingest.withDefaults(), clock, options.threads());
                long start = System.nanoTime();
                IngestSummary ingested = runner.ingest(List.of(pages.toString()));
                ProcessSummary processed = runner.process();
                double seconds = (System.nanoTime() - start) / 1e9;
                log.printf(Locale.ROOT, "built in %.1f s (%.1f articles/s): %s; ingest %.1f s, process %.1f s, corpus pass %.1f s; "
                                + "%d documents added, %d processed, %d failed, %d articles%n",
                        seconds, written / seconds, clock.phases(), clock.seconds("ingest"), clock.seconds("process"),
                        clock.seconds("corpus"), ingested.added(), processed.processed(), processed.failed(), processed.articles());
                return new double[] {seconds, clock.seconds("process")};
            }
        } finally {
            delete(pages);
        }
    }

    /** Writes every generated article as an HTML page (JSON-LD headline, publisher, date); returns the count. */
    static int writePages(StoryBench.Corpus corpus, Path dir) throws IOException {
        Random random = new Random(11L);
        int n = 0;
        for (StoryArticle a : corpus.articles()) {
            String outlet = a.outlet() != null ? a.outlet() : OUTLETS[random.nextInt(OUTLETS.length)];
            String date = a.date() != null ? a.date().value()
                    : LocalDate.of(2024, 1, 1).plusDays(Math.floorMod(a.id().hashCode(), 730)).toString();
            List<String> sentences = sentences(a.text());
            String title = title(sentences.getFirst());
            StringBuilder html = new StringBuilder(a.text().length() + 1024);
            html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                    .append(escape(title)).append(" | ").append(escape(outlet)).append("</title>\n")
                    .append("<meta property=\"og:site_name\" content=\"").append(escape(outlet)).append("\">\n")
                    .append("<meta property=\"og:title\" content=\"").append(escape(title)).append("\">\n")
                    .append("<meta property=\"article:published_time\" content=\"").append(date).append("T09:00:00Z\">\n")
                    .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                    .append("\"headline\":\"").append(jsonEscape(title)).append("\",\"datePublished\":\"").append(date)
                    .append("T09:00:00Z\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(jsonEscape(outlet))
                    .append("\"}}</script>\n</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> "
                            + "<a href=\"/business\">Business</a></nav>\n<article>\n<h1>")
                    .append(escape(title)).append("</h1>\n<p class=\"meta\"><time datetime=\"").append(date).append("\">")
                    .append(date).append("</time></p>\n");
            for (int i = 0; i < sentences.size(); i += 3) {
                html.append("<p>").append(escape(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 3)))))
                        .append("</p>\n");
            }
            html.append("</article>\n<footer>&copy; ").append(escape(outlet)).append("</footer>\n</body></html>\n");
            Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", n / 1000));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(a.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".html"), html);
            n++;
        }
        return n;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out.isEmpty() ? List.of(text.strip()) : out;
    }

    private static String title(String lead) {
        String[] words = lead.replaceAll("[.!?]$", "").split("\\s+");
        String t = String.join(" ", List.of(words).subList(0, Math.min(words.length, 12)));
        return t.isEmpty() ? "Untitled" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Serves the store and measures every endpoint. */
    static Result serve(Options options, Path data, double build, double process, PrintStream log) throws IOException {
        Path staging = Files.createTempDirectory("storyline-serve-staging-");
        try (Store store = Stores.embedded(data)) {
            long opening = System.nanoTime();
            ServerOptions serverOptions = new ServerOptions("127.0.0.1", 0, null, false, ServerOptions.DEFAULT_MAX_UPLOAD,
                    1000, staging);
            ApiServer server = ApiServer.start(store, (inputs, progress) -> {
                throw new IllegalStateException("the serve benchmark takes no ingest jobs");
            }, serverOptions);
            try {
                log.printf(Locale.ROOT, "server up on %s in %.1f s (snapshot of the corpus built)%n", server.uri(),
                        (System.nanoTime() - opening) / 1e9);
                int articles = countArticles(store);
                int documents = (int) store.status().documents().values().stream().mapToLong(Long::longValue).sum();
                System.gc();
                long heap = usedHeap();
                log.printf(Locale.ROOT, "store: %d documents, %d articles, %d entities, %d events, %d quotes, %d stories; heap in use %d MiB%n",
                        documents, articles, store.corpus().entities().size(), store.corpus().events().size(),
                        store.corpus().quotes().size(), store.corpus().stories().size(), heap >> 20);
                List<Call> calls = calls(store, options.requests(), new Random(5L));
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                URI base = server.uri();
                Set<Call> distinct = new java.util.LinkedHashSet<>(calls);
                long warming = System.nanoTime();
                for (Call c : distinct) {
                    request(client, base, c);
                }
                log.printf(Locale.ROOT, "warm-up: %d distinct requests in %.1f s%n", distinct.size(), (System.nanoTime() - warming) / 1e9);
                Heap.resetPeaks();
                List<Sample> one = measure(client, base, calls, 1);
                long started = System.nanoTime();
                List<Sample> four = measure(client, base, calls, CLIENTS);
                double perSecond = four.size() / ((System.nanoTime() - started) / 1e9);
                long peak = Heap.peak();
                Map<String, Latency> sequential = report("one client", one, log);
                Map<String, Latency> concurrent = report(CLIENTS + " clients (" + String.format(Locale.ROOT, "%.0f", perSecond)
                        + " requests/s)", four, log);
                System.gc();
                long after = usedHeap();
                log.printf(Locale.ROOT, "heap: %d MiB in use with the server up (after a full collection), peak %d MiB while measuring, max %d MiB%n",
                        Math.max(heap, after) >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
                Result r = new Result(articles, documents, build, process, sequential, concurrent, perSecond, Math.max(heap, after), data);
                if (!Double.isNaN(build)) {
                    log.printf(Locale.ROOT, "build: %.1f s, %.1f articles/s%n", build, r.articlesPerSecond());
                }
                return r;
            } finally {
                server.close();
            }
        } finally {
            delete(staging);
        }
    }

    private static int countArticles(Store store) {
        AtomicInteger n = new AtomicInteger();
        store.forEachArticle(a -> n.incrementAndGet());
        return n.get();
    }

    /** The requests of a round: {@code requests} per endpoint, varied, shuffled together. */
    static List<Call> calls(Store store, int requests, Random random) {
        Store.Corpus corpus = store.corpus();
        // words by how many articles hold them, and two-word phrases, from the stored clean texts
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<String> phrases = new ArrayList<>();
        List<String> months = new ArrayList<>();
        store.forEachArticle(a -> {
            Set<String> seen = new java.util.HashSet<>();
            Matcher m = WORD.matcher(a.text());
            String previous = null;
            int end = -1;
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (seen.add(w)) {
                    documentFrequency.merge(w, 1, Integer::sum);
                }
                if (previous != null && m.start() == end + 1 && random.nextInt(400) == 0) {
                    phrases.add(previous + " " + w);
                }
                previous = w;
                end = m.end();
            }
            if (a.date() != null && a.date().value().length() >= 7) {
                months.add(a.date().value().substring(0, 7));
            }
        });
        List<String> words = documentFrequency.entrySet().stream()
                .filter(e -> !STOP.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        if (words.isEmpty()) {
            throw new IllegalStateException("the store holds no article text to draw search words from");
        }
        if (phrases.isEmpty()) {
            phrases.add(words.getFirst());
        }
        Collections.sort(months);
        List<String> types = corpus.events().stream().map(e -> e.type().label()).distinct().sorted().toList();
        List<Entity> entities = corpus.entities().stream()
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed().thenComparing(Entity::id))
                .toList();
        List<Story> stories = corpus.stories().stream()
                .sorted(Comparator.comparingInt((Story s) -> s.articles().size()).reversed().thenComparing(Story::id))
                .toList();

        List<Call> out = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            out.add(search(i, words, phrases, months, types, random));
        }
        for (int i = 0; i < requests && !entities.isEmpty(); i++) {
            Entity e = i % 5 == 0 ? entities.get(i / 5 % Math.min(20, entities.size()))
                    : entities.get(skewed(entities.size(), random));
            String kind = entities.indexOf(e) < 20 ? "dossier top-20" : "dossier sampled";
            out.add(new Call("dossier", kind, "/api/entities/" + encode(e.id())));
        }
        for (int i = 0; i < requests && !stories.isEmpty(); i++) {
            Story s = i % 5 == 0 ? stories.get(i / 5 % Math.min(10, stories.size())) : stories.get(random.nextInt(stories.size()));
            out.add(new Call("story", stories.indexOf(s) < 10 ? "story largest-10" : "story sampled",
                    "/api/stories/" + encode(s.id())));
        }
        for (int i = 0; i < requests; i++) {
            out.add(switch (i % 5) {
                case 0 -> new Call("stories", "stories first page", "/api/stories");
                case 1 -> new Call("stories", "stories page", "/api/stories?offset=" + 50 * random.nextInt(Math.max(1, stories.size() / 50)));
                case 2 -> types.isEmpty() ? new Call("stories", "stories first page", "/api/stories")
                        : new Call("stories", "stories type", "/api/stories?type=" + encode(types.get(random.nextInt(types.size()))));
                case 3 -> months.isEmpty() ? new Call("stories", "stories first page", "/api/stories")
                        : new Call("stories", "stories months", "/api/stories?from=" + range(months, random));
                default -> new Call("stories", "stories words", "/api/stories?q=" + encode(words.get(random.nextInt(Math.min(200, words.size())))));
            });
        }
        for (int i = 0; i < requests; i++) {
            out.add(switch (i % 4) {
                case 0 -> new Call("timeline", "timeline all", "/api/timeline");
                case 1 -> types.isEmpty() ? new Call("timeline", "timeline all", "/api/timeline")
                        : new Call("timeline", "timeline type", "/api/timeline?type=" + encode(types.get(random.nextInt(types.size()))));
                case 2 -> months.isEmpty() ? new Call("timeline", "timeline all", "/api/timeline")
                        : new Call("timeline", "timeline months", "/api/timeline?from=" + range(months, random));
                default -> entities.isEmpty() ? new Call("timeline", "timeline all", "/api/timeline")
                        : new Call("timeline", "timeline entity", "/api/timeline?entity="
                        + encode(entities.get(skewed(Math.min(200, entities.size()), random)).id()));
            });
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static Call search(int i, List<String> words, List<String> phrases, List<String> months, List<String> types,
                               Random random) {
        int n = words.size();
        String common = words.get(random.nextInt(Math.max(1, Math.min(n, 50))));
        String middle = words.get(Math.min(n - 1, n / 50 + random.nextInt(Math.max(1, n / 5))));
        String rare = words.get(Math.min(n - 1, n / 2 + random.nextInt(Math.max(1, n / 2))));
        String any = words.get(skewed(n, random));
        return switch (i % 9) {
            case 0 -> new Call("search", "search common word", "/api/search?q=" + encode(common));
            case 1 -> new Call("search", "search word", "/api/search?q=" + encode(middle));
            case 2 -> new Call("search", "search rare word", "/api/search?q=" + encode(rare));
            case 3 -> new Call("search", "search phrase", "/api/search?q=" + encode("\"" + pick(phrases, random) + "\""));
            case 4 -> new Call("search", "search two words", "/api/search?q=" + encode(any + " " + middle));
            case 5 -> months.isEmpty() ? new Call("search", "search word", "/api/search?q=" + encode(any))
                    : new Call("search", "search word+months", "/api/search?q=" + encode(any) + "&from=" + range(months, random));
            case 6 -> types.isEmpty() ? new Call("search", "search word", "/api/search?q=" + encode(any))
                    : new Call("search", "search word+type", "/api/search?q=" + encode(common) + "&type="
                    + encode(types.get(random.nextInt(types.size()))));
            case 7 -> types.isEmpty() ? new Call("search", "search all", "/api/search")
                    : new Call("search", "search type alone", "/api/search?type=" + encode(types.get(random.nextInt(types.size()))));
            default -> new Call("search", "search by date", "/api/search?q=" + encode(common) + "&sort=date&kind=article");
        };
    }

    /** "FROM&to=TO" over two sampled months, in order. */
    private static String range(List<String> months, Random random) {
        String a = pick(months, random);
        String b = pick(months, random);
        return (a.compareTo(b) <= 0 ? a + "&to=" + b : b + "&to=" + a);
    }

    /** An index biased to the front (the frequent end), spread over the whole list. */
    private static int skewed(int size, Random random) {
        return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), 3)));
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Makes every call on {@code clients} threads (each takes the next call), returning one sample per call. */
    private static List<Sample> measure(HttpClient client, URI base, List<Call> calls, int clients) {
        ConcurrentLinkedQueue<Call> queue = new ConcurrentLinkedQueue<>(calls);
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>(calls.size()));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    for (Call c = queue.poll(); c != null; c = queue.poll()) {
                        samples.add(request(client, base, c));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return samples;
    }

    /** One GET, timed from sending to the last byte of the body; anything but 200 is a failure of the benchmark. */
    private static Sample request(HttpClient client, URI base, Call call) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(call.path())).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                throw new IllegalStateException("GET " + call.path() + " answered " + response.statusCode() + ": "
                        + body.substring(0, Math.min(300, body.length())));
            }
            return new Sample(call, nanos, response.body().length);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + call.path() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    /** Prints the percentiles of a round per endpoint and per kind; returns those per endpoint. */
    private static Map<String, Latency> report(String round, List<Sample> samples, PrintStream log) {
        Map<String, List<Sample>> byEndpoint = new LinkedHashMap<>();
        ENDPOINTS.forEach(e -> byEndpoint.put(e, new ArrayList<>()));
        Map<String, List<Sample>> byKind = new java.util.TreeMap<>();
        for (Sample s : samples) {
            byEndpoint.get(s.call().endpoint()).add(s);
            byKind.computeIfAbsent(s.call().kind(), k -> new ArrayList<>()).add(s);
        }
        log.println("latency, " + round + ":");
        Map<String, Latency> out = new LinkedHashMap<>();
        byEndpoint.forEach((e, list) -> {
            Latency l = Latency.of(e, list);
            out.put(e, l);
            log.println(l.line());
        });
        log.println(" by kind:");
        byKind.forEach((k, list) -> log.println(Latency.of(k, list).line()));
        return out;
    }

    /** Counts the phases of the runner with their durations, printing a progress line now and then. */
    private static final class PhaseClock implements Reporter {
        private final PrintStream log;
        private final Map<String, Double> seconds = new ConcurrentHashMap<>();
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        PhaseClock(PrintStream log) {
            this.log = log;
        }

        double seconds(String phase) {
            return seconds.getOrDefault(phase, 0.0);
        }

        String phases() {
            return problems.isEmpty() ? "no problems" : problems.size() + " problems, first: " + problems.getFirst();
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void problem(String message) {
            problems.add(message);
        }

        @Override
        public Progress progress(String phase, long total) {
            long start = System.nanoTime();
            AtomicInteger done = new AtomicInteger();
            long[] last = {start};
            return new Progress() {
                @Override
                public void step() {
                    int d = done.incrementAndGet();
                    long now = System.nanoTime();
                    synchronized (last) {
                        if (now - last[0] > 30_000_000_000L) {
                            last[0] = now;
                            double s = (now - start) / 1e9;
                            log.printf(Locale.ROOT, "  %s: %d/%d in %.0f s (%.1f/s)%n", phase, d, total, s, d / s);
                        }
                    }
                }

                @Override
                public void close() {
                    double s = (System.nanoTime() - start) / 1e9;
                    seconds.merge(phase, s, Double::sum);
                    log.printf(Locale.ROOT, "  %s: %d steps in %.1f s%n", phase, done.get(), s);
                }
            };
        }
    }

    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "were", "are", "from",
            "this", "have", "has", "had", "not", "but", "they", "his", "her", "its", "their", "said", "which", "who",
            "been", "would", "will", "more", "than", "also", "after", "about", "into", "there", "when", "while",
            "what", "where", "could", "other");

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the benchmark for
        }
    }
}
