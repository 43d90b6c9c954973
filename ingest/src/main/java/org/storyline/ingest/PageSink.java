package org.storyline.ingest;

/** Receives the pages found in one input, and what went wrong with single records of it. */
public interface PageSink {
    void page(RawPage page);

    /** A record that could not become a page; the message names it. */
    void problem(String message);

    /** Something worth telling that is not a problem (records skipped by design). */
    default void note(String message) {
    }
}
