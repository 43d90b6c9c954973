package org.storyline.model;

import java.util.Objects;

/**
 * A page's decoded text as it goes into the clean stage.
 *
 * @param url               the page's own URL when known (for files, null)
 * @param declaredTitle     a title the container declared (feed entry, JSONL record), or null
 * @param declaredPublished a publication date the container declared, or null
 */
public record Page(String document, String source, String url, Format format, String text, String charset,
                   String declaredTitle, PartialDate declaredPublished) {
    public Page {
        Checks.id(document, 'd', "page document");
        Checks.nonBlank(source, "page source");
        Objects.requireNonNull(format, "page format must not be null");
        Objects.requireNonNull(text, "page text must not be null");
        Checks.nonBlank(charset, "page charset");
    }

    /** The markup a page arrived in. */
    public enum Format { HTML, TEXT }
}
