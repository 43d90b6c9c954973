package org.storyline.language.internal.numbers;

import java.util.List;
import org.storyline.language.Quantity;
import org.storyline.language.QuantityFinder;

/** Rule-based English quantity finder (placeholder until the rules land). */
public final class EnglishQuantities implements QuantityFinder {
    public static final EnglishQuantities INSTANCE = new EnglishQuantities();

    private EnglishQuantities() {
    }

    @Override
    public List<Quantity> find(String text) {
        return List.of();
    }
}
