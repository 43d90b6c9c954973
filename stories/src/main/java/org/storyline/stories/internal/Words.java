package org.storyline.stories.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of a text: every word's 64-bit hash in order (for shingles) and the counts of its content terms
 * (lower-cased, light-stemmed, stop words and web clutter dropped).
 */
public record Words(long[] hashes, Map<String, Integer> terms) {

    /** English function words and the clutter of web pages (URL parts) that say nothing about a happening. */
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "however", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least",
            "less", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my",
            "myself", "near", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
            "other", "our", "ours", "ourselves", "out", "over", "own", "per", "said", "same", "say", "says", "she",
            "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
            "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "to", "too",
            "told", "under", "until", "up", "upon", "us", "very", "was", "way", "we", "were", "what", "when",
            "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
            "would", "yet", "you", "your", "yours", "yourself", "yourselves", "according", "year", "years", "week",
            "day", "time", "people", "two", "three", "first", "get", "got", "going", "http", "https", "www", "com",
            "html", "htm", "php", "asp", "aspx", "cfm", "shtml", "index", "org", "net", "co", "uk", "id", "pm",
            "gmt", "et", "pt", "pdt", "edt", "est", "updated", "posted", "print", "email", "share", "comments",
            "read", "ll", "ve", "re", "don", "didn", "doesn", "isn", "wasn", "aren", "won", "couldn", "wouldn",
            "shouldn");

    /** Splits a text into words: letters and digits, with a decimal point or comma inside a number kept. */
    public static Words of(String text) {
        long[] hashes = new long[Math.max(8, text.length() / 5)];
        int count = 0;
        Map<String, Integer> terms = new HashMap<>();
        StringBuilder word = new StringBuilder(24);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            word.setLength(0);
            boolean digits = true;
            while (i < n) {
                c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                    digits &= Character.isDigit(c);
                    i++;
                } else if ((c == '.' || c == ',') && digits && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                        && word.length() > 0) {
                    if (c == '.') {
                        word.append('.');
                    }
                    i++;
                } else {
                    break;
                }
            }
            String w = word.toString();
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = hash(w);
            if (w.length() > 1 && !STOP.contains(w)) {
                terms.merge(digits ? w : stem(w), 1, Integer::sum);
            }
        }
        return new Words(java.util.Arrays.copyOf(hashes, count), terms);
    }

    /** Light English suffix stripping: plurals, -ing, -ed; enough to join "shooting" and "shoot", "quakes" and "quake". */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        if (n > 5 && w.endsWith("ing") && vowel(w, n - 3)) {
            return undouble(w.substring(0, n - 3));
        }
        if (n > 4 && w.endsWith("ed") && vowel(w, n - 2)) {
            return undouble(w.substring(0, n - 2));
        }
        return w;
    }

    private static boolean vowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** FNV-1a over the word's characters, finished with a 64-bit mix. */
    static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            h ^= w.charAt(i);
            h *= 0x100000001b3L;
        }
        return Mix.mix64(h);
    }
}
