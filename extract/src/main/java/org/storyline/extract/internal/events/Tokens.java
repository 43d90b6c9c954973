package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.language.Name;
import org.storyline.language.Quantity;
import org.storyline.language.Timex;
import org.storyline.model.Span;

/**
 * One sentence of a dispatch as the event finder reads it: its words with their offsets, the name, quantity and
 * temporal expression each word belongs to, and (once tagged) part-of-speech tags. Not thread-safe; one per call.
 */
final class Tokens {
    final int index;
    final String text;
    final Span span;
    final int[] start;
    final int[] end;
    final String[] word;
    final String[] lower;
    final Name[] name;
    final Quantity[] quantity;
    final Timex[] time;
    final boolean capitals;
    /** A headline in Title Case ("Top Official Shot In Moscow"), where a bare participle is passive. */
    final boolean titleCase;
    /** Tokens of a dateline ("(LONDON) —", "SAN SALVADOR, 18 FEB 90 (DPA) --"): where the dispatch was filed, not events. */
    final boolean[] dateline;
    /** Penn Treebank tags, or null until {@link #tag()}. */
    String[] pos;

    Tokens(int index, String text, Span span, List<Span> tokens, List<Name> names, List<Quantity> quantities, List<Timex> times) {
        this.index = index;
        this.text = text;
        this.span = span;
        int n = tokens.size();
        start = new int[n];
        end = new int[n];
        word = new String[n];
        lower = new String[n];
        name = new Name[n];
        quantity = new Quantity[n];
        time = new Timex[n];
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < n; i++) {
            Span t = tokens.get(i);
            start[i] = t.start();
            end[i] = t.end();
            word[i] = text.substring(t.start(), t.end());
            lower[i] = normal(word[i]);
            for (int k = 0; k < word[i].length(); k++) {
                char ch = word[i].charAt(k);
                if (Character.isLetter(ch)) {
                    letters++;
                    if (Character.isUpperCase(ch)) {
                        upper++;
                    }
                }
            }
        }
        capitals = letters >= 8 && upper >= 0.9 * letters;
        int words = 0;
        int titled = 0;
        for (String w : word) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    titled++;
                }
            }
        }
        titleCase = !capitals && words >= 4 && titled >= 0.75 * words;
        dateline = new boolean[n];
        for (int i = 0; i < Math.min(n, 14); i++) {
            String w = word[i];
            if (w.equals("\u2014") || w.equals("--") || w.equals("\u2013") || w.equals("[TEXT]")) {
                for (int k = 0; k < i; k++) {
                    dateline[k] = true;
                }
                break;
            }
        }
        for (Name nm : names) {
            mark(nm.span(), nm, name);
        }
        for (Quantity q : quantities) {
            mark(q.span(), q, quantity);
        }
        for (Timex t : times) {
            mark(t.span(), t, time);
        }
    }

    /** Lower case with typographic apostrophes and dashes made plain. */
    static String normal(String w) {
        return w.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }

    private <T> void mark(Span s, T value, T[] into) {
        for (int i = 0; i < start.length; i++) {
            if (start[i] >= s.start() && end[i] <= s.end()) {
                into[i] = value;
            } else if (start[i] < s.end() && end[i] > s.start() && into[i] == null) {
                into[i] = value; // a token only partly inside (tokenisations differ): still part of it
            }
        }
    }

    int size() {
        return word.length;
    }

    void tag() {
        if (pos == null) {
            pos = PartOfSpeech.tag(List.of(word), capitals);
        }
    }

    /** The text from token {@code from} to token {@code to} (exclusive), as written. */
    String text(int from, int to) {
        return text.substring(start[from], end[to - 1]);
    }

    /** The lower-case words from {@code from} to {@code to} (exclusive), single-spaced. */
    String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(lower[i]);
        }
        return b.toString();
    }

    boolean noun(int i) {
        return pos[i].startsWith("NN");
    }

    boolean verb(int i) {
        return pos[i].startsWith("VB") || pos[i].equals("MD");
    }

    /** Indexes of tokens whose text equals one of the forms (lower case). */
    List<Integer> find(String... forms) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            for (String f : forms) {
                if (lower[i].equals(f)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    boolean question() {
        return word.length > 0 && word[word.length - 1].contains("?");
    }
}
