package org.storyline.model;

import java.util.List;

/** One dossier fact about an entity ("role": "deputy head of the GRU") with the articles that state it. */
public record Attribute(String key, String value, List<String> sources) {
    public Attribute {
        Checks.nonBlank(key, "attribute key");
        Checks.nonBlank(value, "attribute value");
        sources = Checks.list(sources, "attribute sources");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("attribute " + key + "=" + value + " needs at least one source");
        }
    }
}
