package org.storyline.eval.muc4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Matches predicted role fillers to gold entities as GRIT's scorer does, one to one: a filler matches an entity when
 * it matches one of its mention alternatives. Two ways to match a string: exactly (case, spacing, quotes and a
 * leading article folded), or by head noun: cut at " of " ("members of the FMLN" is "members"), one is the other's
 * last words ("Cerezo" and "President Cerezo", "guerrillas" and "FMLN guerrillas").
 */
public final class RoleFillers {
    private RoleFillers() {
    }

    /** The most fillers that can be matched to distinct entities. */
    public static int matched(List<String> predicted, List<List<String>> gold, boolean headMatch) {
        boolean[][] ok = new boolean[predicted.size()][gold.size()];
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                for (String alternative : gold.get(g)) {
                    if (match(predicted.get(p), alternative, headMatch)) {
                        ok[p][g] = true;
                        break;
                    }
                }
            }
        }
        int[] owner = new int[gold.size()];
        Arrays.fill(owner, -1);
        int n = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (augment(p, ok, owner, new boolean[gold.size()])) {
                n++;
            }
        }
        return n;
    }

    private static boolean augment(int p, boolean[][] ok, int[] owner, boolean[] seen) {
        for (int g = 0; g < owner.length; g++) {
            if (ok[p][g] && !seen[g]) {
                seen[g] = true;
                if (owner[g] < 0 || augment(owner[g], ok, owner, seen)) {
                    owner[g] = p;
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean match(String predicted, String gold, boolean headMatch) {
        String a = normal(predicted);
        String b = normal(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (!headMatch) {
            return false;
        }
        String[] x = words(head(a));
        String[] y = words(head(b));
        return suffix(x, y) || suffix(y, x) || x.length >= 2 && inside(x, y) || y.length >= 2 && inside(y, x);
    }

    /** Whether {@code shorter} occurs in {@code longer} as consecutive words ("Enrique Lopez" in "Enrique Lopez Albujar"). */
    static boolean inside(String[] shorter, String[] longer) {
        for (int i = 0; i + shorter.length <= longer.length; i++) {
            boolean all = true;
            for (int k = 0; k < shorter.length && all; k++) {
                all = shorter[k].equals(longer[i + k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether one filler repeats the other: the same words, or the one inside the other ("Lopez", "Enrique Lopez"). */
    public static boolean repeats(String a, String b) {
        String[] x = words(normal(a));
        String[] y = words(normal(b));
        return x.length <= y.length ? inside(x, y) : inside(y, x);
    }

    /** Whether {@code shorter} is the last words of {@code longer}. */
    private static boolean suffix(String[] shorter, String[] longer) {
        if (shorter.length == 0 || shorter.length > longer.length) {
            return false;
        }
        for (int i = 1; i <= shorter.length; i++) {
            if (!shorter[shorter.length - i].equals(longer[longer.length - i])) {
                return false;
            }
        }
        return true;
    }

    private static String head(String s) {
        int of = s.indexOf(" of ");
        return of > 0 ? s.substring(0, of) : s;
    }

    static String[] words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Lower case, plain quotes removed, parentheses dropped, single spaces, no leading article. */
    public static String normal(String s) {
        String out = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\"\u201c\u201d]", " ")
                .replaceAll("\\([^)]*\\)", " ").replaceAll("[,.;:]+(\\s|$)", " ").replaceAll("\\s+", " ").strip();
        return out.replaceFirst("^(the|a|an) ", "");
    }
}
