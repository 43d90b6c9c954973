package org.storyline.language;

import java.util.Objects;
import org.storyline.model.Span;

/** A named entity mention found in a text: who or what it names, and of which kind. */
public record Name(Span span, String text, Type type) {
    public Name {
        Objects.requireNonNull(span, "name span must not be null");
        Objects.requireNonNull(text, "name text must not be null");
        Objects.requireNonNull(type, "name type must not be null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("name text must be as long as its span: text=" + text + ", span=" + span);
        }
    }

    /**
     * Kinds of name: people, organisations, places, groups of people by nationality, religion or politics
     * ("Russian", "Ukrainians"), and other names (events, laws, products).
     */
    public enum Type { PERSON, ORGANIZATION, PLACE, GROUP, MISC }
}
