package org.storyline.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.engine.internal.DocumentPipeline;
import org.storyline.ingest.Ingest;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.Input;
import org.storyline.ingest.PageSink;
import org.storyline.ingest.RawPage;
import org.storyline.ingest.Received;
import org.storyline.model.Diagnostic;
import org.storyline.store.Store;

/**
 * Runs the stages on this machine: ingest stores every input's raw bytes first, then the pending documents go
 * through the pipeline on all cores.
 *
 * <p>Resumable by construction: the store is the only state. A run killed at any point and started again finds
 * the inputs already kept (their bytes are a no-op), and processes only the documents still pending.
 */
public final class LocalRunner {
    /** A document that failed this often is left alone by {@link #process()} until {@link #retry} is asked. */
    public static final int MAX_ATTEMPTS = 3;
    private static final int BATCH = 256;
    /**
     * Design decision: the search index is committed every ten seconds, not every batch; commits cost fsyncs, and a
     * killed run loses nothing by it, as the store re-indexes processed documents the index never saw.
     */
    private static final long COMMIT_INTERVAL_NANOS = 10_000_000_000L;

    private final Store store;
    private final Ingest ingest;
    private final Reporter reporter;
    private final int threads;
    private DocumentPipeline pipeline;

    public LocalRunner(Store store, Ingest ingest, Reporter reporter, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.store = store;
        this.ingest = ingest;
        this.reporter = reporter;
        this.threads = threads;
    }

    /** Reads and keeps every input the names stand for; what cannot be read is recorded and reported. */
    public IngestSummary ingest(List<String> names) {
        int[] missing = {0};
        List<Input> inputs = ingest.inputs(names, e -> {
            missing[0]++;
            store.fail(e.source(), "ingest", e.getMessage());
            reporter.problem(e.getMessage());
        });
        return ingestInputs(inputs).plus(new IngestSummary(missing[0], 0, 0, 0, missing[0], 0));
    }

    /** Reads and keeps every input; what cannot be read is recorded and reported. */
    public IngestSummary ingestInputs(List<Input> inputs) {
        IngestSummary summary = new IngestSummary(0, 0, 0, 0, 0, 0);
        try (Reporter.Progress progress = reporter.progress("ingest", inputs.size())) {
            for (Input input : inputs) {
                summary = summary.plus(ingestOne(input));
                progress.step();
            }
        }
        return summary;
    }

    private IngestSummary ingestOne(Input input) {
        Received received;
        try {
            received = ingest.receive(input);
        } catch (IngestException e) {
            store.fail(input.source(), "ingest", e.getMessage());
            reporter.problem(e.getMessage());
            return new IngestSummary(1, 0, 0, 0, 1, 0);
        }
        store.clearFailure(input.source());
        Store.InputReceipt receipt = store.receive(input.source(), received.bytes());
        if (receipt.alreadyComplete()) {
            reporter.info(input.source() + ": unchanged, same bytes already ingested"
                    + (receipt.firstSource().equals(input.source()) ? "" : " as " + receipt.firstSource()));
            return new IngestSummary(1, 0, 1, 0, 0, 0);
        }
        AtomicInteger added = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        PageSink sink = new PageSink() {
            @Override
            public void page(RawPage page) {
                Store.Admission admission = store.admit(new Store.NewDocument(page.source(), page.url(), page.bytes(),
                        page.contentType(), page.format().label(), page.title(), page.published(), receipt.sha256()));
                if (admission.added()) {
                    added.incrementAndGet();
                } else {
                    duplicates.incrementAndGet();
                    reporter.info(page.source() + ": same bytes already stored as " + admission.documentId()
                            + (admission.existingSource().equals(page.source()) ? "" : " from " + admission.existingSource()));
                }
            }

            @Override
            public void problem(String message) {
                rejected.incrementAndGet();
                store.note(Diagnostic.warning(null, input.source(), "ingest", message));
                reporter.problem(message);
            }

            @Override
            public void note(String message) {
                reporter.info(message);
            }
        };
        String format;
        try {
            format = ingest.unpack(received, sink).label();
        } catch (IngestException e) {
            rejected.incrementAndGet();
            store.note(Diagnostic.error(null, input.source(), "ingest", e.getMessage()));
            reporter.problem(e.getMessage());
            format = "rejected";
        } catch (RuntimeException e) {
            rejected.incrementAndGet();
            String message = input.source() + ": cannot be unpacked: " + e;
            store.note(Diagnostic.error(null, input.source(), "ingest", message));
            reporter.problem(message);
            format = "rejected";
        }
        store.unpacked(receipt.sha256(), format, added.get() + duplicates.get());
        return new IngestSummary(1, added.get(), 0, duplicates.get(), 0, rejected.get());
    }

