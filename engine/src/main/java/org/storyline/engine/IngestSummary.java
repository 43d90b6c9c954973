package org.storyline.engine;

/**
 * What one ingest pass did.
 *
 * @param inputs     inputs read (files, URLs)
 * @param added      new documents stored
 * @param unchanged  inputs whose bytes were already ingested in full
 * @param duplicates pages whose bytes were already stored under another name
 * @param failed     inputs that could not be read (recorded for retry)
 * @param rejected   inputs read but unusable (empty, binary), and bad records inside archives
 */
public record IngestSummary(int inputs, int added, int unchanged, int duplicates, int failed, int rejected) {
    public IngestSummary plus(IngestSummary o) {
        return new IngestSummary(inputs + o.inputs, added + o.added, unchanged + o.unchanged, duplicates + o.duplicates,
                failed + o.failed, rejected + o.rejected);
    }

    public boolean clean() {
        return failed == 0 && rejected == 0;
    }
}
