package org.storyline.engine;

/** Where the engine tells a person what it is doing: one-line messages and progress. */
public interface Reporter {
    /** Something worth a line: an input added, unchanged, skipped. */
    void info(String message);

    /** A problem with one input or document; the message names it. */
    void problem(String message);

    /** Starts counting {@code total} steps of a phase ("ingest", "process"). */
    Progress progress(String phase, long total);

    /** Counts the steps of one phase. */
    interface Progress extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    /** Says nothing: for tests and embedding. */
    Reporter SILENT = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void problem(String message) {
        }

        @Override
        public Progress progress(String phase, long total) {
            return new Progress() {
                @Override
                public void step() {
                }

                @Override
                public void close() {
                }
            };
        }
    };
}
