package org.storyline.language.internal.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues from the sentence around an expression: whether it speaks of the future, which word comes before.
 *
 * <p>Design decision: the tense of a sentence is read from a few words (modals, "is expected to", "payable"), not
 * parsed. News reports the past; a bare weekday or month refers back unless the sentence before it says otherwise.
 */
final class Cues {
    private Cues() {
    }

    /** How far back a sentence is searched for its start. */
    private static final int SENTENCE = 200;

    /** Words that put what follows them in the future: "will meet Friday", "is expected in December". */
    static final Set<String> FUTURE = Set.of("will", "shall", "would", "going", "planning", "scheduled",
            "schedule", "expect", "expects", "expected", "due", "payable", "effective", "upcoming", "next", "tomorrow",
            "intend", "intends", "hope", "hopes", "soon", "begin", "must", "should", "could", "can", "might", "resume", "start", "starts",
            "ready", "prepare", "prepares", "preparing", "await", "awaits", "awaiting");

    /** Past forms that are not regular "-ed" participles. */
    static final Set<String> PAST = Set.of("said", "was", "were", "had", "did", "met", "told", "left", "made", "took", "came", "went",
            "gave", "got", "held", "began", "saw", "found", "became", "brought", "fell", "rose", "won", "lost", "sent", "spoke", "wrote",
            "ran", "struck", "led", "kept", "paid", "sold", "bought", "thought", "felt", "heard", "fled", "shot", "quit", "ago", "last",
            "since", "yesterday", "earlier", "broke", "stood", "drew", "flew", "grew", "knew", "threw", "wore", "chose", "froze", "hid",
            "stole", "swore", "tore", "woke", "forgot", "meant", "sought", "taught", "caught", "fought", "built", "spent",
            "lent", "slept", "swept", "wept", "dealt", "agreed", "freed");

    /** Words that speak of the future when "to" follows them. */
    static final Set<String> TO_FUTURE = Set.of("plan", "plans", "planned", "want", "wants", "set", "ready", "is", "are");

    /** Present forms: the nearest of them stops the search for a tense. */
    static final Set<String> PRESENT = Set.of("is", "are", "am", "has", "have", "says", "say");

