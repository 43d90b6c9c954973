package org.storyline.cli;

/** Exit codes scripts can rely on. */
final class Exit {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** Done, but some inputs or documents failed; each is recorded and shown by {@code storyline status}. */
    static final int PARTIAL = 1;
    /** The command line was wrong (picocli's usage error code). */
    static final int USAGE = 2;
    /** Nothing could be done: the store or an output could not be opened. */
    static final int FATAL = 3;

    private Exit() {
    }
}
