package org.storyline.language;

import java.util.List;

/** Finds stated numbers ("at least four", "17", "dozens", "more than 2,600", "nine of which") in a text. Thread-safe. */
public interface QuantityFinder {
    /** The quantities of a text, in order, without overlaps. */
    List<Quantity> find(String text);

    /** The finder of this module (our own rules for English). */
    static QuantityFinder english() {
        return org.storyline.language.internal.numbers.EnglishQuantities.INSTANCE;
    }
}
