package org.storyline.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.server.Ingestor;

/** Ingest jobs run one at a time on a background thread; each tells its progress until it ends. */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final int MAX_PROBLEMS = 100;
    private static final int KEPT = 200;

    private final Ingestor ingestor;
    private final Runnable afterEach;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storyline-ingest-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** @param afterEach run after every job, done or failed (the server refreshes its snapshot there) */
    public Jobs(Ingestor ingestor, Runnable afterEach) {
        this.ingestor = ingestor;
        this.afterEach = afterEach;
    }

    /** Queues a job; staged upload files are deleted when it ends. */
    public synchronized Job submit(String kind, List<Ingestor.Submission> inputs, Path staged) {
        Job job = new Job("j" + ids.incrementAndGet(), kind, inputs.stream().map(Ingestor.Submission::name).toList());
        jobs.put(job.id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        worker.submit(() -> run(job, inputs, staged));
        return job;
    }

    public synchronized List<Job> all() {
        List<Job> out = new ArrayList<>(jobs.values());
        out.sort(Comparator.comparing((Job j) -> Integer.parseInt(j.id.substring(1))).reversed());
        return out;
    }

    public synchronized Job get(String id) {
        return jobs.get(id);
    }

    /** Whether any job is queued or running. */
    public synchronized boolean busy() {
        return jobs.values().stream().anyMatch(j -> !j.ended());
    }

    private void run(Job job, List<Ingestor.Submission> inputs, Path staged) {
        job.begin();
        try {
            ingestor.ingest(inputs, job);
            job.end("done", null);
        } catch (Exception | LinkageError e) {
            LOG.warn("ingest job {} failed", job.id, e);
            job.end("failed", e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (staged != null) {
                Staging.delete(staged);
            }
            try {
                afterEach.run();
            } catch (RuntimeException e) {
                LOG.warn("refresh after job {} failed", job.id, e);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One ingest job and its progress; safe to read while it runs. */
    public static final class Job implements Ingestor.Progress {
        final String id;
        final String kind;
        final List<String> inputs;
        private String state = "queued";
        private String stage;
        private long done;
        private long total;
        private int added;
        private int duplicates;
        private int failed;
        private final List<String> problems = new ArrayList<>();
        private int moreProblems;
        private String started;
        private String finished;
        private String error;

        Job(String id, String kind, List<String> inputs) {
            this.id = id;
            this.kind = kind;
            this.inputs = List.copyOf(inputs);
        }

        public String id() {
            return id;
        }

        synchronized void begin() {
            state = "ingesting";
            started = Instant.now().toString();
        }

        synchronized void end(String finalState, String message) {
            state = finalState;
            error = message;
            finished = Instant.now().toString();
        }

        synchronized boolean ended() {
            return finished != null;
        }

        public synchronized String state() {
            return state;
        }

        @Override
        public synchronized void stage(String name, long steps) {
            stage = name;
            state = switch (name) {
                case "ingest" -> "ingesting";
                case "process" -> "processing";
                case "corpus" -> "corpus";
                default -> state;
            };
            done = 0;
            total = steps;
        }

        @Override
        public synchronized void step() {
            done++;
        }

        @Override
        public synchronized void problem(String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(message);
            } else {
                moreProblems++;
            }
        }

        @Override
        public synchronized void counts(int newDocuments, int sameBytes, int failedInputs) {
            added += newDocuments;
            duplicates += sameBytes;
            failed += failedInputs;
        }

        synchronized void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("kind", kind);
            Reading.strings(g, "inputs", inputs);
            g.writeStringField("state", state);
            g.writeStringField("stage", stage);
            g.writeNumberField("done", done);
            g.writeNumberField("total", total);
            g.writeNumberField("added", added);
            g.writeNumberField("duplicates", duplicates);
            g.writeNumberField("failed", failed);
            Reading.strings(g, "problems", problems);
            g.writeNumberField("more_problems", moreProblems);
            g.writeStringField("error", error);
            g.writeStringField("started", started);
            g.writeStringField("finished", finished);
            g.writeEndObject();
        }
    }
}
