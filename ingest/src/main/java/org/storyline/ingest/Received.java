package org.storyline.ingest;

import java.util.Objects;

/**
 * The raw bytes of one input exactly as received, before anything is done to them.
 *
 * @param contentType the HTTP Content-Type header, or null for files
 * @param url         the final URL after redirects, or null for files
 */
public record Received(String source, byte[] bytes, String contentType, String url) {
    public Received {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
    }
}
