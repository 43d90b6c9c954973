package org.storyline.cli;

import picocli.CommandLine;

/** Entry point of the {@code storyline} command. */
public final class Main {
    /** Held so the level sticks: Lucene warns on JDKs newer than it knows, which users cannot act on. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (see {@link Exit}). */
    public static int run(String... args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("storyline " + commandLine.getCommandName() + ": error: " + message(e));
            if (Boolean.getBoolean("storyline.trace")) {
                e.printStackTrace(commandLine.getErr());
            }
            return Exit.FATAL;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
