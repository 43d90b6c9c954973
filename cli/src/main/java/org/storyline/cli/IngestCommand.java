package org.storyline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.engine.IngestSummary;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline ingest}: keep the raw bytes, process later. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Store the raw bytes of the given inputs without processing them (run processes them).")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, folders, archives, feeds, http(s) URLs.")
    List<String> inputs;

    @Mixin
    DataDir data;

    @Mixin
    Runs runs;

    @Override
    public Integer call() {
        try (Store store = data.open()) {
            IngestSummary summary = runs.runner(store, 1).ingest(inputs);
            Runs.print(System.out, summary);
            return Runs.exit(summary, null);
        }
    }
}
