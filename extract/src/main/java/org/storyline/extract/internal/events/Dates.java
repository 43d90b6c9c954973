package org.storyline.extract.internal.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.language.Timex;
import org.storyline.model.DateBasis;
import org.storyline.model.PartialDate;

/**
 * The dates stated in a sentence, as event dates: the language stage's temporal expressions (a relative one is
 * resolved against the dispatch's date, basis relative; an absolute one is stated), and, where the tagger found
 * nothing, absolute dates we read ourselves ("April 2025", "Feb. 6, 2026", "in 2018"). A date that cannot be pinned
 * down to a year, month or day is not a date here.
 */
final class Dates {
    private static final String MONTH = "(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|MAY)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}\\d])" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(?<day>\\d{1,2})\\s+" + MONTH + ",?\\s+(?<year>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])" + MONTH + ",?\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:in|during|of|the|early|late|mid|mid-)\\s+(?:early\\s+|late\\s+)?(?<year>(?:19|20)\\d{2})(?![\\d-])");
    private static final Pattern VALUE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?(?:T.*)?$");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "tonight", "morning", "evening", "night", "afternoon", "overnight", "week",
            "weekend", "month", "year", "years", "months", "weeks", "days", "day", "hours", "hour", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
            "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "midnight", "dawn", "dusk", "noon");

    private static final Set<String> OPEN_ENDED = Set.of("since", "from", "until", "till", "before", "after", "by");

    private Dates() {
    }

    /** A date stated in a sentence, with the tokens it covers. */
    record Dated(int from, int to, PartialDate value, DateBasis basis) {
    }

    static boolean timeWord(String lower) {
        return TIME_WORDS.contains(lower) || (lower.length() == 4 && lower.matches("(19|20)\\d\\d"));
    }

    /** The dates of a sentence, in order. */
    static List<Dated> in(Tokens t) {
        List<Dated> out = new ArrayList<>();
        boolean[] covered = new boolean[t.size()];
        int i = 0;
        while (i < t.size()) {
            Timex x = t.time[i];
            if (x == null) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && t.time[j] == x) {
                covered[j] = true;
                j++;
            }
            boolean openEnded = i > 0 && OPEN_ENDED.contains(t.lower[i - 1]) || i > 1 && OPEN_ENDED.contains(t.lower[i - 2])
                    && Set.of("late", "early", "mid").contains(t.lower[i - 1]);
            if ((x.type() == Timex.Type.DATE || x.type() == Timex.Type.TIME) && !openEnded) {
                PartialDate d = value(x.value());
                if (d != null) {
                    out.add(new Dated(i, j, d, x.relative() ? DateBasis.RELATIVE : DateBasis.STATED));
                }
            }
            i = j;
        }
        String s = t.text.substring(t.span.start(), t.span.end());
        for (Pattern p : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR, YEAR)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int from = token(t, t.span.start() + (p == YEAR ? m.start("year") : m.start()));
                int to = token(t, t.span.start() + m.end() - 1) + 1;
                if (from < 0 || to <= from || any(covered, from, to) || (from > 0 && OPEN_ENDED.contains(t.lower[from - 1]))
                        || (from > 1 && OPEN_ENDED.contains(t.lower[from - 2]) && p == YEAR)) {
                    continue; // "since 2011", "since late 2024": when a state began, not when an event happened
                }
                PartialDate d = date(m, p);
                if (d != null) {
                    for (int k = from; k < to; k++) {
                        covered[k] = true;
                    }
                    out.add(new Dated(from, to, d, DateBasis.STATED));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    private static boolean any(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private static int token(Tokens t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.start[k] <= offset && offset < t.end[k]) {
                return k;
            }
        }
        return -1;
    }

    private static PartialDate date(Matcher m, Pattern p) {
        int year = Integer.parseInt(m.group("year"));
        if (p == YEAR) {
            return new PartialDate(String.format(Locale.ROOT, "%04d", year));
        }
        int month = month(m.group("month"));
        if (p == MONTH_YEAR) {
            return new PartialDate(String.format(Locale.ROOT, "%04d-%02d", year, month));
        }
        int day = Integer.parseInt(m.group("day"));
        try {
            return PartialDate.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int k = 0; k < 12; k++) {
            if (m.startsWith(months[k])) {
                return k + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /**
     * A TIMEX3 value as an event date: "2026-02-06", "2025-12", "2018", a time's day ("2026-02-06TMO"), a week when it
     * lies inside one month ("2026-W06" is 2026-02). Anything else (unresolved, PRESENT_REF, a season) is null.
     */
    static PartialDate value(String timex) {
        if (timex == null) {
            return null;
        }
        Matcher m = VALUE.matcher(timex);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            int week = Integer.parseInt(m.group(4));
            try {
                LocalDate monday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_BASED_YEAR, year)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                LocalDate sunday = monday.plusDays(6);
                if (monday.getMonth() == sunday.getMonth() && monday.getYear() == sunday.getYear()) {
                    return new PartialDate(String.format(Locale.ROOT, "%04d-%02d", monday.getYear(), monday.getMonthValue()));
                }
                return null;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (m.group(2) == null) {
            return new PartialDate(m.group(1));
        }
        String v = m.group(3) == null ? m.group(1) + "-" + m.group(2) : m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        try {
            return new PartialDate(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
