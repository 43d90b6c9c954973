package org.storyline.language.internal.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 value strings: "2026-02-06", "2025-12", "2026-W06", "199" (the 1990s), "19" (the 20th century). */
final class Values {
    private Values() {
    }

    static final String PRESENT = "PRESENT_REF";
    static final String PAST = "PAST_REF";
    static final String FUTURE = "FUTURE_REF";

    static String day(LocalDate d) {
        return year(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String month(int year, int month) {
        return year(year) + "-" + two(month);
    }

    static String year(int year) {
        if (year >= 1000 && year <= 9999) {
            return Integer.toString(year);
        }
        return String.format("%04d", Math.max(0, year));
    }

    /** The ISO week of a day: "2026-W06". */
    static String week(LocalDate d) {
        int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(w);
    }

    /** A valid calendar day, or null ("Feb. 30"). */
    static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) {
            return null;
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
