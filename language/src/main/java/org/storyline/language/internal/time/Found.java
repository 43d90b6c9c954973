package org.storyline.language.internal.time;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.language.Timex;
import org.storyline.model.Span;

/**
 * A rule's match in a text, with what its normaliser needs: the groups, the anchor, and cues from the sentence
 * around it. Not thread-safe; one per match.
 */
final class Found {
    final String text;
    final Matcher matcher;
    private final Set<String> groups;
    final Anchor anchor;
    /** The expressions found before this one in the same text. */
    final List<Timex> earlier;
    int start;
    int end;

    Found(String text, Matcher matcher, Set<String> groups, Anchor anchor, List<Timex> earlier) {
        this.text = text;
        this.matcher = matcher;
        this.groups = groups;
        this.anchor = anchor;
        this.earlier = earlier;
        this.start = matcher.start();
        this.end = matcher.end();
    }

    /** A named group's text, or null when it did not take part in the match. */
    String group(String name) {
        return groups.contains(name) ? matcher.group(name) : null;
    }

    boolean has(String name) {
        return group(name) != null;
    }

    /** A named group's text in lower case with single spaces, or "" when absent. */
    String word(String name) {
        String g = group(name);
        return g == null ? "" : Cues.normal(g);
    }

    /** The matched text in lower case with single spaces. */
    String words() {
        return Cues.normal(text.substring(start, end));
    }

    /** Ends the expression before a named group (drops "ago" or "later"). */
    Found endBefore(String group) {
        int s = has(group) ? matcher.start(group) : -1;
        if (s >= 0) {
            end = s;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return this;
    }

    /** Starts the expression at a named group (drops a leading word). */
    Found startAt(String group) {
        int s = has(group) ? matcher.start(group) : -1;
        if (s >= 0) {
            start = s;
        }
        return this;
    }

    /** An expression whose value does not depend on the anchor. */
    Timex absolute(Timex.Type type, String value) {
        return new Timex(new Span(start, end), text.substring(start, end), type, value, false);
    }

    /** An expression whose value is computed from the anchor; unresolved (null) when there is no anchor. */
    Timex relative(Timex.Type type, Function<Anchor, String> value) {
        String v = anchor == null ? null : value.apply(anchor);
        return new Timex(new Span(start, end), text.substring(start, end), type, v, true);
    }

    /**
     * An expression that refers to the time of writing without a calendar value (PRESENT_REF…). Design decision: it
     * is marked relative, as it means the dispatch's own time, yet keeps its value without an anchor: the value
     * states no date, so nothing is guessed.
     */
    Timex reference(String value) {
        return new Timex(new Span(start, end), text.substring(start, end), Timex.Type.DATE, value, true);
    }

    /** Whether the sentence before the expression speaks of the future ("will", "is expected to", "payable"). */
    boolean future() {
        return Cues.future(text, start);
    }

    /** Whether a lower-case word follows the expression: "recent" then is an adjective ("recent attacks"). */
    boolean beforeNoun() {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        return i > end && i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /** +1 when the sentence before the expression speaks of the future, -1 of the past, 0 when it does not say. */
    int tense() {
        return Cues.tense(text, start);
    }

    /** The word before the expression, in lower case; "" at the start of the text. */
    String previousWord() {
        return Cues.previousWord(text, start);
    }

    /** Whether "quarter" is mentioned near the expression: "a year ago" then means the quarter a year ago. */
    boolean nearQuarter() {
        return Cues.near(text, start, end, QUARTER, 400, 80);
    }

    private static final Pattern QUARTER = Pattern.compile("\\bquarter(?:ly)?\\b|\\bperiod\\b", Pattern.CASE_INSENSITIVE);
}
