package org.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.storyline.clean.Cleaned;
import org.storyline.clean.Dispatch;
import org.storyline.engine.PageExtractor;

/**
 * Scores the clean stage on web pages: main-text extraction as in trafilatura's evaluation (each page lists
 * snippets the text must contain and boilerplate it must not; precision, recall and F1 over all snippets), and
 * publication dates as in htmldate's (share of pages whose found day equals the gold day).
 */
public final class WebEval {
    private final PageExtractor extractor = new PageExtractor();
    private final Path pages;
    private final int threads;

    /** @param pages folder holding each page as NAME or NAME.gz */
    public WebEval(Path pages, int threads) {
        this.pages = pages;
        this.threads = threads;
    }

    /** One page's content score: snippets found and missed, boilerplate kept and dropped. */
    public record PageScore(String url, String file, String method, int truePositives, int falseNegatives, int falsePositives,
                            int trueNegatives, List<String> missed, List<String> kept) {
        int errors() {
            return falseNegatives + falsePositives;
        }
    }

    /** Totals and F1 over all pages. */
    public record ContentResult(List<PageScore> pages) {
        public int tp() {
            return pages.stream().mapToInt(PageScore::truePositives).sum();
        }

        public int fn() {
            return pages.stream().mapToInt(PageScore::falseNegatives).sum();
        }

        public int fp() {
            return pages.stream().mapToInt(PageScore::falsePositives).sum();
        }

        public int tn() {
            return pages.stream().mapToInt(PageScore::trueNegatives).sum();
        }

        public double precision() {
            return tp() + fp() == 0 ? 0 : (double) tp() / (tp() + fp());
        }

        public double recall() {
            return tp() + fn() == 0 ? 0 : (double) tp() / (tp() + fn());
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public List<PageScore> worst(int n) {
            return pages.stream().sorted(Comparator.comparingInt(PageScore::errors).reversed()).limit(n).toList();
        }
    }

    /** One page's date: the gold day, what was found (or null), and whether they agree. */
    public record DateScore(String url, String file, String gold, String found) {
        public boolean correct() {
            return found != null && found.startsWith(gold);
        }
    }

    /** Accuracy over all dated pages. */
    public record DateResult(List<DateScore> pages) {
        public double accuracy() {
            return pages.isEmpty() ? 0 : (double) pages.stream().filter(DateScore::correct).count() / pages.size();
        }

        public long found() {
            return pages.stream().filter(p -> p.found() != null).count();
        }
    }

    public ContentResult content(Path contentJson) {
        return new ContentResult(parallel(read(contentJson), (url, entry) -> {
            String file = entry.get("file").asText();
            Cleaned cleaned = clean(url, file);
            String text = cleaned == null ? null
                    : cleaned.dispatches().stream().map(Dispatch::text).collect(Collectors.joining("\n\n"));
            List<String> missed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            int tp = 0;
            int tn = 0;
            for (JsonNode with : entry.path("with")) {
                if (text != null && text.contains(with.asText())) {
                    tp++;
                } else {
                    missed.add(with.asText());
                }
            }
            for (JsonNode without : entry.path("without")) {
                if (text != null && text.contains(without.asText())) {
                    kept.add(without.asText());
                } else {
                    tn++;
                }
            }
            return new PageScore(url, file, cleaned == null ? "failed" : cleaned.method(), tp, missed.size(), kept.size(), tn, missed, kept);
        }));
    }

    public DateResult dates(Path datesJson) {
        return new DateResult(parallel(read(datesJson), (url, entry) -> {
            String file = entry.get("file").asText();
            Cleaned cleaned = clean(url, file);
            String found = cleaned == null || cleaned.published() == null ? null : cleaned.published().value();
            return new DateScore(url, file, entry.get("date").asText(), found);
        }));
    }

    private Cleaned clean(String url, String file) {
        try {
            return extractor.extract(file, url, bytes(file), null).cleaned();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] bytes(String file) {
        Path plain = pages.resolve(file);
        Path gz = pages.resolve(file + ".gz");
        try {
            if (Files.exists(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + file + " in " + pages + ": " + e.getMessage(), e);
        }
    }

    private static List<Map.Entry<String, JsonNode>> read(Path json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                entries.add(it.next());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json + ": " + e.getMessage(), e);
        }
    }

    private interface Scorer<T> {
        T score(String url, JsonNode entry);
    }

    private <T> List<T> parallel(List<Map.Entry<String, JsonNode>> entries, Scorer<T> scorer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : entries) {
                futures.add(pool.submit(() -> scorer.score(e.getKey(), e.getValue())));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
