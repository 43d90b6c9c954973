package org.storyline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.storyline.engine.IngestSummary;
import org.storyline.engine.LocalRunner;
import org.storyline.engine.PageExtractor;
import org.storyline.engine.ProcessSummary;
import org.storyline.engine.Reporter;
import org.storyline.ingest.Ingest;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.Input;
import org.storyline.ingest.PageSink;
import org.storyline.ingest.RawPage;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/**
 * End-to-end throughput on a real corpus, measured the way a user runs Storyline: whole pages per second over
 * several rounds after a warm-up round, and the peak heap the run needed.
 *
 * <p>Run it with {@code ./storyline bench extract ../shared/data/web/pages} (the clean stage alone, pages read into
 * memory first so the figure is the stage's) or {@code ./storyline bench run ../shared/data/web/pages} (ingest and
 * process into a fresh store in a temporary directory, as {@code storyline run} does).
 */
public final class Throughput {
    private Throughput() {
    }

    /** Pages per second of each measured round, and the peak heap used. */
    public record Result(String what, int pages, List<Double> pagesPerSecond, long peakHeapBytes) {
        public double best() {
            return pagesPerSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        public double median() {
            List<Double> sorted = pagesPerSecond.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    /** The clean stage alone over every page of the inputs, on {@code threads} threads. */
    public static Result extract(List<String> inputs, int threads, int rounds) {
        List<RawPage> pages = load(inputs);
        PageExtractor extractor = new PageExtractor();
        List<Double> rates = new ArrayList<>();
        resetPeaks();
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (RawPage page : pages) {
                    futures.add(pool.submit(() -> {
                        try {
                            extractor.extract(page.source(), page.url(), page.bytes(), page.contentType());
                        } catch (IllegalArgumentException e) {
                            // not a page: counted like any other, as extract would report it
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round > 0) {
                rates.add(pages.size() / seconds);
            }
        }
        return new Result("extract", pages.size(), rates, Heap.peak());
    }

    /** Tokens per second of the language stage, its model load time, and the peak heap. */
    public record LanguageResult(int articles, long tokens, double loadSeconds, List<Double> tokensPerSecond, long peakHeapBytes) {
        public double median() {
            List<Double> sorted = tokensPerSecond.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    /** The language stage alone (names, times, counts) over the clean dispatches of every page of the inputs. */
    public static LanguageResult language(List<String> inputs, int threads, int rounds) {
        PageExtractor extractor = new PageExtractor();
        List<String> texts = new ArrayList<>();
        for (RawPage page : load(inputs)) {
            try {
                extractor.extract(page.source(), page.url(), page.bytes(), page.contentType()).cleaned().dispatches()
                        .forEach(d -> texts.add(d.text()));
            } catch (IllegalArgumentException e) {
                // not a page
            }
        }
        resetPeaks();
        long loading = System.nanoTime();
        org.storyline.language.Language language = org.storyline.language.Language.shared();
        double load = (System.nanoTime() - loading) / 1e9;
        List<Double> rates = new ArrayList<>();
        long tokens = 0;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (String text : texts) {
                    futures.add(pool.submit(() -> count.addAndGet(language.annotate(text, null).tokenCount())));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            tokens = count.get();
            if (round > 0) {
                rates.add(tokens / seconds);
            }
        }
        return new LanguageResult(texts.size(), tokens, load, rates, Heap.peak());
    }

    /** Ingest and process every input into a fresh embedded store, {@code rounds} times (each on a new store). */
    public static Result run(List<String> inputs, int threads, int rounds) {
        List<Double> rates = new ArrayList<>();
        int pages = 0;
        resetPeaks();
        for (int round = 0; round <= rounds; round++) {
            Path dir = tempDir();
            try (Store store = Stores.embedded(dir)) {
                LocalRunner runner = new LocalRunner(store, Ingest.withDefaults(), Reporter.SILENT, threads);
                long start = System.nanoTime();
                IngestSummary ingested = runner.ingest(inputs);
                ProcessSummary processed = runner.process();
                double seconds = (System.nanoTime() - start) / 1e9;
                pages = ingested.added();
                if (round > 0) {
                    rates.add(processed.processed() / seconds);
                }
            } finally {
                delete(dir);
            }
        }
        return new Result("run", pages, rates, Heap.peak());
    }

    private static List<RawPage> load(List<String> inputs) {
        Ingest ingest = Ingest.withDefaults();
        List<RawPage> pages = new ArrayList<>();
        for (Input input : ingest.inputs(inputs, e -> { })) {
            try {
                ingest.unpack(ingest.receive(input), new PageSink() {
                    @Override
                    public void page(RawPage page) {
                        pages.add(page);
                    }

                    @Override
                    public void problem(String message) {
                    }
                });
            } catch (IngestException e) {
                // unreadable inputs are not part of the measured corpus
            }
        }
        return pages;
    }

    private static void resetPeaks() {
        System.gc();
        Heap.resetPeaks();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("storyline-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the benchmark for
        }
    }
}
