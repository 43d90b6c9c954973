package org.storyline.cli;

import java.io.PrintStream;
import java.util.List;
import org.storyline.engine.IngestSummary;
import org.storyline.engine.LocalRunner;
import org.storyline.engine.ProcessSummary;
import org.storyline.ingest.Ingest;
import org.storyline.store.Store;
import picocli.CommandLine.Option;

/** Options and summaries shared by the commands that ingest and process (run, ingest, retry). */
final class Runs {
    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary.")
    boolean quiet;

    @Option(names = "--max-mb", paramLabel = "MB", description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).",
            defaultValue = "256")
    long maxMb = 256;

    LocalRunner runner(Store store, int threads) {
        Ingest.Limits defaults = Ingest.Limits.DEFAULT;
        Ingest ingest = new Ingest(new Ingest.Limits(maxMb << 20, defaults.timeout(), defaults.hostDelay(), defaults.userAgent()));
        return new LocalRunner(store, ingest, new TerminalReporter(System.err, TerminalReporter.stderrIsTerminal(), quiet), threads);
    }

    static void print(PrintStream out, IngestSummary s) {
        out.printf("ingest: %d input%s, %d new document%s, %d unchanged, %d duplicate%s, %d failed, %d rejected%n",
                s.inputs(), plural(s.inputs()), s.added(), plural(s.added()), s.unchanged(), s.duplicates(),
                plural(s.duplicates()), s.failed(), s.rejected());
    }

    static void print(PrintStream out, ProcessSummary s) {
        out.printf("process: %d document%s in %.1f s (%.1f/s), %d article%s, %d failed%n", s.processed(), plural(s.processed()),
                s.seconds(), s.documentsPerSecond(), s.articles(), plural((int) s.articles()), s.failed());
    }

    static int exit(IngestSummary ingest, ProcessSummary process) {
        boolean clean = (ingest == null || ingest.clean()) && (process == null || process.failed() == 0);
        return clean ? Exit.OK : Exit.PARTIAL;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
