package org.storyline.ingest;

import java.util.Locale;

/** What a run of bytes holds, as told by its content (the file name is only a hint). */
public enum Format {
    EMPTY, GZIP, WARC, JSONL, FEED, HTML, TEXT, BINARY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the bytes are one readable page rather than a container of pages. */
    public boolean isPage() {
        return this == HTML || this == TEXT;
    }
}
