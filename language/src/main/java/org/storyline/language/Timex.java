package org.storyline.language;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * A temporal expression in a text, typed and normalised as TIMEX3 does it.
 *
 * @param span  where the expression is in the text
 * @param text  the expression as written ("on Friday" is written "Friday")
 * @param value the TIMEX3 value ("2026-02-06", "2025-12", "2026-W06", "P2Y", "PRESENT_REF", "XXXX-XX-XXTNI"…), or null
 *              when it cannot be resolved: a relative expression without a known anchor date is never guessed
 * @param relative whether the value depends on the anchor (the dispatch's own date)
 */
public record Timex(Span span, String text, Type type, String value, boolean relative) {
    public Timex {
        Objects.requireNonNull(span, "timex span must not be null");
        Objects.requireNonNull(text, "timex text must not be null");
        Objects.requireNonNull(type, "timex type must not be null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("timex text must be as long as its span: text=" + text + ", span=" + span);
        }
    }

    /** TIMEX3 types: a calendar date, a time of day, a duration, a set (recurrence). */
    public enum Type { DATE, TIME, DURATION, SET }

    public boolean resolved() {
        return value != null;
    }
}
