package org.storyline.clean.internal;

import java.util.Objects;

/**
 * One block of a page's main text (a paragraph, heading, list item…) with the stretch of the decoded page it was
 * read from, so that clean text maps back to the raw page.
 *
 * @param rawStart offset of the block's first character in the decoded page, or -1 when unknown
 * @param rawEnd   offset just past its last character, or -1 when unknown
 */
public record Block(Kind kind, String text, int rawStart, int rawEnd) {
    public Block {
        Objects.requireNonNull(kind, "block kind must not be null");
        Objects.requireNonNull(text, "block text must not be null");
        if (rawStart > rawEnd) {
            throw new IllegalArgumentException("block raw start must not be larger than end: start=" + rawStart + ", end=" + rawEnd);
        }
    }

    /** What sort of block. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, QUOTE, PREFORMATTED, TABLE_CELL }
}
