package org.storyline.cli;

import org.storyline.engine.LocalRunner;
import picocli.CommandLine.Option;

/** The {@code --threads N} option of commands that process documents. */
final class Threads {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer count;

    int resolve() {
        if (count != null && count < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new StorylineCommand()),
                    "--threads must be at least 1: " + count);
        }
        return count == null ? LocalRunner.defaultThreads() : count;
    }
}
