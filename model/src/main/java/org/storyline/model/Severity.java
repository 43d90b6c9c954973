package org.storyline.model;

/** How bad a {@link Diagnostic} is: a warning keeps the document usable, an error means a stage gave up on it. */
public enum Severity {
    WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
