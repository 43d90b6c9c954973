package org.storyline.model;

import java.util.List;
import java.util.Objects;

/** Argument checks for the records' compact constructors; each message names the value and the rule. */
final class Checks {
    private Checks() {
    }

    static String id(String value, char prefix, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        if (value.length() < 2 || value.charAt(0) != prefix) {
            throw new IllegalArgumentException(what + " must start with '" + prefix + "' and not be empty: " + value);
        }
        return value;
    }

    static String nonBlank(String value, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String what) {
        Objects.requireNonNull(values, what + " must not be null (use an empty list)");
        return List.copyOf(values);
    }

    static int notNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }
}
