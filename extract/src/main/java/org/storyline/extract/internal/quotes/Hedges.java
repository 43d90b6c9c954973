package org.storyline.extract.internal.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporter's framing of an attribution: words in the attribution's own sentence, outside what was said
 * ("claimed without evidence", "allegedly", "citing investigators", "according to unofficial reports"), or a
 * disclaimer in the sentence after it ("It was not possible to independently verify the claim").
 */
final class Hedges {
    private static final String EVIDENCE = "(?:any |the |further |supporting |concrete |hard )?(?:evidence|proof)";
    private static final String VERIFY = "(?:independently |immediately )?(?:verify|verified|confirm|confirmed)";

    /** Phrases that hedge an attribution when they stand in its frame. */
    private static final List<Pattern> FRAME = List.of(
            Pattern.compile("\\bwithout (?:providing |offering |citing |presenting |giving |producing |showing "
                    + "|supplying |sharing |backing it up with )?" + EVIDENCE),
            Pattern.compile("\\baccording to (?:unofficial|unconfirmed|unverified|preliminary|initial|early|"
                    + "anonymous|unnamed|some|local|media|press|social media|russian media|state media)"
                    + "(?: [a-z]+){0,2}? ?(?:reports?|information|data|sources|estimates|accounts|media)"),
            Pattern.compile("\\b(?:allegedly|reportedly|purportedly|supposedly|falsely|baselessly|wrongly|"
                    + "unverifiably|apparently)\\b"),
            Pattern.compile("\\bciting [^,.;:#]{1,60}"),
            Pattern.compile("\\baccording to [^,.;:#]{1,60}"));

    private static final Pattern UNCONFIRMED = Pattern.compile(
            "\\b(?:unofficial|unconfirmed|unverified|preliminary|anonymous|unnamed)\\b");

    /** Disclaimers that hedge the attributions of the sentence before them, or their own. */
    private static final List<Pattern> DISCLAIMERS = List.of(
            Pattern.compile("\\b(?:it was|it is|it has been|it wasn't|it isn't|it was n't) (?:not )?"
                    + "(?:possible|able) to " + VERIFY),
            Pattern.compile("\\b(?:could not|could n't|cannot|can not|can n't|was unable to|were unable to|"
                    + "has been unable to|have been unable to|has not been able to|could not be|cannot be|"
                    + "have not been|has not been|had not been|was not|were not) " + VERIFY),
            Pattern.compile("\\b(?:did not|did n't|does not|does n't|do not|failed to|has not|have not) "
                    + "(?:provide|offer|present|give|cite|produce|show|supply|share|back up .{1,30} with) "
                    + EVIDENCE),
            Pattern.compile("\\b(?:provided|offered|gave|presented|cited|produced|showed|supplied) no " + EVIDENCE),
            Pattern.compile("\\b(?:unverified|unconfirmed|unsubstantiated)\\b"));

    private Hedges() {
    }

    /**
     * The hedge of an attribution, as written in the text, or null.
     *
     * @param attributedUnits the units that hold an attribution: a disclaimer in one of those is that one's
     */
    static String find(Tokens t, Attribution f, java.util.Set<Integer> attributedUnits) {
        int[] unit = t.units.get(f.unit);
        if (f.kind == Attribution.Kind.ACCORDING && f.speaker != null) {
            // "According to unofficial reports, …": the source itself is the reporter's hedge.
            String phrase = t.text(f.cueFrom, f.speaker.last());
            if (UNCONFIRMED.matcher(Lexicon.normal(phrase)).find()) {
                return phrase;
            }
        }
        String found = match(t, unit[0], unit[1], f, FRAME);
        if (found == null) {
            found = match(t, unit[0], unit[1], f, DISCLAIMERS);
        }
        if (found == null && f.lastUnit + 1 < t.units.size() && !attributedUnits.contains(f.lastUnit + 1)) {
            int[] next = t.units.get(f.lastUnit + 1);
            if (t.paragraph[next[0]] - t.paragraph[t.units.get(f.lastUnit)[1] - 1] <= 1) {
                found = match(t, next[0], next[1], null, DISCLAIMERS);
            }
        }
        return found;
    }

    /** Matches patterns on tokens [a, b), with the attribution's own content and cue masked out. */
    private static String match(Tokens t, int a, int b, Attribution f, List<Pattern> patterns) {
        StringBuilder s = new StringBuilder();
        int[] starts = new int[b - a];
        for (int i = a; i < b; i++) {
            starts[i - a] = s.length();
            boolean masked = t.region[i] >= 0 || f != null && (inContent(f, i) || i >= f.cueFrom && i < f.cueTo);
            s.append(masked ? "#" : t.lower[i]).append(' ');
        }
        String line = s.toString();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                int first = token(starts, m.start());
                int last = token(starts, Math.max(m.start(), m.end() - 1));
                String text = t.text(a + first, a + last + 1).strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static int token(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= offset) {
            k++;
        }
        return k;
    }

    private static boolean inContent(Attribution f, int i) {
        for (int[] r : f.partTokens) {
            if (r[0] <= i && i < r[1]) {
                return true;
            }
        }
        return false;
    }
}
