package org.storyline.model;

import java.util.Objects;

/**
 * Where a fact came from: a span of an article's clean text and the stage that read it there.
 */
public record Provenance(String article, Span span, String stage) {
    public Provenance {
        Checks.id(article, 'a', "provenance article");
        Objects.requireNonNull(span, "provenance span must not be null");
        Checks.nonBlank(stage, "provenance stage");
    }
}
