package org.storyline.ingest.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.storyline.model.PartialDate;

/** Reads the publication dates that containers declare (JSONL fields, feed entries). */
public final class Dates {
    private Dates() {
    }

    /** An ISO-8601 date or date-time ("2026-02-06", "2026-02-06T10:28:00Z"), or null when it is not one. */
    public static PartialDate iso(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return PartialDate.of(t.toLocalDateTime());
        } catch (DateTimeParseException e) {
            // not with an offset; try the plainer forms
        }
        try {
            return PartialDate.of(LocalDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return new PartialDate(v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) : v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A feed date, as UTC date and minute. */
    public static PartialDate of(Date date) {
        if (date == null) {
            return null;
        }
        Instant instant = date.toInstant();
        return PartialDate.of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
