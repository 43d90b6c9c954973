package org.storyline.cli;

import java.util.concurrent.Callable;
import org.storyline.engine.IngestSummary;
import org.storyline.engine.LocalRunner;
import org.storyline.engine.ProcessSummary;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storyline retry}: try failed inputs and documents again. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Read every failed input again (unreachable URLs, unreadable files) and process failed documents once more.")
final class RetryCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Mixin
    Threads threads;

    @Mixin
    Runs runs;

    @Override
    public Integer call() {
        try (Store store = data.open()) {
            LocalRunner runner = runs.runner(store, threads.resolve());
            IngestSummary ingested = runner.retry();
            Runs.print(System.out, ingested);
            ProcessSummary processed = runner.process(Integer.MAX_VALUE);
            Runs.print(System.out, processed);
            return Runs.exit(ingested, processed);
        }
    }
}