    /** Processes every pending document, and failed ones below {@link #MAX_ATTEMPTS}. */
    public ProcessSummary process() {
        return process(MAX_ATTEMPTS);
    }

    /** Reads again every input that failed, and processes failed documents once more whatever their attempts. */
    public IngestSummary retry() {
        List<String> sources = store.failures().stream().map(Store.Failure::source).toList();
        if (sources.isEmpty()) {
            reporter.info("no failed inputs to retry");
            return new IngestSummary(0, 0, 0, 0, 0, 0);
        }
        return ingest(sources);
    }

    public ProcessSummary process(int maxAttempts) {
        long started = System.nanoTime();
        int total = store.pending(Integer.MAX_VALUE, maxAttempts).size();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong articles = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storyline-worker");
            t.setDaemon(true);
            return t;
        });
        java.util.Set<String> seen = new java.util.HashSet<>();
        long lastCommit = System.nanoTime();
        try (Reporter.Progress progress = reporter.progress("process", total)) {
            while (true) {
                List<Store.PendingDocument> batch = store.pending(BATCH, maxAttempts).stream()
                        .filter(d -> !seen.contains(d.id())).toList();
                if (batch.isEmpty()) {
                    break;
                }
                List<Future<?>> futures = new ArrayList<>();
                for (Store.PendingDocument doc : batch) {
                    seen.add(doc.id());
                    futures.add(pool.submit(() -> {
                        if (processOne(doc, articles)) {
                            processed.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                        progress.step();
                    }));
                }
                for (Future<?> f : futures) {
                    await(f);
                }
                if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
                    store.commit();
                    lastCommit = System.nanoTime();
                }
            }
            store.commit();
        } finally {
            pool.shutdownNow();
        }
        if (processed.get() > 0 || failed.get() > 0 || store.corpus().equals(Store.Corpus.EMPTY)) {
            corpus();
        }
        return new ProcessSummary(processed.get(), failed.get(), articles.get(), (System.nanoTime() - started) / 1e9);
    }

    /** Runs the corpus-wide stages (entities, links, stories) over everything processed, and saves the result. */
    public void corpus() {
        try (Reporter.Progress progress = reporter.progress("corpus", 1)) {
            store.saveCorpus(new org.storyline.engine.internal.CorpusPass().build(store));
            progress.step();
        }
    }

    private boolean processOne(Store.PendingDocument doc, AtomicLong articles) {
        try {
            DocumentPipeline.Result result = pipeline().process(doc, store.raw(doc.sha256()));
            store.saveProcessed(result.document(), result.articles(), result.annotations(), result.extraction(), result.diagnostics());
            articles.addAndGet(result.articles().size());
            return true;
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            String message = doc.source() + ": processing failed (attempt " + (doc.attempts() + 1) + "): " + e;
            store.saveFailed(doc.id(), Diagnostic.error(doc.id(), doc.source(), "process", message));
            reporter.problem(message);
            return false;
        }
    }

    /** The pipeline, with the language models loaded on first need (ingest alone never loads them). */
    private synchronized DocumentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new DocumentPipeline(org.storyline.language.Language.shared());
        }
        return pipeline;
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** The number of worker threads: one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
