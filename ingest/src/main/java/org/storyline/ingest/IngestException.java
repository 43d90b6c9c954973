package org.storyline.ingest;

/** An input that could not be read at all: the message names the input and says why. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;

    public IngestException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    /** The input as the user named it. */
    public String source() {
        return source;
    }
}
