package org.storyline.model;

import java.util.Objects;

/** A name found in an article's text, with the kind of thing it names. */
public record NameMention(String article, Span span, String text, EntityType type) {
    public NameMention {
        Checks.id(article, 'a', "name mention article");
        Objects.requireNonNull(span, "name mention span must not be null");
        Objects.requireNonNull(text, "name mention text must not be null");
        Objects.requireNonNull(type, "name mention type must not be null");
    }
}
