package org.storyline.resolve.internal.names;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The transliteration key of one folded name word, and a distance between two keys that charges little for the
 * differences transliteration systems make.
 *
 * <p>The key rewrites what romanisations of the same sound disagree on: x/ks, q/k, c/k/s, w/v, j/y, ph/f, th/t,
 * kh/h, dh/d, sch/sh, tsch/ch, ou/u, umlaut spellings (ue/u), "ye" and "yo" for е and ё, y/i, doubled letters and a
 * final h after a vowel. So Alekseyev, Alexeyev, Alekseev and Alexejew all become "aleksev", and Zelenskyy,
 * Zelensky, Zelenskiy and Zelenskij "zelenski". What the key cannot join (Husain/Hussein, Qaddafi/Gaddafi,
 * Selenskyj/Zelenskyy) is left to {@link #distance}, which charges half a step for a vowel against a vowel, for
 * the voiced/voiceless pairs s/z, k/g, t/d, p/b, v/f and for ch/sh (French Chouvalov, English Shuvalov), and for a
 * vowel or the c of "ch" put in or left out; h/g (Ukrainian Shmyhal, Russian Shmygal) is cheap only when asked for,
 * because an h may also stand for kh; any other change costs
 * more than the budget of a name shorter than twelve letters, so Donald and Ronald, Fernández and Hernández stay
 * apart. The key also reads ts, tz and German z alike (Yeltsin, Jelzin) and "ee" as a long i (Basheer, Bashir).
 */
public final class Skeleton {
    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    /** "ee" for a long i (Basheer, Saeed), not the e-e of Russian -eev (Alekseev, Sergeeva). */
    private static final java.util.regex.Pattern LONG_EE = java.util.regex.Pattern.compile("ee(?![vw])");
    /** French and Polish "io" for ё between consonants (Fiodor, Piotr, Kovaliov). */
    private static final java.util.regex.Pattern IO = java.util.regex.Pattern.compile("(?<=[bcdfgklmnprstvwz])io(?=[bcdfgklmnprstvwz])");

    private Skeleton() {
    }

    /** The key of a word already folded to lower-case ASCII letters. */
    public static String of(String letters) {
        String cached = CACHE.get(letters);
        if (cached != null) {
            return cached;
        }
        String key = compute(letters);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(letters, key);
        return key;
    }

    private static String compute(String w) {
        String s = w.replace("tsch", "ch").replace("sch", "sh").replace("shch", "sh").replace("tch", "ch")
                .replace("dzh", "j").replace("dj", "j").replace("shsh", "sh").replace("dhdh", "dh")
                .replace("thth", "th").replace("khkh", "kh").replace("ghgh", "gh").replace("chch", "ch")
                .replace("tz", "z").replace("ts", "z");
        if (s.startsWith("ie") && s.length() > 3) {
            s = s.substring(1); // French "Ie" for a word-initial е: Ielena, Iegor
        }
        s = LONG_EE.matcher(s).replaceAll("i");
        s = IO.matcher(s).replaceAll("e");
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case 'x' -> b.append("ks");
                case 'q' -> b.append('k');
                case 'w' -> b.append('v');
                case 'j' -> b.append('y');
                case 'c' -> {
                    if (next == 'h') {
                        char after = i + 2 < s.length() ? s.charAt(i + 2) : 0;
                        // German and Polish "ch" starting a word before a consonant is English "kh": Chruschtschow
                        b.append(i == 0 && after != 0 && !vowelOrY(after) ? "h" : "ch");
                        i++;
                    } else if (next == 'k') {
                        b.append('k');
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        b.append('s');
                    } else {
                        b.append('k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        b.append('f');
                        i++;
                    } else {
                        b.append('p');
                    }
                }
                case 't' -> {
                    b.append('t');
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'd', 'k', 'g' -> {
                    b.append(next == 'h' ? (c == 'k' ? 'h' : c) : c);
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'o' -> {
                    if (next == 'u' || next == 'o') {
                        b.append('u');
                        i++;
                    } else if (next == 'e') {
                        b.append('o');
                        i++;
                    } else {
                        b.append('o');
                    }
                }
                case 'u' -> {
                    b.append('u');
                    if (next == 'e' && i > 0) {
                        i++;
                    }
                }
                case 'a' -> {
                    b.append('a');
                    if (next == 'e' && i > 0) {
                        i++;
                    }
                }
                default -> b.append(c);
            }
        }
        // е and ё: "ye" and (after a consonant) "yo" are the same letters as "e"
        StringBuilder v = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            if (c == 'y' && next == 'e') {
                continue;
            }
            if (c == 'y' && next == 'o' && i > 0 && !vowelOrY(b.charAt(i - 1))) {
                v.append('e');
                i++;
                continue;
            }
            v.append(c == 'y' ? 'i' : c);
        }
        int end = v.length();
        if (end > 2 && v.charAt(end - 1) == 'h' && vowel(v.charAt(end - 2))) {
            v.setLength(end - 1);
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Weighted edit distance between two keys (see the class comment for the weights), h/g dear. */
    public static double distance(String a, String b) {
        return distance(a, b, false);
    }

    /**
     * Weighted edit distance between two keys; with {@code cheapHg} an h against a g costs half a step (Ukrainian
     * Shmyhal, Russian Shmygal), otherwise in full (the h of Khrushchev is no g of Grachev).
     */
    public static double distance(String a, String b, boolean cheapHg) {
        int n = a.length();
        int m = b.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double best = prev[j - 1] + (cheapHg && same(ca, cb, 'h', 'g') ? CHEAP : substitution(ca, cb));
                best = Math.min(best, prev[j] + indel(ca));
                best = Math.min(best, cur[j - 1] + indel(cb));
                cur[j] = best;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * A coarse sound class of the key: consonants only, the pairs {@link #distance} charges little for merged (h, g
     * and k one class; the c of "ch" dropped). Keys within a name's budget of cheap changes have the same class, or
     * differ by an s (French "ch", English "sh"). Used to find candidates (blocking), never to decide.
     */
    public static String consonants(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = switch (key.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'c' -> 0;
                case 'b' -> 'p';
                case 'd' -> 't';
                case 'g', 'h' -> 'k';
                case 'v' -> 'f';
                case 'z' -> 's';
                default -> key.charAt(i);
            };
            if (c != 0 && (b.isEmpty() || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.isEmpty() ? key : b.toString();
    }

    /** The cost of a change transliteration makes often. */
    public static final double CHEAP = 0.5;
    /** The cost of any other change: more than a name of fewer than twelve letters may differ by. */
    public static final double FULL = 1.6;

    private static double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (vowel(a) && vowel(b)) {
            return CHEAP;
        }
        return pair(a, b) ? CHEAP : FULL;
    }

    private static boolean pair(char a, char b) {
        return same(a, b, 's', 'z') || same(a, b, 'k', 'g') || same(a, b, 't', 'd') || same(a, b, 'p', 'b')
                || same(a, b, 'v', 'f') || same(a, b, 'c', 's');
    }

    private static boolean same(char a, char b, char x, char y) {
        return (a == x && b == y) || (a == y && b == x);
    }

    private static double indel(char c) {
        // c is left only in "ch": German writes "ch" where English writes "kh" or "h" (Sacharow, Zakharov)
        return vowel(c) || c == 'c' ? CHEAP : FULL;
    }

    static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean vowelOrY(char c) {
        return vowel(c) || c == 'y';
    }
}
