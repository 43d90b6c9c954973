package org.storyline.engine;

/** What one processing pass did: documents processed and failed, and how long it took. */
public record ProcessSummary(int processed, int failed, long articles, double seconds) {
    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : processed / seconds;
    }
}
