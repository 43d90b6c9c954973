package org.storyline.cli;

import picocli.CommandLine.Command;

/** The top-level {@code storyline} command. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "Turns raw news pages from many outlets into a sourced record of what happened.",
        subcommands = {RunCommand.class, IngestCommand.class, RetryCommand.class, StatusCommand.class, ExportCommand.class,
                ExtractCommand.class, EntityCommand.class, TimelineCommand.class, StoryCommand.class, EvalCommand.class,
                BenchCommand.class, ServeCommand.class, QueryCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done; 1 done, but some inputs or documents failed (see status);",
                "2 wrong command line; 3 nothing could be done (store or output unavailable)."})
final class StorylineCommand {
}
