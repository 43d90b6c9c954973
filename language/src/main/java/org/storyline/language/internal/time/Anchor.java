package org.storyline.language.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.storyline.model.PartialDate;

/**
 * The date of the dispatch an expression is in, as precise as it is known: the reference of relative expressions.
 * Its methods return null when the anchor is too coarse for what is asked ("yesterday" needs a day).
 *
 * @param year  the year
 * @param month 1-12, or 0 when unknown
 * @param day   the day, or null when unknown
 */
record Anchor(int year, int month, LocalDate day) {
    static Anchor of(PartialDate date) {
        String v = date.value();
        int year = Integer.parseInt(v.substring(0, 4));
        int month = v.length() >= 7 ? Integer.parseInt(v.substring(5, 7)) : 0;
        LocalDate day = v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
        return new Anchor(year, month, day);
    }

    /** The quarter (1-4) the anchor is in; 0 when the month is unknown. */
    int quarter() {
        return month == 0 ? 0 : (month - 1) / 3 + 1;
    }

    /** The TIMEX3 value of the anchor's day shifted by {@code days}, or null without a day. */
    String dayValue(int days) {
        return day == null ? null : Values.day(day.plusDays(days));
    }

    /** The month {@code offset} months from the anchor's, or null without a month. */
    String monthValue(int offset) {
        if (month == 0) {
            return null;
        }
        int m = year * 12 + (month - 1) + offset;
        return Values.month(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1);
    }

    /** The ISO week {@code offset} weeks from the anchor's, or null without a day. */
    String weekValue(int offset) {
        return day == null ? null : Values.week(day.plusWeeks(offset));
    }

    /** The weekend of the week {@code offset} weeks from the anchor's, or null without a day. */
    String weekendValue(int offset) {
        return day == null ? null : Values.week(day.plusWeeks(offset)) + "-WE";
    }

    String yearValue(int offset) {
        return Values.year(year + offset);
    }

    /** The quarter {@code offset} quarters from the anchor's, or null without a month. */
    String quarterValue(int offset) {
        if (month == 0) {
            return null;
        }
        int q = year * 4 + (quarter() - 1) + offset;
        return Values.year(Math.floorDiv(q, 4)) + "-Q" + (Math.floorMod(q, 4) + 1);
    }

    /**
     * The day of the week {@code dow} (1 = Monday) nearest the anchor in the given direction: the most recent one on
     * or before the anchor when {@code direction} is -1, the next one on or after when +1; {@code strict} excludes the
     * anchor itself.
     */
    LocalDate weekday(int dow, int direction, boolean strict) {
        if (day == null) {
            return null;
        }
        int diff = dow - day.getDayOfWeek().getValue();
        if (direction < 0) {
            int back = Math.floorMod(-diff, 7);
            if (back == 0 && strict) {
                back = 7;
            }
            return day.minusDays(back);
        }
        int ahead = Math.floorMod(diff, 7);
        if (ahead == 0 && strict) {
            ahead = 7;
        }
        return day.plusDays(ahead);
    }

    /** The weekend (Saturday) most recently begun on or before the anchor. */
    LocalDate lastSaturday() {
        return weekday(DayOfWeek.SATURDAY.getValue(), -1, false);
    }
}
