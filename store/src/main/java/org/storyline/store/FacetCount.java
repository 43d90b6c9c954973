package org.storyline.store;

import java.util.Objects;

/**
 * How many matches share one value of a facet.
 *
 * @param value what a filter takes ("strike", "UA", an entity id, "2026-02")
 * @param label what to show ("strike", "Ukraine", the entity's name, "Feb 2026" for the month "2026-02")
 */
public record FacetCount(String value, String label, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "facet value must not be null");
        label = label == null ? value : label;
        if (count < 0) {
            throw new IllegalArgumentException("facet count must not be negative: " + value + "=" + count);
        }
    }
}
