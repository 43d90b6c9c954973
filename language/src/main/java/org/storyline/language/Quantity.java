package org.storyline.language;

import java.util.Objects;
import org.storyline.model.Event;
import org.storyline.model.Span;

/**
 * A number the text states, with its own hedging and the noun it counts: "at least four people" is 4, at_least,
 * "people".
 *
 * @param span  the whole expression, qualifier words included ("at least four")
 * @param noun  the counted noun as written ("people", "drones"), or null when none follows
 * @param nounSpan where the noun is, or null
 */
public record Quantity(Span span, String text, long value, Event.Qualifier qualifier, String noun, Span nounSpan) {
    public Quantity {
        Objects.requireNonNull(span, "quantity span must not be null");
        Objects.requireNonNull(text, "quantity text must not be null");
        Objects.requireNonNull(qualifier, "quantity qualifier must not be null");
        if (value < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + value);
        }
        if ((noun == null) != (nounSpan == null)) {
            throw new IllegalArgumentException("quantity noun and noun span go together: noun=" + noun + ", span=" + nounSpan);
        }
    }
}
