package org.storyline.model;

import java.util.Objects;

/**
 * A stretch of an article's clean text and the stretch of the decoded page it was read from: the clean stage
 * removes clutter, and segments keep every offset traceable to the raw page.
 *
 * @param text span in the article's text
 * @param raw  span in the page's decoded text (characters, not bytes)
 */
public record Segment(Span text, Span raw) {
    public Segment {
        Objects.requireNonNull(text, "segment text span must not be null");
        Objects.requireNonNull(raw, "segment raw span must not be null");
    }
}
