package org.storyline.language;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Span;

/** A sentence of a text and its tokens, as spans of the text. */
public record Sentence(Span span, List<Span> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "sentence span must not be null");
        tokens = List.copyOf(tokens);
        for (Span t : tokens) {
            if (!span.contains(t)) {
                throw new IllegalArgumentException("token " + t + " lies outside its sentence " + span);
            }
        }
    }
}
