package org.storyline.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a tagged place name in its text the way the {@link Geocoder} needs it: with the words around it that say
 * which place it is. A name tagger marks "Rostov" in "Rostov-on-Don" and "Kharkiv" in "the Kharkiv region" or in
 * "the Chernihiv, Sumy and Kharkiv regions", and "Selma" in "Selma, Ala."; the mentions are "Rostov-on-Don",
 * "Kharkiv region", "Chernihiv region", "Sumy region", "Kharkiv region" and "Selma, Ala.".
 */
public final class Toponyms {
    /** Words after a name that make it a region, singular and plural. */
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "krai", "kray",
            "governorate", "prefecture", "voivodeship");
    private static final Set<String> PLURAL_REGION_WORDS = Set.of("regions", "oblasts", "provinces", "governorates",
            "prefectures");
    private static final int MAX_LIST = 8;
    /** AP style abbreviations of US states, which US news writes after a city ("Selma, Ala.") and taggers skip. */
    private static final List<String> AP_STATES = List.of("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.",
            "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
            "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
            "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.");

    private Toponyms() {
    }

    /**
     * The mention of the place named at {@code text[start, end)}: the name, continued through a hyphenated tail
     * ("-on-Don"), followed by an AP state abbreviation after a comma ("Selma, Ala.") or by the region word that
     * follows it directly or ends the list it is part of.
     *
     * @throws IndexOutOfBoundsException when the span is not inside the text
     */
    public static String mention(CharSequence text, int start, int end) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.checkFromToIndex(start, end, text.length());
        int e = end;
        while (e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1))) {
            e++;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
        }
        String name = text.subSequence(start, e).toString();
        String before = wordBefore(text, start);
        if (before.equals("upstate") || before.equals("downstate")) {
            name = before + " " + name;               // "upstate New York" is the state
        }
        if (e + 2 < text.length() && text.charAt(e) == ',' && text.charAt(e + 1) == ' ') {
            for (String state : AP_STATES) {
                int s = e + 2, t = s + state.length();
                if (t <= text.length() && text.subSequence(s, t).toString().equals(state)
                        && (t == text.length() || !Character.isLetter(text.charAt(t)))) {
                    return name + ", " + state;
                }
            }
        }
        int[] word = nextWord(text, e);
        if (word != null) {
            String w = text.subSequence(word[0], word[1]).toString();
            String lower = w.toLowerCase(Locale.ROOT);
            if (REGION_WORDS.contains(lower) || PLURAL_REGION_WORDS.contains(lower)) {
                return name + " " + w;
            }
            if (w.equals("state") && !capitalised(nextWord(text, word[1]), text)) {
                return name + " state";
            }
        }
        // A list: ", Sumy, Kharkiv and Dnipropetrovsk regions".
        int pos = e;
        for (int items = 0; items < MAX_LIST; items++) {
            int p = pos;
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == ',')) {
                p++;
            }
            int[] next = nextWord(text, p);
            if (next == null) {
                return name;
            }
            String nw = text.subSequence(next[0], next[1]).toString();
            if (nw.equals("and") || nw.equals("or")) {
                next = nextWord(text, next[1]);
                if (next == null) {
                    return name;
                }
                nw = text.subSequence(next[0], next[1]).toString();
            } else if (p == pos || text.charAt(pos) != ',') {
                return name;                           // items are separated by a comma, "and" or "or"
            }
            if (!Character.isUpperCase(nw.charAt(0))) {
                return name;
            }
            // The item: capitalised words, possibly hyphenated.
            int q = next[1];
            int[] after = nextWord(text, q);
            while (after != null && capitalised(after, text) && after[0] == q + 1 && text.charAt(q) == ' ') {
                q = after[1];
                after = nextWord(text, q);
            }
            if (after != null && PLURAL_REGION_WORDS.contains(text.subSequence(after[0], after[1]).toString().toLowerCase(Locale.ROOT))
                    && after[0] == q + 1) {
                String plural = text.subSequence(after[0], after[1]).toString().toLowerCase(Locale.ROOT);
                return name + " " + plural.substring(0, plural.length() - 1);
            }
            pos = q;
        }
        return name;
    }

    /** The word that ends one space before {@code at}, or "". */
    private static String wordBefore(CharSequence text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return "";
        }
        int b = at - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.subSequence(b, at - 1).toString();
    }

    private static boolean capitalised(int[] word, CharSequence text) {
        return word != null && Character.isUpperCase(text.charAt(word[0]));
    }

    /** The next word (letters, hyphens and apostrophes) after spaces from {@code from}, or null at other characters. */
    private static int[] nextWord(CharSequence text, int from) {
        int p = from;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p >= text.length() || !Character.isLetter(text.charAt(p)) || p == from && from > 0 && Character.isLetter(text.charAt(from - 1))) {
            return null;
        }
        int q = p;
        while (q < text.length() && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '-' || text.charAt(q) == '\'')) {
            q++;
        }
        return new int[] {p, q};
    }
}
