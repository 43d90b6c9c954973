package org.storyline.ingest;

import java.util.Objects;
import org.storyline.model.PartialDate;

/**
 * One page's raw bytes found in an input: the input itself, or one record of a WARC, JSONL file or feed.
 *
 * @param source      what the export names the page by: the file path, or the record's URL
 * @param contentType a declared Content-Type (HTTP header or WARC payload header), or null
 * @param format      what the bytes hold, sniffed from the content
 */
public record RawPage(String source, String url, byte[] bytes, String contentType, Format format, String title,
                      PartialDate published) {
    public RawPage {
        Objects.requireNonNull(source, "page source must not be null");
        Objects.requireNonNull(bytes, "page bytes must not be null");
        Objects.requireNonNull(format, "page format must not be null");
    }
}
