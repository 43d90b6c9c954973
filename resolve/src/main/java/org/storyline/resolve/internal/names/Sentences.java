package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence bounds of a text, found by punctuation and line breaks: enough to keep a title, an apposition or a
 * pronoun inside its own sentence. A full stop after an abbreviation ("Lt.", "Gov.", "U.S.") or an initial does not
 * end a sentence.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "lt",
            "gen", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep", "pres", "amb", "rev", "gens",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
            "inc", "corp", "ltd", "co", "brig", "supt", "insp", "atty", "mt", "ft", "u.s", "u.k", "u.n", "e.u");

    /** Runs of white space, the separator of words. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    private final int[] starts;
    private final int length;

    private Sentences(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static Sentences of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(skipSpace(text, i + 1));
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'”’)]".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && text.charAt(k) == ' ') {
                k++;
            }
            if (k < n && Character.isLowerCase(text.charAt(k))) {
                continue;
            }
            if (c == '.' && abbreviation(text, i)) {
                continue;
            }
            starts.add(skipSpace(text, j));
        }
        int[] out = starts.stream().distinct().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return new Sentences(out, n);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    public int count() {
        return starts.length;
    }

    /** The index of the sentence holding the offset. */
    public int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    public int start(int index) {
        return starts[index];
    }

    public int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] : length;
    }
}
