package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One ingested page or file: the raw bytes (by hash), where they came from, and what the clean stage read off
 * the page as a whole.
 *
 * @param source    path or URL as the user gave it (for records of an archive, the record's URL)
 * @param sha256    hex SHA-256 of the raw bytes kept in the store
 * @param published as precise as the page states it, or null
 * @param articles  ids of the dispatches found in it, in page order
 */
public record Document(String id, String source, String sha256, String title, PartialDate published,
                       String outlet, String byline, String language, List<String> articles) {
    public Document {
        Checks.id(id, 'd', "document id");
        Checks.nonBlank(source, "document source");
        Objects.requireNonNull(sha256, "document sha256 must not be null");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("document sha256 must be 64 lower-case hex digits: " + sha256);
        }
        articles = Checks.list(articles, "document articles");
        articles.forEach(a -> Checks.id(a, 'a', "document article id"));
    }
}
