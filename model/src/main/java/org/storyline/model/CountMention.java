package org.storyline.model;

import java.util.Objects;

/** A number stated in an article's text, with its hedging and the noun it counts (or null). */
public record CountMention(String article, Span span, String text, long value, Event.Qualifier qualifier, String noun) {
    public CountMention {
        Checks.id(article, 'a', "count mention article");
        Objects.requireNonNull(span, "count mention span must not be null");
        Objects.requireNonNull(text, "count mention text must not be null");
        Objects.requireNonNull(qualifier, "count mention qualifier must not be null");
        if (value < 0) {
            throw new IllegalArgumentException("count must not be negative: " + value);
        }
    }
}
