package org.storyline.model;

import java.util.Objects;

/**
 * A temporal expression in an article's text, normalised TIMEX3-style against the article's own date.
 *
 * @param type     DATE, TIME, DURATION or SET
 * @param value    the TIMEX3 value, or null when the expression cannot be resolved (a relative date in an undated dispatch)
 * @param relative whether the value was resolved against the article's date
 */
public record TimeMention(String article, Span span, String text, String type, String value, boolean relative) {
    public TimeMention {
        Checks.id(article, 'a', "time mention article");
        Objects.requireNonNull(span, "time mention span must not be null");
        Objects.requireNonNull(text, "time mention text must not be null");
        Checks.nonBlank(type, "time mention type");
    }
}
