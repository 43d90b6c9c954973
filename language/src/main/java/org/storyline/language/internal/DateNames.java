package org.storyline.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * The rule that takes weekdays and months back from the name tagger when they are written as dates. The CRF reads
 * the "Mon" of a date line such as "Mon, 12 Feb 2026", "Fri 09:30" or "on Mon, officials said" as a place, an
 * organisation or a name.
 *
 * <p>Design decision: a name is cleared only when it is made of calendar words (weekdays and months, in full or
 * abbreviated, with or without a period), numbers and punctuation, and the text shows it is a date: it has more than
 * one token ("Mon 12"); or a date continues it ("Sun, Feb 8", "Tue 10 Feb", "Jan 12, 2026", "Fri 09:30", "12 Feb");
 * or it is a weekday after a word that introduces a day ("on Mon, officials said", "since Fri"); or it lies inside a
 * longer temporal expression ("late May"); or it is a weekday in full, which names something only as part of a
 * longer name ("Black Monday", "Sheffield Wednesday"). A lone "May", "June", "Jan" or "Sun" with no date around it
 * stays a name ("May said", "the Sun reported"), so does an abbreviated weekday after "the", which a date line never
 * writes ("The Sun, Feb 8 2026"). A longer name keeps all its tokens ("Theresa May", "Mon State",
 * "August Strindberg") but the date the tagger ran it on into: "Odesa on Sun" is "Odesa" ("The Mail on Sunday"
 * stays whole).
 */
final class DateNames {
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> CALENDAR = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words after which a weekday is a day: "on Mon", "since Fri", "next Tue". */
    private static final Set<String> DAY_CUES = Set.of("on", "since", "until", "till", "last", "next", "this", "every");
    /** A day of the month: "9", "09", "9th". */
    private static final Pattern DAY = Pattern.compile("(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    /** A year written in full. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A time of day or a date in digits: "09:30", "9.30am", "12/02/2026", "2026-02-10". */
    private static final Pattern CLOCK_OR_DIGITS_DATE = Pattern.compile(
            "\\d{1,2}[:.]\\d\\d(?::\\d\\d)?(?:[ap]\\.?m\\.?)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}", Pattern.CASE_INSENSITIVE);
    /** Punctuation a date line puts between its parts. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\p{Punct}\\p{Pd}\\u00b7\\u2022|]{1,3}");

    private DateNames() {
    }

    /**
     * The labels with every name that is a date set to {@code O}.
     *
     * @param words  the tokens of a sentence
     * @param labels the tagger's label per token ({@code O} outside names, a run of the same label is one name)
     * @param tokens where each token is in the text, or null when only words are known
     * @param times  where the temporal expressions of the text are (empty when unknown)
     */
    static List<String> clear(List<String> words, List<String> labels, List<Span> tokens, List<Span> times) {
        if (words.size() != labels.size() || (tokens != null && tokens.size() != words.size())) {
            throw new IllegalArgumentException("one label and one span per word, got words=" + words.size()
                    + ", labels=" + labels.size() + ", spans=" + (tokens == null ? "none" : tokens.size()));
        }
        List<String> out = null;
        int i = 0;
        while (i < labels.size()) {
            String label = labels.get(i);
            int j = i + 1;
            while (j < labels.size() && labels.get(j).equals(label)) {
                j++;
            }
            int keep = label.equals("O") ? j : isDate(words, i, j, tokens, times) ? i : withoutDateTail(words, i, j);
            if (keep < j) {
                if (out == null) {
                    out = new ArrayList<>(labels);
                }
                for (int k = keep; k < j; k++) {
                    out.set(k, "O");
                }
            }
            i = j;
        }
        return out == null ? labels : out;
    }

    /**
     * Where a name ends once a date the tagger ran into it is cut off: "Odesa on Sun" ends before "on"; a name
     * without such a tail ends where it did.
     */
    private static int withoutDateTail(List<String> words, int from, int to) {
        for (int cue = to - 2; cue > from; cue--) {
            if (!DAY_CUES.contains(words.get(cue))) {
                continue;
            }
            // A weekday in full ends names of their own: "The Mail on Sunday", "Scotland on Sunday".
            boolean date = false;
            for (int k = cue + 1; k < to; k++) {
                String w = words.get(k);
                if (number(w) || calendarWord(w) && !WEEKDAYS.contains(bare(w))) {
                    date = true;
                } else if (!calendarWord(w) && !SEPARATOR.matcher(w).matches()) {
                    return to;
                }
            }
            return date ? cue : to;
        }
        return to;
    }

    private static boolean isDate(List<String> words, int from, int to, List<Span> tokens, List<Span> times) {
        int calendar = 0;
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (calendarWord(w)) {
                calendar++;
            } else if (!number(w) && !SEPARATOR.matcher(w).matches()) {
                return false;
            }
        }
        if (calendar == 0) {
            return false;
        }
        if (to - from > 1) {
            return true;
        }
        String word = words.get(from);
        if (WEEKDAYS.contains(bare(word))) {
            return true;
        }
        if (from > 0 && words.get(from - 1).equalsIgnoreCase("the") && !month(word)) {
            return false;
        }
        if (tokens != null && insideLongerTime(tokens.get(from), times)) {
            return true;
        }
        return continuedByDate(words, to) || precededByDay(words, from, word) || weekdayAfterCue(words, from, word);
    }

