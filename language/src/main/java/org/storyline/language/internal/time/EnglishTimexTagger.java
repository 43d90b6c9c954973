package org.storyline.language.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import org.storyline.language.TemporalTagger;
import org.storyline.language.Timex;
import org.storyline.model.PartialDate;

/**
 * Rule-based English temporal tagger and normaliser: finds dates, times, durations and sets in news text and gives
 * them TIMEX3 values, resolving relative ones ("Friday", "last week", "in December") against the dispatch's own date.
 *
 * <p>Design decision: rules are tried only near words that every temporal expression contains (months, weekdays,
 * units, numbers, "now", "recent"…; {@link Lexicon#HEADS}), at such words and at words that may begin an expression
 * ({@link Lexicon#STARTERS}: "the", "last", "two"…) at most {@value #REACH} words before one. Everything else in a
 * text is skipped after one look-up per word, and at a candidate word only the rules whose match can begin with its
 * first character are tried ({@link Rule#canStartWith}); together they keep the tagger above ten megabytes of news
 * text per second on one thread. Among the rules that match at a word, the longest match wins, then the earlier rule.
 */
public final class EnglishTimexTagger implements TemporalTagger {
    public static final EnglishTimexTagger INSTANCE = new EnglishTimexTagger();

    /** How many words before a head word an expression may begin ("the first two quarters of 1990"). */
    static final int REACH = 6;
    private static final int OTHER = 0;
    private static final int STARTER = 1;
    private static final int HEAD = 2;

    /** How far after its first word a match may reach, in characters. */
    private static final int WINDOW = 160;

    private final List<Rule> rules;
    private final boolean gated;

    private EnglishTimexTagger() {
        this(EnglishRules.ALL, true);
    }

    /** @param gated whether rules are tried only near head words; without, at every word (for tests) */
    EnglishTimexTagger(List<Rule> rules, boolean gated) {
        this.rules = List.copyOf(rules);
        this.gated = gated;
    }

    @Override
    public List<Timex> find(String text, PartialDate anchor) {
        Objects.requireNonNull(text, "text must not be null");
        Anchor a = anchor == null ? null : Anchor.of(anchor);
        Words words = Words.of(text);
        int count = words.size();
        if (count == 0) {
            return List.of();
        }
        boolean[] candidate = new boolean[count];
        int lastHead = -1;
        for (int i = count - 1; i >= 0; i--) {
            int kind = words.kind(i);
            if (kind == HEAD) {
                lastHead = i;
            }
            candidate[i] = !gated || kind != OTHER && lastHead >= 0 && lastHead - i <= REACH;
        }
        Matcher[] matchers = new Matcher[rules.size()];
        List<Timex> found = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < count; i++) {
            int start = words.start(i);
            if (!candidate[i] || start < covered) {
                continue;
            }
            Timex best = best(text, start, a, matchers, found);
            if (best != null) {
                found.add(best);
                covered = best.span().end();
            }
        }
        return List.copyOf(found);
    }

    /** The longest accepted match of any rule starting at {@code start}, or null. */
    private Timex best(String text, int start, Anchor anchor, Matcher[] matchers, List<Timex> earlier) {
        int limit = Math.min(text.length(), start + WINDOW);
        int[] ends = new int[rules.size()];
        boolean any = false;
        char c = text.charAt(start);
        for (int r = 0; r < rules.size(); r++) {
            if (!rules.get(r).canStartWith(c)) {
                ends[r] = -1;
                continue;
            }
            Matcher m = matchers[r];
            if (m == null) {
                m = rules.get(r).pattern().matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[r] = m;
            }
            m.region(start, limit);
            if (m.lookingAt() && m.end() > start) {
                ends[r] = m.end();
                any = true;
            } else {
                ends[r] = -1;
            }
        }
        while (any) {
            int pick = -1;
            for (int r = 0; r < ends.length; r++) {
                if (ends[r] > 0 && (pick < 0 || ends[r] > ends[pick])) {
                    pick = r;
                }
            }
            if (pick < 0) {
                return null;
            }
            ends[pick] = -1;
            Timex t = rules.get(pick).normaliser().apply(new Found(text, matchers[pick], rules.get(pick).groups(), anchor, earlier));
            if (t != null && t.span().length() > 0) {
                return t;
            }
        }
        return null;
    }

    /** The words of a text (runs of letters and digits, and "'90s"), with whether each is a head word. */
    private static final class Words {
        private final String text;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int size;

        private Words(String text) {
            this.text = text;
        }

        static Words of(String text) {
            Words w = new Words(text);
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    int s = i;
                    if (s > 0 && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '\u2019') && Character.isDigit(c)
                            && (s < 2 || !Character.isLetterOrDigit(text.charAt(s - 2)))) {
                        s--; // '90s
                    }
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                            || (text.charAt(i) == ',' || text.charAt(i) == '.') && Character.isDigit(text.charAt(i - 1)) && i + 1 < n
                            && Character.isDigit(text.charAt(i + 1)))) {
                        i++; // "2,000" and "3.5" are one word
                    }
                    w.add(s, i);
                } else {
                    i++;
                }
            }
            return w;
        }

        private void add(int s, int e) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = s;
            ends[size] = e;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return starts[i];
        }

        /** {@link #HEAD}, {@link #STARTER} or {@link #OTHER}. */
        int kind(int i) {
            int s = starts[i];
            int e = ends[i];
            char c = text.charAt(s);
            if (Character.isDigit(c) || c == '\'' || c == '\u2019') {
                return HEAD;
            }
            int length = e - s;
            if (length > 13) {
                return OTHER;
            }
            String w = text.substring(s, e).toLowerCase(Locale.ROOT);
            return Lexicon.HEADS.contains(w) ? HEAD : Lexicon.STARTERS.contains(w) ? STARTER : OTHER;
        }
    }
}
