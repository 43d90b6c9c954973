package org.storyline.model;

import java.util.Objects;

/** A stretch of an article's text that names something. */
public record Mention(String article, Span span, String text) {
    public Mention {
        Checks.id(article, 'a', "mention article");
        Objects.requireNonNull(span, "mention span must not be null");
        Objects.requireNonNull(text, "mention text must not be null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text length must equal its span's: text=" + text + ", span=" + span);
        }
    }
}