    /**
     * "on Mon, officials said", "since Fri", "next Tue": a weekday after a word that introduces a day, unless a
     * name goes on ("on Mon State", "on Sun's report").
     */
    private static boolean weekdayAfterCue(List<String> words, int at, String word) {
        if (at == 0 || month(word) || !DAY_CUES.contains(words.get(at - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (at + 1 < words.size()) {
            String next = words.get(at + 1);
            boolean nameGoesOn = Character.isUpperCase(next.charAt(0)) && !calendarWord(next);
            if (next.equalsIgnoreCase("'s") || next.equals("'") || nameGoesOn) {
                return false;
            }
        }
        return true;
    }

    /** "Sun, Feb 8", "Tue 10 Feb", "Jan 12", "Fri 09:30", "May 2026". */
    private static boolean continuedByDate(List<String> words, int next) {
        int k = next;
        boolean separated = false;
        if (k < words.size() && SEPARATOR.matcher(words.get(k)).matches()) {
            k++;
            separated = true;
        }
        if (k >= words.size()) {
            return false;
        }
        String w = words.get(k);
        if (calendarWord(w) || YEAR.matcher(w).matches() || CLOCK_OR_DIGITS_DATE.matcher(w).matches()) {
            return true;
        }
        if (DAY.matcher(w).matches()) {
            // "Jan 12" is a date; after a comma a number is a date only when a month follows it ("Mon, 12 Feb"),
            // not an age ("May, 60, said").
            return !separated || (k + 1 < words.size() && month(words.get(k + 1)));
        }
        return false;
    }

    /** "12 Feb": a day of the month written before a month. */
    private static boolean precededByDay(List<String> words, int at, String word) {
        return at > 0 && month(word) && DAY.matcher(words.get(at - 1)).matches();
    }

    private static boolean insideLongerTime(Span token, List<Span> times) {
        for (Span t : times) {
            if (t.contains(token) && t.length() > token.length()) {
                return true;
            }
        }
        return false;
    }

    /** A weekday or month in full or abbreviated, written with a capital: "Mon", "Sept.", "FEB", "Friday". */
    static boolean calendarWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && CALENDAR.contains(bare(word));
    }

    private static boolean month(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && MONTHS.contains(bare(word));
    }

    private static boolean number(String word) {
        return DAY.matcher(word).matches() || YEAR.matcher(word).matches() || CLOCK_OR_DIGITS_DATE.matcher(word).matches();
    }

    private static String bare(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.toLowerCase(Locale.ROOT);
    }
}
