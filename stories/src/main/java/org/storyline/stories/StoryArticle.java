package org.storyline.stories;

import java.util.Objects;
import java.util.Set;
import org.storyline.model.PartialDate;

/**
 * One dispatch as story clustering sees it: its text and what earlier stages found in it.
 *
 * @param id the article id (unique within a clusterer)
 * @param document the id of the document (page) the article comes from, or {@code null}
 * @param outlet the publisher, or {@code null}
 * @param title the headline, or {@code null}
 * @param text the clean body text (may be empty)
 * @param date the dispatch's own date, as precise as stated, or {@code null} when unknown
 * @param names normalised entity names or entity ids of the people, organisations and groups mentioned
 * @param places normalised place names or ids
 * @param eventTypes event types reported ({@code attack}, {@code arrest}, …), possibly with subtypes
 */
public record StoryArticle(String id, String document, String outlet, String title, String text, PartialDate date,
                           Set<String> names, Set<String> places, Set<String> eventTypes) {
    public StoryArticle {
        Objects.requireNonNull(id, "article id must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        text = text == null ? "" : text;
        names = copy(names, "names", id);
        places = copy(places, "places", id);
        eventTypes = copy(eventTypes, "eventTypes", id);
    }

    /** An article known only by its id and text. */
    public static StoryArticle of(String id, String text) {
        return new StoryArticle(id, null, null, null, text, null, Set.of(), Set.of(), Set.of());
    }

    private static Set<String> copy(Set<String> values, String what, String id) {
        if (values == null) {
            return Set.of();
        }
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(what + " of article " + id + " must not hold null or blank values: " + values);
            }
        }
        return Set.copyOf(values);
    }
}