    /** "-ed" words that are not past forms. */
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "indeed", "red", "bed", "hundred", "feed", "seed", "proceed",
            "succeed", "exceed", "breed", "embed", "shed", "wed", "united", "armed", "based", "related", "limited", "interested",
            "concerned", "supposed", "used", "advanced", "detailed", "increased", "reduced", "proposed");

    /** Words right before a date that make it a deadline, which news states ahead of time. */
    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through");

    private static boolean previousWordIs(String text, int from, int pos, String word) {
        int e = pos;
        while (e > from && !Character.isLetter(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).equalsIgnoreCase(word);
    }

    /** How far back the tense of a sentence is looked for, in words. */
    private static final int TENSE_WORDS = 25;

    /**
     * Whether the sentence before {@code pos} speaks of the future: the nearest word that marks a tense decides
     * ("said Friday" is past, "will meet Friday" future, "is expected to be completed by Dec. 15" future).
     */
    static boolean future(String text, int pos) {
        return tense(text, pos) > 0;
    }

    /** +1 for a future cue, -1 for a past one, 0 for none, looking back from {@code pos} within its sentence. */
    static int tense(String text, int pos) {
        int from = sentenceStart(text, pos);
        int e = pos;
        boolean participle = false;
        String after = "";
        for (int k = 0; k < TENSE_WORDS; k++) {
            while (e > from && !Character.isLetter(text.charAt(e - 1))) {
                e--;
            }
            if (e <= from) {
                return 0;
            }
            int s = e;
            while (s > from && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            String w = text.substring(s, e).toLowerCase(Locale.ROOT);
            if (w.equals("ll") && s > 0 && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '\u2019')) {
                return 1;
            }
            if (k == 0 && DEADLINE.contains(w)) {
                return 1; // "by Jan. 14", "until March 6"
            }
            if (w.equals("early") && previousWordIs(text, from, s, "as")) {
                return 1; // "as early as Tuesday"
            }
            if (w.equals("record") && previousWordIs(text, from, s, "of")) {
                return 1; // "holders of record Nov. 15"
            }
            if (TO_FUTURE.contains(w) && "to".equals(after)) {
                return 1; // "plans to meet Friday"; "the plan Aug. 21" is no cue
            }
            if (!participle && PRESENT.contains(w)) {
                return 0; // "is calling for the redemption on Dec. 7": the present says nothing
            }
            if (participle && (w.equals("be") || w.equals("being"))) {
                participle = false; // "will be paid", "to be completed": look further back
            } else if (participle) {
                return -1;
            } else if (FUTURE.contains(w)) {
                return 1;
            } else if (PAST.contains(w) || w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w)
                    && Character.isLowerCase(text.charAt(s))) {
                participle = true;
            }
            after = w;
            e = s;
        }
        return participle ? -1 : 0;
    }

    /** Where the sentence holding {@code pos} begins, looking back at most {@value #SENTENCE} characters. */
    static int sentenceStart(String text, int pos) {
        int limit = Math.max(0, pos - SENTENCE);
        for (int i = pos - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                return i + 1;
            }
            int after = i + 1;
            while (after < text.length() && after < i + 3 && (text.charAt(after) == '"' || text.charAt(after) == '\'' || text.charAt(after) == ')'
                    || text.charAt(after) == '\u201d' || text.charAt(after) == '\u2019')) {
                after++;
            }
            if ((c == '.' || c == '!' || c == '?') && after < text.length() && Character.isWhitespace(text.charAt(after))) {
                // "Oct. 6" and "Mr. Smith" do not end sentences: a capital after a short word does not count
                int w = i - 1;
                while (w >= 0 && Character.isLetter(text.charAt(w))) {
                    w--;
                }
                if (i - 1 - w <= 3 && i - 1 - w >= 1 && Character.isUpperCase(text.charAt(w + 1))) {
                    continue;
                }
                return after;
            }
        }
        return limit;
    }

    /** The word just before {@code pos}, lower case; "" if none. */
    static String previousWord(String text, int pos) {
        int e = pos;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '\'')) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /**
     * Capitalised words that are not names: what begins sentences and header lines before a date ("On", "Since",
     * "Also", "Published").
     */
    static final Set<String> NOT_NAMES = Set.of("in", "on", "at", "since", "until", "till", "by", "from", "through", "during", "of",
            "before", "after", "between", "and", "or", "but", "to", "for", "throughout", "into", "that", "the", "a", "an", "this",
            "these", "those", "its", "also", "then", "so", "yet", "as", "about", "around", "over", "under", "within", "with",
            "without", "per", "via", "every", "each", "all", "both", "only", "even", "still", "again", "not", "no", "here",
            "there", "when", "while", "if", "because", "than", "like", "last", "next", "early", "late", "earlier", "later",
            "mid", "past", "published", "updated", "posted", "dated", "filed", "issued", "released", "modified",
            "created", "edited", "sent", "received", "date", "what", "which", "who", "where", "why", "how", "it",
            "he", "she", "we", "they", "i", "you", "his", "her", "their", "our", "my", "your", "is", "was", "will", "would");

    /** Titles written with a period before names: "Ms. May", "Gen. Lee". */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "gen", "sen", "rep", "gov", "col", "capt",
            "lt", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "amb", "insp", "det", "supt", "st");

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /**
     * The start of the word directly before {@code pos}, separated from it by spaces only (no line break), with its
     * period when it is a title ("Ms."); -1 when there is none.
     */
    static int wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && blank(text.charAt(e - 1))) {
            e--;
        }
        if (e == pos) {
            return -1;
        }
        if (e > 0 && text.charAt(e - 1) == '.') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s == e || s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && "\"\u201c(\u2014\u2013".indexOf(text.charAt(s - 1)) < 0) {
            return -1; // "O'Neill", "Jean-Pierre", "3rd": not a plain word
        }
        return s;
    }

    /** Whether a word is capitalised as names are: "Theresa", "McCain"; not "NATO", not "the". */
    static boolean capitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a given name or a title stands directly before {@code pos}: "Theresa [May]", "Ms. [May]", "Sheffield
     * [Wednesday]"; not a word that begins sentences or header lines ("In", "Since", "Published") nor a time word.
     */
    static boolean nameBefore(String text, int pos) {
        int s = wordBefore(text, pos);
        if (s < 0) {
            return false;
        }
        String w = text.substring(s, pos).strip();
        if (w.endsWith(".")) {
            return TITLES.contains(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT));
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return capitalised(w) && !NOT_NAMES.contains(lower) && !Lexicon.HEADS.contains(lower);
    }

    /** Whether a capitalised word that is no time word follows {@code end} on the same line: "June [Carter]". */
    static boolean nameAfter(String text, int end) {
        int s = end;
        while (s < text.length() && blank(text.charAt(s))) {
            s++;
        }
        if (s == end) {
            return false;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(s, e);
        String lower = w.toLowerCase(Locale.ROOT);
        return capitalised(w) && !NOT_NAMES.contains(lower) && !Lexicon.HEADS.contains(lower);
    }

    /** Whether {@code pattern} occurs from {@code before} characters before the span to {@code after} after it. */
    static boolean near(String text, int start, int end, Pattern pattern, int before, int after) {
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, start - before), Math.min(text.length(), end + after));
        return m.find();
    }

    /** Lower case with runs of white space as one space. */
    static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
            }
            space = false;
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
