package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.language.Quantity;
import org.storyline.model.Event;
import org.storyline.model.Span;

/**
 * Plain numbers of a sentence that the language stage did not report ("131", "2,600", "twenty-two", "at least
 * four"), so that counts do not depend on which quantities upstream already knows. Years, times of day, percentages
 * and compound modifiers ("28-point") are not counts.
 */
final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("a dozen", 12));
    private static final Map<String, Event.Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("at least", Event.Qualifier.AT_LEAST), Map.entry("more than", Event.Qualifier.AT_LEAST),
            Map.entry("over", Event.Qualifier.AT_LEAST), Map.entry("no fewer than", Event.Qualifier.AT_LEAST),
            Map.entry("upwards of", Event.Qualifier.AT_LEAST), Map.entry("as many as", Event.Qualifier.AT_MOST),
            Map.entry("up to", Event.Qualifier.AT_MOST), Map.entry("at most", Event.Qualifier.AT_MOST),
            Map.entry("fewer than", Event.Qualifier.AT_MOST), Map.entry("less than", Event.Qualifier.AT_MOST),
            Map.entry("about", Event.Qualifier.ABOUT), Map.entry("around", Event.Qualifier.ABOUT),
            Map.entry("approximately", Event.Qualifier.ABOUT), Map.entry("nearly", Event.Qualifier.ABOUT),
            Map.entry("almost", Event.Qualifier.ABOUT), Map.entry("roughly", Event.Qualifier.ABOUT),
            Map.entry("some", Event.Qualifier.ABOUT), Map.entry("an estimated", Event.Qualifier.ABOUT),
            Map.entry("estimated", Event.Qualifier.ABOUT), Map.entry("some estimated", Event.Qualifier.ABOUT));

    private Numbers() {
    }

    /** Quantities of the sentence's tokens that no known quantity covers. */
    static List<Quantity> read(String text, List<Span> tokens, List<Quantity> known) {
        List<Quantity> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Span tok = tokens.get(i);
            if (covered(tok, known)) {
                continue;
            }
            String w = Tokens.normal(tok.of(text));
            Long value = value(w);
            int last = i;
            if (value != null && i + 1 < n && !covered(tokens.get(i + 1), known)) {
                String next = Tokens.normal(tokens.get(i + 1).of(text));
                if (next.equals("hundred") || next.equals("thousand")) {
                    value *= next.equals("hundred") ? 100 : 1000;
                    last = i + 1;
                }
            }
            if (value == null || !count(text, tokens, i, last, w)) {
                continue;
            }
            int first = i;
            Event.Qualifier qualifier = Event.Qualifier.EXACT;
            for (int back = 3; back >= 1; back--) {
                if (i - back < 0) {
                    continue;
                }
                String before = Tokens.normal(text.substring(tokens.get(i - back).start(), tokens.get(i - 1).end())).replaceAll("\\s+", " ");
                Event.Qualifier q = QUALIFIERS.get(before);
                if (q != null) {
                    qualifier = q;
                    first = i - back;
                    break;
                }
            }
            if (w.equals("dozen") && i > 0 && Tokens.normal(tokens.get(i - 1).of(text)).equals("a")) {
                first = Math.min(first, i - 1);
            }
            Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
            out.add(new Quantity(span, span.of(text), value, qualifier, null, null));
            i = last;
        }
        return out;
    }

    private static boolean covered(Span tok, List<Quantity> known) {
        for (Quantity q : known) {
            if (q.span().start() < tok.end() && tok.start() < q.span().end()) {
                return true;
            }
        }
        return false;
    }

    static Long value(String w) {
        Integer word = WORDS.get(w);
        if (word != null) {
            return (long) word;
        }
        int dash = w.indexOf('-');
        if (dash > 0 && WORDS.containsKey(w.substring(0, dash)) && WORDS.containsKey(w.substring(dash + 1))) {
            int tens = WORDS.get(w.substring(0, dash));
            int units = WORDS.get(w.substring(dash + 1));
            if (tens >= 20 && tens % 10 == 0 && units < 10) {
                return (long) tens + units;
            }
            return null;
        }
        if (!w.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            return null;
        }
        try {
            return Long.parseLong(w.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a number at tokens {@code i..last} counts things (not a year, time, percentage, or "one of"). */
    private static boolean count(String text, List<Span> tokens, int i, int last, String w) {
        String next = last + 1 < tokens.size() ? Tokens.normal(tokens.get(last + 1).of(text)) : "";
        if (next.equals("%") || next.equals("percent") || next.equals("per") || next.startsWith("-") || next.equals("gmt")
                || next.equals("a.m.") || next.equals("p.m.") || next.equals(":")) {
            return false;
        }
        if (text.length() > tokens.get(last).end() && text.charAt(tokens.get(last).end()) == '-') {
            return false; // "28-point"
        }
        if (w.matches("\\d{4}")) {
            int v = Integer.parseInt(w);
            if (v >= 1900 && v <= 2100 || w.startsWith("0")) {
                return false;
            }
        }
        String before = i > 0 ? Tokens.normal(tokens.get(i - 1).of(text)) : "";
        if (w.matches("\\d{1,2}") && Dates.timeWord(before)) {
            return false; // "Feb. 6", "December 12"
        }
        if (w.matches("\\d{1,2}") && Dates.timeWord(next)) {
            return false; // "6 February"
        }
        return !(w.equals("one") && (next.equals("of") || next.equals("another") || next.equals("day") || next.equals("way")
                || before.equals("no") || before.equals("any") || before.equals("every")));
    }
}
