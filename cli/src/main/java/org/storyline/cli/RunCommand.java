package org.storyline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.engine.IngestSummary;
import org.storyline.engine.LocalRunner;
import org.storyline.engine.ProcessSummary;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline run}: ingest, then process everything pending. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest the given files, folders and URLs, then process every pending document.",
                "Resumable: run it again after an interruption and only what is missing is done."})
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH|URL", arity = "0..*",
            description = "Files, folders (recursive), .gz, .warc[.gz], .jsonl, RSS/Atom feeds, http(s) URLs.")
    List<String> inputs;

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
            IngestSummary ingested = runner.ingest(Runs.orEmpty(inputs));
            Runs.print(System.out, ingested);
            ProcessSummary processed = runner.process();
            Runs.print(System.out, processed);
            return Runs.exit(ingested, processed);
        }
    }
}
