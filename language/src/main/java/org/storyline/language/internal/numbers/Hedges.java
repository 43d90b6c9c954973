package org.storyline.language.internal.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.Event.Qualifier;

/**
 * The words a text hedges a number with: before it ("at least", "more than", "an estimated", "up to") and after it
 * ("or more", "or so"). Phrases are matched on whole words, case-insensitively, longest first.
 */
final class Hedges {
    private static final Lexicon LEX = Lexicon.get();

    /** A hedge phrase as lexicon entries, with an optional full stop after its last word ("approx."). */
    private record Phrase(int[] words, boolean dot, Qualifier qualifier, boolean preposition) {
    }

    /** A hedge found before a number: its first token, its qualifier, and whether it may be a preposition. */
    record Before(int first, Qualifier qualifier, boolean preposition) {
    }

    /** A hedge found after a number: its last token and its qualifier. */
    record After(int last, Qualifier qualifier) {
    }

    private static final List<Phrase> BEFORE = before();
    private static final List<Phrase> AFTER = after();

    private Hedges() {
    }

    private static List<Phrase> before() {
        List<Phrase> p = new ArrayList<>();
        add(p, Qualifier.AT_LEAST, "at least", "at the very least", "no fewer than", "not fewer than",
            "no less than", "not less than", "more than", "greater than", "higher than", "upwards of", "upward of",
            "in excess of", "a minimum of", "exceeding", "above", "as few as", "as little as", "as low as");
        add(p, Qualifier.AT_LEAST, true, "over");
        add(p, Qualifier.AT_MOST, "up to", "upto", "at most", "at the most", "at the very most", "no more than",
            "not more than", "fewer than", "less than", "lower than", "under", "below", "as many as",
            "as much as", "as high as", "a maximum of");
        add(p, Qualifier.ABOUT, "about", "around", "approximately", "approx", "approx.", "roughly", "some",
            "nearly", "almost", "close to", "an estimated", "the estimated", "estimated", "an approximate",
            "circa", "ca.", "in the region of", "on the order of", "around about", "something like");
        p.sort(Comparator.comparingInt((Phrase x) -> x.words.length + (x.dot ? 1 : 0)).reversed());
        return List.copyOf(p);
    }

    private static List<Phrase> after() {
        List<Phrase> p = new ArrayList<>();
        add(p, Qualifier.AT_LEAST, "or more", "or over", "or above", "or greater");
        add(p, Qualifier.AT_MOST, "or fewer", "or less", "or under", "or below");
        add(p, Qualifier.ABOUT, "or so", "or thereabouts", "odd");
        return List.copyOf(p);
    }

    private static void add(List<Phrase> to, Qualifier q, String... phrases) {
        add(to, q, false, phrases);
    }

    private static void add(List<Phrase> to, Qualifier q, boolean preposition, String... phrases) {
        for (String phrase : phrases) {
            boolean dot = phrase.endsWith(".");
            String[] ws = (dot ? phrase.substring(0, phrase.length() - 1) : phrase).split(" ");
            int[] entries = new int[ws.length];
            for (int i = 0; i < ws.length; i++) {
                entries[i] = LEX.require(ws[i]);
            }
            to.add(new Phrase(entries, dot, q, preposition));
        }
    }

    /**
     * The hedge that ends at token {@code last} (just before a number), using no token before {@code floor}, with
     * a softening adverb in front ("just over", "well above", "a little more than") taken in; or null.
     */
    static Before before(Tokens t, int last, int floor) {
        for (Phrase p : BEFORE) {
            int k = last;
            if (p.dot) {
                if (!t.isSymbol(k, '.') || !t.glued(k)) {
                    continue;
                }
                k--;
            }
            boolean ok = true;
            for (int w = p.words.length - 1; w >= 0; w--) {
                if (k < floor || !t.isWord(k) || t.entry[k] != p.words[w]
                        || (w < p.words.length - 1 && !t.spaced(k + 1))) {
                    ok = false;
                    break;
                }
                k--;
            }
            if (!ok) {
                continue;
            }
            int first = k + 1;
            if (p.qualifier != Qualifier.ABOUT) {
                for (int n = 0; n < 2 && first - 1 >= floor && t.spaced(first)
                        && LEX.has(t.entry[first - 1], Lexicon.SOFTENER); n++) {
                    first--;
                }
                if (first <= k && t.is(first, "a") && !t.is(first + 1, "little") && !t.is(first + 1, "bit")) {
                    first++;
                }
            }
            return new Before(first, p.qualifier, p.preposition);
        }
        return null;
    }

    /** The hedge that starts at token {@code first} (just after a number), or null. */
    static After after(Tokens t, int first) {
        if (!t.spaced(first)) {
            return null;
        }
        for (Phrase p : AFTER) {
            int k = first;
            boolean ok = true;
            for (int w = 0; w < p.words.length; w++, k++) {
                if (!t.isWord(k) || t.entry[k] != p.words[w] || (w > 0 && !t.spaced(k))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new After(k - 1, p.qualifier);
            }
        }
        return null;
    }
}
