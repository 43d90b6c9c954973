package org.storyline.server.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.storyline.model.PartialDate;

/** An inclusive range of days from a filter's {@code from}/{@code to} (YYYY, YYYY-MM or YYYY-MM-DD); open ends allowed. */
record DateRange(LocalDate from, LocalDate to) {
    static final DateRange ANY = new DateRange(null, null);

    DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException(400, "from " + from + " is after to " + to, "from");
        }
    }

    boolean isAny() {
        return from == null && to == null;
    }

    /** Whether a partial date's days overlap the range; an unknown date matches only the open range. */
    boolean overlaps(PartialDate date) {
        if (isAny()) {
            return true;
        }
        if (date == null) {
            return false;
        }
        LocalDate first = first(date.value().substring(0, Math.min(10, date.value().length())));
        LocalDate last = last(date.value().substring(0, Math.min(10, date.value().length())));
        return (to == null || !first.isAfter(to)) && (from == null || !last.isBefore(from));
    }

    static LocalDate first(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> YearMonth.parse(value).atDay(1);
            default -> LocalDate.parse(value);
        };
    }

    static LocalDate last(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            default -> LocalDate.parse(value);
        };
    }

    /** Parses one bound: the first day of {@code value} for a lower bound, the last for an upper one. */
    static LocalDate bound(String parameter, String value, boolean lower) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new ApiException(400, parameter + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'", parameter);
        }
        try {
            return lower ? first(v) : last(v);
        } catch (DateTimeException e) {
            throw new ApiException(400, parameter + " is not a real date: '" + value + "'", parameter);
        }
    }
}
