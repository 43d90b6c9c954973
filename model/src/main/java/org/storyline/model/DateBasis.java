package org.storyline.model;

import java.util.Locale;

/**
 * Why a date has its value: stated in the text, taken from the document, inferred, resolved relative to an
 * anchor, or unknown.
 */
public enum DateBasis {
    STATED, DOCUMENT, INFERRED, RELATIVE, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateBasis parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
