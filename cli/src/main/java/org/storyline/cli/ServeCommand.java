package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.engine.IngestSummary;
import org.storyline.engine.LocalRunner;
import org.storyline.engine.Reporter;
import org.storyline.ingest.Ingest;
import org.storyline.ingest.Input;
import org.storyline.server.ApiServer;
import org.storyline.server.Ingestor;
import org.storyline.server.ServerOptions;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline serve}: the REST API and the web UI over the data directory, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the REST API (see /api/openapi.json) over the data directory.",
                "Read endpoints are open; ingest endpoints need the token, generated and printed at start unless --token is given."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; read endpoints are open to whoever reaches it).",
            defaultValue = "127.0.0.1")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8080")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--token", description = "Token the ingest endpoints require (at least 16 characters; default: a new random one).")
    String token;

    @Option(names = "--allow-private-urls", description = "Let URL ingest fetch loopback, private and link-local addresses.")
    boolean allowPrivateUrls;

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "Largest upload request (default: ${DEFAULT-VALUE}).",
            defaultValue = "64")
    long maxUploadMb = 64;

    @Option(names = "--threads", description = "Worker threads for processing (default: one per core).")
    int threads = LocalRunner.defaultThreads();

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(data.dir);
        Path staging = data.dir.resolve("staging");
        ServerOptions options = new ServerOptions(host, port, token, allowPrivateUrls, maxUploadMb << 20, 1000, staging);
        try (Store store = data.open()) {
            ApiServer server = ApiServer.start(store, ingestor(store, threads, allowPrivateUrls, maxUploadMb << 20), options);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "storyline-serve-stop"));
            System.out.println("serving " + server.uri() + " (API: " + server.uri() + "api/openapi.json)");
            System.out.println("ingest token: " + server.token());
            System.out.flush();
            stopped.await();
        }
        return Exit.OK;
    }

    /**
     * The engine behind the ingest endpoints: the local runner over the store ingests each job's uploads and URLs,
     * then processes what is pending, reporting to the job's progress. Inputs up to {@code maxBytes} (or the
     * ingest default, if larger) are accepted; URL ingest refuses private addresses unless {@code allowPrivateUrls}.
     */
    static Ingestor ingestor(Store store, int threads, boolean allowPrivateUrls, long maxBytes) {
        JobReporter reporter = new JobReporter();
        Ingest.Limits d = Ingest.Limits.DEFAULT;
        Ingest ingest = new Ingest(new Ingest.Limits(Math.max(maxBytes, d.maxBytes()), d.timeout(), d.hostDelay(),
                d.userAgent()), !allowPrivateUrls);
        LocalRunner runner = new LocalRunner(store, ingest, reporter, threads);
        return (submissions, progress) -> {
            reporter.job = progress;
            try {
                List<Input> inputs = new ArrayList<>();
                for (Ingestor.Submission s : submissions) {
                    inputs.add(switch (s) {
                        case Ingestor.Submission.Upload u -> new Input.File(u.file(), u.name());
                        case Ingestor.Submission.Url u -> new Input.Url(u.uri());
                    });
                }
                IngestSummary summary = runner.ingestInputs(inputs);
                progress.counts(summary.added(), summary.unchanged() + summary.duplicates(), summary.failed() + summary.rejected());
                runner.process();
            } finally {
                reporter.job = null;
            }
        };
    }

    /** Tells the running job what the runner does. */
    private static final class JobReporter implements Reporter {
        volatile Ingestor.Progress job;

        @Override
        public void info(String message) {
        }

        @Override
        public void problem(String message) {
            Ingestor.Progress j = job;
            if (j != null) {
                j.problem(message);
            }
        }

        @Override
        public Progress progress(String phase, long total) {
            Ingestor.Progress j = job;
            if (j != null) {
                j.stage(phase, total);
            }
            return new Progress() {
                @Override
                public void step() {
                    if (j != null) {
                        j.step();
                    }
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
