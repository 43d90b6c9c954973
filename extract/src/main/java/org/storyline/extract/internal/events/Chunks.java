package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.extract.internal.events.Chunk.Kind;

/**
 * A tagged sentence cut into chunks (noun phrases, verb groups, prepositions…) with the few moves the role rules
 * need: the subject and objects of a verb group, the prepositional phrases after a chunk, coordinated noun phrases.
 * This is the cascade of finite-state steps that worked for MUC-4 (SRI's FASTUS), not a parser: it is fast and its
 * mistakes are easy to see.
 */
final class Chunks {
    private static final Set<String> BE = Set.of("is", "was", "were", "been", "being", "be", "are", "am", "'s", "get", "got",
            "gets", "getting", "gotten", "'re", "remain", "remains", "remained");
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "while", "although", "though", "whereas", "if",
            "unless", "whether", "whilst");
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "as", "until", "when", "once");
    private static final Set<String> CHAIN_PREPOSITIONS = Set.of("of", "in", "near", "at", "outside", "inside", "from", "on");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("located", "situated", "involving", "targeting",
            "including", "using", "near", "outside", "inside");

    final Tokens t;
    final List<Chunk> list;
    /** The chunk of each token. */
    final int[] at;

    private Chunks(Tokens t, List<Chunk> list) {
        this.t = t;
        this.list = list;
        this.at = new int[t.size()];
        for (int c = 0; c < list.size(); c++) {
            for (int i = list.get(c).from(); i < list.get(c).to(); i++) {
                at[i] = c;
            }
        }
    }

    static Chunks of(Tokens t) {
        t.tag();
        String[] pos = t.pos;
        int n = t.size();
        for (int i = 1; i + 1 < n; i++) {
            if (t.capitals && pos[i].equals("VBG") && (pos[i - 1].equals("NNP") || pos[i - 1].equals("DT") || pos[i - 1].startsWith("JJ"))
                    && pos[i + 1].equals("NNP") && !(i + 2 < n && pos[i + 2].equals("DT"))) {
                pos[i] = "NNP"; // "THE SHINING PATH": a name in capitals, not a verb
            }
            // "long-range drone strikes": a base-form verb between a modifier and a plural noun is a noun
            if ((pos[i].equals("VB") || pos[i].equals("VBP")) && (pos[i - 1].startsWith("NN") || pos[i - 1].startsWith("JJ"))
                    && pos[i + 1].equals("NNS") && !t.lower[i - 1].equals("to")) {
                pos[i] = "NN";
            }
            if (pos[i].equals("VB") && pos[i - 1].startsWith("NN") && i >= 2 && (pos[i - 2].equals("DT") || pos[i - 2].equals("PRP$")
                    || pos[i - 2].startsWith("JJ"))) {
                pos[i] = "NN"; // "a bus stop": no base-form verb follows a determiner and a noun
            }
        }
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String p = pos[i];
            String w = t.lower[i];
            if (forced(t, i) || npStart(t, i)) {
                int j = i;
                boolean genitive = false;
                while (j < n) {
                    if (j > i && forced(t, j) && !forced(t, j - 1) && startsQuantity(t, j) && t.noun(j - 1)) {
                        break; // "drones 131": a new quantity starts a new phrase
                    }
                    if (j > i && (pos[j].equals("DT") || pos[j].equals("PDT")) && !forced(t, j)) {
                        break;
                    }
                    if (j > i && t.time[j] != null && t.time[j - 1] == null && t.name[j] == null && pos[j - 1].startsWith("NN")
                            && t.quantity[j - 1] == null) {
                        break; // "killed Attorney General Roberto Garcia today": the time is no part of the name
                    }
                    if (forced(t, j) || npInside(t, j, i)) {
                        if (pos[j].equals("POS") && !forced(t, j)) {
                            j++;
                            genitive = true;
                            break;
                        }
                        j++;
                        continue;
                    }
                    if (quoteInside(t, j)) {
                        j = closingQuote(t, j) + 1;
                        continue;
                    }
                    if (j > i && glossInside(t, j)) {
                        j = closingBracket(t, j) + 1; // "the DAS [Administrative Department of Security] director"
                        continue;
                    }
                    break;
                }
                if (j == i) {
                    j = i + 1;
                }
                // a phrase may not end in a determiner or adjective when a verb follows ("the injured were")
                out.add(new Chunk(Kind.NP, i, j, head(t, i, j), false, genitive));
                i = j;
                continue;
            }
            if (p.equals("PRP") || p.equals("EX")) {
                out.add(new Chunk(Kind.NP, i, i + 1, i, false, false));
                i++;
                continue;
            }
            if (verbStart(t, i)) {
                int j = i;
                int main = i;
                boolean sawBe = false;
                boolean passive = false;
                while (j < n) {
                    String q = pos[j];
                    if (q.startsWith("VB") || q.equals("MD")) {
                        if (j > i && (q.equals("VBN") || q.equals("VBG")) && j + 1 < n && t.pos[j + 1].startsWith("NN")
                                && !BE.contains(t.lower[j - 1]) && !t.lower[j - 1].equals("have") && !t.lower[j - 1].equals("has")) {
                            break; // "to launch targeted attacks": the participle belongs to the noun
                        }
                        if (BE.contains(t.lower[j])) {
                            sawBe = true;
                        }
                        main = j;
                        passive = sawBe && q.equals("VBN");
                        j++;
                    } else if ((q.startsWith("RB") || q.equals("RP")) && j + 1 <= n && (q.equals("RP") || verbAhead(t, j + 1))) {
                        j++;
                    } else if (q.equals("TO") && j + 1 < n && pos[j + 1].startsWith("VB")) {
                        sawBe = false;
                        j++;
                    } else {
                        break;
                    }
                }
                if (j == i) {
                    j = i + 1;
                }
                if (!passive && j - i >= 1 && pos[main].equals("VBN") && !sawBe && !hasAuxiliary(t, i, main)) {
                    // a bare participle right after a noun phrase, with no object of its own: "39 injured", "drones launched into"
                    boolean afterNoun = !out.isEmpty() && out.getLast().is(Kind.NP);
                    boolean objectFollows = j < n && (npStart(t, j) || forced(t, j)) && t.time[j] == null;
                    passive = afterNoun && !objectFollows;
                }
                if (!passive && !sawBe && pos[main].equals("VBN") && !hasAuxiliary(t, i, main) && j < n && t.lower[j].equals("by")) {
                    passive = true; // "… and then killed by a firing squad"
                }
                if (!passive && !sawBe && pos[main].equals("VBN") && !hasAuxiliary(t, i, main) && out.size() >= 2
                        && out.getLast().is(Kind.COMMA) && out.get(out.size() - 2).is(Kind.NP)
                        && !(j < n && (npStart(t, j) || forced(t, j)) && t.time[j] == null && !t.pos[j].equals("CD"))) {
                    passive = true; // "Echevarria and Reyff, kidnapped 11 days ago in Medellin, were rescued"
                }
                if (!passive && t.titleCase && !sawBe && !hasAuxiliary(t, i, main) && (pos[main].equals("VBD") || pos[main].equals("VBN"))
                        && !out.isEmpty() && out.getLast().is(Kind.NP)) {
                    passive = true; // a headline: "Top Official Shot In Moscow"
                }
                out.add(new Chunk(Kind.VG, i, j, main, passive, false));
                i = j;
                continue;
            }
            Kind k;
            if (p.equals("IN") || p.equals("TO")) {
                k = SUBORDINATORS.contains(w) ? Kind.SUB : Kind.PREP;
            } else if (p.equals("CC")) {
                k = Kind.CONJ;
            } else if (w.equals(",")) {
                k = Kind.COMMA;
            } else if (p.startsWith("W")) {
                k = Kind.SUB;
            } else if (isPunctuation(w) && !p.equals("HYPH") && !p.equals("``") && !p.equals("''") && !w.equals("-")) {
                k = Kind.PUNCT;
            } else {
                k = Kind.OTHER;
            }
            out.add(new Chunk(k, i, i + 1, i, false, false));
            i++;
        }
        // "after Prigozhin started a mutiny": a preposition before a clause is a subordinator
        for (int c = 0; c + 2 < out.size(); c++) {
            Chunk ch = out.get(c);
            if (!ch.is(Kind.PREP) || !CLAUSE_PREPOSITIONS.contains(t.lower[ch.from()]) || !out.get(c + 1).is(Kind.NP)) {
                continue;
            }
            int k = c + 2;
            while (k + 1 < out.size() && (out.get(k).is(Kind.CONJ) || out.get(k).is(Kind.COMMA)) && out.get(k + 1).is(Kind.NP)) {
                k += 2; // "after Skripal and his daughter were poisoned"
            }
            if (k < out.size() && out.get(k).is(Kind.VG) && finite(t, out.get(k))) {
                out.set(c, new Chunk(Kind.SUB, ch.from(), ch.to(), ch.head(), false, false));
            }
        }
        return new Chunks(t, List.copyOf(out));
    }

    private static boolean hasAuxiliary(Tokens t, int from, int main) {
        for (int k = from; k < main; k++) {
            if (t.pos[k].startsWith("VB") || t.pos[k].equals("MD")) {
                return true;
            }
        }
        return false;
    }

    static boolean finite(Tokens t, Chunk vg) {
        for (int k = vg.from(); k < vg.to(); k++) {
            String p = t.pos[k];
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbAhead(Tokens t, int j) {
        for (int k = j; k < Math.min(t.size(), j + 3); k++) {
            if (t.pos[k].startsWith("VB")) {
                return true;
            }
            if (!t.pos[k].startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsQuantity(Tokens t, int j) {
        return t.quantity[j] != null && (j == 0 || t.quantity[j - 1] != t.quantity[j]);
    }

    /** Tokens that must sit in a noun phrase whatever their tag: names and stated quantities. */
    private static boolean forced(Tokens t, int i) {
        return t.name[i] != null || t.quantity[i] != null;
    }

    private static boolean npStart(Tokens t, int i) {
        String p = t.pos[i];
        if (p.equals("RB") && i + 2 < t.size() && (t.pos[i + 1].equals("JJ") || t.pos[i + 1].equals("VBN"))
                && t.pos[i + 2].startsWith("NN") && t.lower[i].endsWith("ly")) {
            return true; // "heavily armed men"
        }
        return switch (p) {
            case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "FW", "WP$" -> !(p.equals("DT") && lonelyDeterminer(t, i));
            case "VBN", "VBG" -> modifierParticiple(t, i);
            default -> false;
        };
    }

    /** "that", "this" standing alone ("that was"), not a determiner of a phrase. */
    private static boolean lonelyDeterminer(Tokens t, int i) {
        return i + 1 >= t.size() || !(t.pos[i + 1].startsWith("NN") || t.pos[i + 1].startsWith("JJ") || t.pos[i + 1].equals("CD")
                || t.pos[i + 1].equals("VBN") || t.pos[i + 1].equals("VBG") || t.name[i + 1] != null || t.quantity[i + 1] != null
                || t.pos[i + 1].equals("``") || t.pos[i + 1].equals("PRP$") || t.pos[i + 1].equals("RBS"));
    }

    private static boolean npInside(Tokens t, int j, int from) {
        String p = t.pos[j];
        return switch (p) {
            case "DT", "PDT" -> j == from;
            case "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "FW", "POS", "HYPH", "WP$" -> true;
            case "VBN", "VBG" -> modifierParticiple(t, j) || j > from && (t.pos[j - 1].equals("DT") || t.pos[j - 1].equals("PRP$")
                    || t.pos[j - 1].equals("POS")) && !(j + 1 < t.size() && (t.pos[j + 1].startsWith("NN") || t.pos[j + 1].equals("DT")
                    || t.pos[j + 1].equals("PRP")) && t.pos[j].equals("VBN")); // "the shooting", "the wounded"
            case "RBS", "RB" -> j == from && t.lower[j].endsWith("ly") || j + 1 < t.size() && t.pos[j + 1].startsWith("JJ") && j > from
                    && (t.pos[j - 1].equals("DT") || t.pos[j - 1].equals("PRP$")); // "the most powerful"
            default -> false;
        };
    }

    /** A participle that modifies a noun: "the wounded soldier", "an unidentified individual". */
    private static boolean modifierParticiple(Tokens t, int i) {
        if (i + 1 >= t.size() || !(t.pos[i + 1].startsWith("NN") || t.pos[i + 1].startsWith("JJ"))) {
            return false;
        }
        return i > 0 && (t.pos[i - 1].equals("DT") || t.pos[i - 1].startsWith("JJ") || t.pos[i - 1].equals("PRP$")
                || t.pos[i - 1].equals("CD") || t.pos[i - 1].equals("POS") || t.pos[i - 1].equals("HYPH")
                || t.pos[i - 1].equals("RB") && t.lower[i - 1].endsWith("ly"));
    }

    private static boolean quoteInside(Tokens t, int j) {
        if (!t.pos[j].equals("``")) {
            return false;
        }
        int close = closingQuote(t, j);
        return close > j + 1 && close + 1 < t.size() && (t.pos[close + 1].startsWith("NN") || t.pos[close + 1].startsWith("JJ"));
    }

    /** A bracketed gloss inside a noun phrase: the phrase goes on with a noun after the closing bracket. */
    private static boolean glossInside(Tokens t, int j) {
        if (!t.pos[j].equals("-LRB-")) {
            return false;
        }
        int close = closingBracket(t, j);
        return close > j + 1 && close + 1 < t.size() && (t.pos[close + 1].startsWith("NN") || t.pos[close + 1].startsWith("JJ"));
    }

    private static int closingBracket(Tokens t, int j) {
        for (int k = j + 1; k < Math.min(t.size(), j + 16); k++) {
            if (t.pos[k].equals("-LRB-")) {
                return -1;
            }
            if (t.pos[k].equals("-RRB-")) {
                return k;
            }
        }
        return -1;
    }

    private static int closingQuote(Tokens t, int j) {
        for (int k = j + 1; k < Math.min(t.size(), j + 7); k++) {
            if (t.pos[k].equals("''")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean verbStart(Tokens t, int i) {
        String p = t.pos[i];
        if (p.startsWith("VB") || p.equals("MD")) {
            return true;
        }
        if (p.equals("TO")) {
            return i + 1 < t.size() && t.pos[i + 1].startsWith("VB");
        }
        if (p.startsWith("RB")) {
            return verbAhead(t, i + 1);
        }
        return false;
    }

    private static boolean isPunctuation(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int head(Tokens t, int from, int to) {
        // the last noun before any genitive ending; names and numbers count as nouns
        int h = -1;
        for (int k = from; k < to; k++) {
            String p = t.pos[k];
            if (p.equals("POS")) {
                continue;
            }
            if (p.startsWith("NN") || t.name[k] != null || p.equals("CD") || p.equals("PRP") || p.equals("FW")) {
                h = k;
            }
        }
        if (h < 0) {
            h = to - 1;
            while (h > from && (t.pos[h].equals("POS") || t.pos[h].equals("''"))) {
                h--;
            }
        }
        return h;
    }

    // ---- moves --------------------------------------------------------------------------------------------------

    Chunk get(int c) {
        return list.get(c);
    }

    int size() {
        return list.size();
    }

    boolean is(int c, Kind k) {
        return c >= 0 && c < list.size() && list.get(c).is(k);
    }

    boolean word(int c, String... words) {
        if (c < 0 || c >= list.size()) {
            return false;
        }
        String w = t.lower[list.get(c).from()];
        for (String x : words) {
            if (w.equals(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a verb group, as noun-phrase chunk indexes (several when coordinated), or empty. Skips an
     * apposition or relative clause between commas ("Kirillov, head of …, was killed") and follows coordinated verbs
     * back to their shared subject ("a gunman shot and wounded …").
     */
    List<Integer> subject(int vg) {
        return subject(vg, 0);
    }

    private List<Integer> subject(int vg, int depth) {
        if (depth > 3) {
            return List.of();
        }
        int c = vg - 1;
        while (c >= 0 && list.get(c).is(Kind.OTHER) && t.pos[list.get(c).from()].startsWith("RB")) {
            c--;
        }
        c = beforeBrackets(c);
        if (c < 0) {
            return List.of();
        }
        Chunk ch = list.get(c);
        if (ch.is(Kind.NP)) {
            if (ch.genitive()) {
                return List.of();
            }
            int first = chainStart(c);
            if (first > 0 && list.get(first - 1).is(Kind.SUB) && list.get(first - 1).from() + 1 == list.get(first).from()
                    && t.pos[list.get(first - 1).from()].startsWith("W")) {
                // "which 106 were shot down": fine, the phrase itself is the subject
                return coordinatedLeft(first);
            }
            return coordinatedLeft(first);
        }
        if (ch.is(Kind.SUB) && t.pos[ch.from()].startsWith("W") && c > 0) {
            // "a drone that struck", "Sarvarov, who was head": the noun phrase before the relative pronoun
            int k = c - 1;
            if (list.get(k).is(Kind.COMMA)) {
                k--;
            }
            if (k >= 0 && list.get(k).is(Kind.NP)) {
                return coordinatedLeft(chainStart(k));
            }
            return List.of();
        }
        if (ch.is(Kind.SUB) && t.lower[ch.from()].equals("that") && c > 0 && list.get(c - 1).is(Kind.NP)) {
            return coordinatedLeft(chainStart(c - 1));
        }
        if (ch.is(Kind.PUNCT) && isDash(t.lower[ch.from()])) {
            // "Two missionaries -- aged 19 and 21 -- were shot": skip back over the dashes
            for (int k = c - 1; k > 0 && c - k < 15; k--) {
                if (list.get(k).is(Kind.PUNCT) && isDash(t.lower[list.get(k).from()])) {
                    return list.get(k - 1).is(Kind.NP) ? coordinatedLeft(chainStart(k - 1)) : List.of();
                }
            }
            return List.of();
        }
        if (ch.is(Kind.COMMA)) {
            // ", a deputy head of …, was": skip back over the parenthesis to the first noun phrase of the clause
            int found = -1;
            for (int k = c; k > 0 && c - k < 40; k--) {
                Chunk x = list.get(k);
                boolean relative = k >= 1 && list.get(k - 1).is(Kind.SUB) && t.pos[list.get(k - 1).from()].startsWith("W");
                if (x.is(Kind.PUNCT) || x.is(Kind.SUB) && !t.pos[x.from()].startsWith("W") || x.is(Kind.VG) && finite(t, x) && !relative) {
                    break;
                }
                if (x.is(Kind.COMMA) && list.get(k - 1).is(Kind.NP) && !list.get(k - 1).genitive()
                        && !(k >= 2 && list.get(k - 2).is(Kind.PREP))) {
                    Chunk open = list.get(k + 1);
                    if (open.is(Kind.NP) || open.is(Kind.SUB) && t.pos[open.from()].startsWith("W")) {
                        found = k - 1;
                    }
                }
            }
            if (found < 0) {
                return List.of();
            }
            List<Integer> out = new ArrayList<>(coordinatedLeft(chainStart(found)));
            out.addAll(appositiveNames(found + 2, c));
            return out;
        }
        if (ch.is(Kind.CONJ)) {
            // coordinated verbs share the subject: find the verb group before the conjunction in this clause
            for (int k = c - 1; k >= 0 && c - k < 12; k--) {
                Chunk x = list.get(k);
                if (x.is(Kind.PUNCT) || x.is(Kind.SUB)) {
                    break;
                }
                if (x.is(Kind.VG)) {
                    return subject(k, depth + 1);
                }
            }
            return List.of();
        }
        return List.of();
    }

    /** The chunk before a bracketed gloss that ends at chunk {@code c} ("the FMLN [Farabundo Marti …] attacked"), else {@code c}. */
    private int beforeBrackets(int c) {
        if (c < 0 || !list.get(c).is(Kind.PUNCT) || !t.pos[list.get(c).from()].equals("-RRB-")) {
            return c;
        }
        for (int k = c - 1; k >= 0 && c - k < 20; k--) {
            String p = t.pos[list.get(k).from()];
            if (list.get(k).is(Kind.PUNCT) && p.equals("-RRB-")) {
                return c;
            }
            if (list.get(k).is(Kind.PUNCT) && p.equals("-LRB-")) {
                return k - 1;
            }
        }
        return c;
    }

    private static boolean isDash(String w) {
        return w.equals("--") || w.equals("\u2014") || w.equals("\u2013");
    }

    /**
     * The names in an apposition ("the two Italians, Roberto Roascio of Milan and Mario Accurso of Rome, were
     * taken"): the noun phrases between {@code from} and {@code to} that are proper names, each with its "of" place.
     */
    private List<Integer> appositiveNames(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Chunk x = list.get(k);
            if (x.is(Kind.VG)) {
                break;
            }
            if (!x.is(Kind.NP) || is(k - 1, Kind.PREP)) {
                continue;
            }
            boolean proper = t.pos[x.head()].startsWith("NNP") && (t.name[x.head()] == null || t.name[x.head()].type() == org.storyline.language.Name.Type.PERSON);
            if (proper) {
                out.add(k);
            }
        }
        return out;
    }

    /** The first noun phrase of "head of the directorate of the staff" ending at chunk {@code c}. */
    int chainStart(int c) {
        int first = c;
        while (first >= 2 && list.get(first - 1).is(Kind.PREP) && CHAIN_PREPOSITIONS.contains(t.lower[list.get(first - 1).from()])
                && list.get(first - 2).is(Kind.NP) && !isTime(first - 2) && !isTime(first)) {
            first -= 2; // "head of the directorate", "a car bomb in Balashikha near Moscow"
        }
        if (first >= 1 && list.get(first - 1).is(Kind.NP) && list.get(first - 1).genitive()) {
            // "Russia's military intelligence arm": the possessed phrase stands for the whole
            return first;
        }
        return first;
    }

    /** Noun phrases coordinated with the one at {@code c}, looking left ("Skripal and his daughter"). */
    private List<Integer> coordinatedLeft(int c) {
        List<Integer> out = new ArrayList<>();
        out.add(c);
        int k = c;
        boolean conj = false;
        while (k >= 2 && out.size() < 6) {
            Chunk sep = list.get(k - 1);
            int prev = k - 2;
            if (sep.is(Kind.CONJ) && list.get(prev).is(Kind.COMMA) && prev >= 1) {
                prev--; // Oxford comma: "A, B, and C"
            }
            if (!(sep.is(Kind.CONJ) || sep.is(Kind.COMMA)) || !list.get(prev).is(Kind.NP) || list.get(prev).genitive() || isTime(prev)) {
                break;
            }
            if (sep.is(Kind.COMMA) && !conj) {
                break; // "In April, X killed": a comma alone does not coordinate
            }
            conj |= sep.is(Kind.CONJ);
            k = prev;
            out.addFirst(k);
        }
        return out;
    }

    /** The objects of a verb group: the noun phrase after it, with those coordinated with it. */
    List<Integer> objects(int vg) {
        int c = vg + 1;
        while (c < list.size() && list.get(c).is(Kind.OTHER) && t.pos[list.get(c).from()].startsWith("RB")) {
            c++;
        }
        if (c >= list.size() || !list.get(c).is(Kind.NP) || isTime(c)) {
            return List.of();
        }
        if (list.get(c).genitive() && c + 1 < list.size() && list.get(c + 1).is(Kind.NP)) {
            c++;
        }
        return coordinatedRight(c);
    }

    /** Noun phrases coordinated with the one at {@code c}, looking right ("Russia, Ukraine, and the United States"). */
    List<Integer> coordinatedRight(int c) {
        List<Integer> out = new ArrayList<>();
        out.add(c);
        int k = c;
        while (k + 2 < list.size() && out.size() < 6) {
            Chunk sep = list.get(k + 1);
            int next = k + 2;
            if (sep.is(Kind.COMMA) && list.get(next).is(Kind.CONJ) && next + 1 < list.size()) {
                next++; // Oxford comma: ", and"
            }
            if (!(sep.is(Kind.CONJ) || sep.is(Kind.COMMA)) || !list.get(next).is(Kind.NP)) {
                break;
            }
            if (sep.is(Kind.COMMA) && next == k + 2 && !conjunctionAhead(next)) {
                break; // "Moskalik, deputy head of …": an apposition, not a list
            }
            if (next + 1 < list.size() && list.get(next + 1).is(Kind.VG) && finite(t, list.get(next + 1))) {
                break; // "…, and the guerrillas fled": a new clause
            }
            if (list.get(next).genitive() && next + 1 < list.size() && list.get(next + 1).is(Kind.NP)) {
                next++;
            }
            out.add(next);
            k = next;
        }
        return out;
    }

    /** Whether a list goes on to "and"/"or" after chunk {@code c}: "A, B and C". */
    private boolean conjunctionAhead(int c) {
        for (int k = c + 1; k < Math.min(list.size(), c + 8); k++) {
            Chunk x = list.get(k);
            if (x.is(Kind.CONJ)) {
                return k + 1 < list.size() && list.get(k + 1).is(Kind.NP);
            }
            if (!(x.is(Kind.NP) || x.is(Kind.COMMA))) {
                return false;
            }
        }
        return false;
    }

    /** A prepositional phrase: the preposition (lower case) and its noun phrase. */
    record Pp(String preposition, int np) {
    }

    /**
     * The prepositional phrases after chunk {@code c}, in order, until the clause ends: "in a residential building
     * located on Volokolamskoye Highway in Moscow" gives in, on, in. Nested "of" phrases are included.
     */
    List<Pp> after(int c) {
        List<Pp> out = new ArrayList<>();
        int k = c + 1;
        while (k < list.size() && out.size() < 8) {
            Chunk ch = list.get(k);
            if (ch.is(Kind.PREP) || (ch.is(Kind.VG) && PARTICIPLE_PREPOSITIONS.contains(t.lower[ch.from()]) && ch.to() - ch.from() == 1)) {
                String prep = t.lower[ch.from()];
                if (ch.is(Kind.VG) && (prep.equals("located") || prep.equals("situated")) && k + 1 < list.size()
                        && list.get(k + 1).is(Kind.PREP)) {
                    k++;
                    prep = t.lower[list.get(k).from()];
                }
                // "along with", "according to": two-word prepositions; "in front of"
                if (k + 1 < list.size() && list.get(k + 1).is(Kind.PREP)) {
                    k++;
                    prep = prep + " " + t.lower[list.get(k).from()];
                } else if (k + 2 < list.size() && list.get(k + 1).is(Kind.NP) && list.get(k + 1).to() - list.get(k + 1).from() == 1
                        && Set.of("front", "vicinity", "middle").contains(t.lower[list.get(k + 1).from()]) && list.get(k + 2).is(Kind.PREP)
                        && t.lower[list.get(k + 2).from()].equals("of")) {
                    prep = prep + " " + t.lower[list.get(k + 1).from()] + " of";
                    k += 2;
                }
                if (k + 1 < list.size() && list.get(k + 1).is(Kind.NP)) {
                    int np = k + 1;
                    if (list.get(np).genitive() && np + 1 < list.size() && list.get(np + 1).is(Kind.NP)) {
                        out.add(new Pp(prep, np));
                        np++;
                    }
                    out.add(new Pp(prep, np));
                    k = np + 1;
                    // coordinated objects of the same preposition: "between Russia and Ukraine", "Russia, Ukraine, and the US"
                    while (k + 1 < list.size() && (list.get(k).is(Kind.CONJ) || list.get(k).is(Kind.COMMA))) {
                        int next = k + 1;
                        if (list.get(k).is(Kind.COMMA) && list.get(next).is(Kind.CONJ) && next + 1 < list.size()) {
                            next++;
                        }
                        if (!list.get(next).is(Kind.NP) || next + 1 < list.size() && list.get(next + 1).is(Kind.VG)
                                && finite(t, list.get(next + 1))) {
                            break;
                        }
                        out.add(new Pp(prep, next));
                        k = next + 1;
                    }
                    continue;
                }
                break;
            }
            if (ch.is(Kind.OTHER) && (t.lower[ch.from()].equals("together") || t.lower[ch.from()].equals("along")) && is(k + 1, Kind.PREP)
                    && word(k + 1, "with") && is(k + 2, Kind.NP)) {
                out.add(new Pp(t.lower[ch.from()] + " with", k + 2)); // "abducted together with his secretary"
                k += 3;
                continue;
            }
            if (ch.is(Kind.OTHER) && t.pos[ch.from()].startsWith("RB")) {
                k++;
                continue;
            }
            if (ch.is(Kind.NP) && isTime(k)) {
                k++;
                continue;
            }
            if (ch.is(Kind.PUNCT) && t.pos[ch.from()].equals("-LRB-")) {
                int close = k + 1;
                while (close < list.size() && close - k < 12 && !(list.get(close).is(Kind.PUNCT) && t.pos[list.get(close).from()].startsWith("-"))) {
                    close++;
                }
                if (close < list.size() && t.pos[list.get(close).from()].equals("-RRB-")) {
                    k = close + 1; // "murdered last Friday [17 November] by": a gloss between the verb and its phrases
                    continue;
                }
            }
            if (ch.is(Kind.COMMA) && k + 1 < list.size() && list.get(k + 1).is(Kind.VG)
                    && PARTICIPLE_PREPOSITIONS.contains(t.lower[list.get(k + 1).from()])) {
                k++; // ", using an estimated 500 drones"
                continue;
            }
            break;
        }
        return out;
    }

    /** Whether a noun phrase is a date or time ("Friday", "Wednesday night", "2018"). */
    boolean isTime(int c) {
        Chunk ch = list.get(c);
        if (t.time[ch.head()] != null) {
            return true;
        }
        return Dates.timeWord(t.lower[ch.head()]);
    }

    /** The verb group that governs a noun phrase: "carried out [an attack]", "added him to [its sanctions list]". */
    int governor(int np) {
        int c = np - 1;
        if (c >= 1 && (is(c, Kind.VG) || is(c, Kind.PREP)) && (word(c, "including") || word(c, "like"))) {
            // "carrying out actions, including attacks on the electrical system"
            int k = c - 1;
            if (is(k, Kind.COMMA)) {
                k--;
            }
            if (is(k, Kind.NP)) {
                return governor(k);
            }
        }
        if (c >= 0 && list.get(c).is(Kind.NP) && list.get(c).genitive()) {
            c--;
        }
        if (c >= 0 && list.get(c).is(Kind.PREP)) {
            c--;
            // "added him to its sanctions list": skip the object between verb and preposition
            if (c >= 0 && list.get(c).is(Kind.NP)) {
                c--;
            }
        }
        while (c >= 0 && list.get(c).is(Kind.OTHER) && t.pos[list.get(c).from()].startsWith("RB")) {
            c--;
        }
        return c >= 0 && list.get(c).is(Kind.VG) ? c : -1;
    }

    /** Whether a clause boundary (sentence punctuation, a subordinator) lies between two tokens. */
    int boundaries(int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        int n = 0;
        for (int c = at[from] + 1; c < at[to]; c++) {
            Chunk ch = list.get(c);
            if (ch.is(Kind.PUNCT) || ch.is(Kind.SUB)) {
                n += 2;
            } else if (ch.is(Kind.COMMA)) {
                n += 1;
            }
        }
        return n;
    }
}
