package org.storyline.language.internal.numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed word lists of the quantity rules: number words with their values, hedge words, and the words that end
 * or shape a counted noun phrase. A word is looked up straight in the text (case-insensitively, with ’ read as ')
 * without making a string, so every word of an article can be looked up at little cost.
 *
 * <p>Each entry carries a number {@linkplain #kind kind} with its {@linkplain #value value} and a set of
 * {@linkplain #flags flags}. Any entry is a <em>known</em> word: a capitalised word that is not known is read as a
 * name ("Flight 752", "Formula One").
 */
final class Lexicon {
    // Number kinds.
    static final byte NONE = 0;
    static final byte ZERO = 1;
    static final byte UNIT = 2;
    static final byte TEEN = 3;
    static final byte TENS = 4;
    static final byte HUNDRED = 5;
    /** thousand, million, billion, trillion and their abbreviations. */
    static final byte SCALE = 6;
    static final byte DOZEN = 7;
    /** "a", "an": a number only before a scale word ("a hundred", "a dozen"). */
    static final byte ARTICLE = 8;
    /** "half": only in "half a dozen", "half a million". */
    static final byte HALF = 9;
    /** dozens, scores, hundreds, thousands, millions, billions, tens: value is the unit counted twice over. */
    static final byte VAGUE_PLURAL = 10;
    /** several, few, many, couple: before a scale word ("several hundred"). */
    static final byte VAGUE_ADJ = 11;

    // Flags.
    /** Closed-class words that end a counted noun phrase (articles, prepositions, pronouns, auxiliaries, adverbs). */
    static final int STOP = 1;
    /** Verbs whose form does not show they are verbs ("hit", "fell", "say"): they end a noun phrase too. */
    static final int VERB = 1 << 1;
    /** Month names (only when capitalised). */
    static final int MONTH = 1 << 2;
    static final int WEEKDAY = 1 << 3;
    /** Nouns that count whatever their form: irregular plurals, units, currencies ("people", "aircraft", "km"). */
    static final int COUNT_NOUN = 1 << 4;
    /** Singular units that make a number an adjective before another noun ("24 hour period"). */
    static final int UNIT_SINGULAR = 1 << 5;
    /** Words that name a numbered thing before its number ("Article 5", "page 3", "flight 752"). */
    static final int LABEL = 1 << 6;
    /** "aged", "age", "ages": the number after is an age. */
    static final int AGE = 1 << 7;
    /** Words after a number that make it a clock time ("10 am", "1400 GMT"). */
    static final int CLOCK = 1 << 8;
    /** Words before a number that make it a phone number. */
    static final int PHONE = 1 << 9;
    /** Words before "one" that make it a pronoun ("no one", "the one", "this one"). */
    static final int ONE_BLOCK = 1 << 10;
    /** Words after "one" that make it an idiom or a time ("one another", "one day", "one by one"). */
    static final int ONE_IDIOM = 1 << 11;
    /** Predicates after a bare "one" that make it a count ("one was killed", "one died"). */
    static final int ONE_VERB = 1 << 12;
    /** Determiners between a partitive "of" and its noun ("nine of the drones", "one of his arms"). */
    static final int DETERMINER = 1 << 13;
    /** Pronouns after a partitive "of": the count has no noun of its own ("nine of which", "two of them"). */
    static final int PARTITIVE_PRONOUN = 1 << 14;
    /** Words after "one of the" that make it a figure of speech ("one of the most", "one of the first"). */
    static final int RANKING = 1 << 15;
    /** Plural time units: "over" before them is a preposition ("over 24 hours"), not a hedge. */
    static final int TIME_UNIT = 1 << 16;
    /** percent, pct. */
    static final int PERCENT = 1 << 17;
    /** Words before a year-like number that make it a year even before a plural ("the 2024 elections"). */
    static final int YEAR_CONTEXT = 1 << 18;
    /** States, not nouns: "dead", "missing", "hurt". */
    static final int STATE = 1 << 19;
    /** Adverbs that may soften a hedge: "just over", "well above", "slightly more than". */
    static final int SOFTENER = 1 << 20;
    /** Words before a number that make it negative ("minus 5"). */
    static final int NEGATIVE = 1 << 21;
    /** Capitalised names of currencies before an amount ("USD 5 million"). */
    static final int CURRENCY_CODE = 1 << 22;

    private static final Lexicon INSTANCE = build();

    private final String[] keys;
    private final int[] slotEntry;
    private final int mask;
    private final byte[] kinds;
    private final long[] values;
    private final int[] flags;

    private Lexicon(List<String> words, List<Byte> kinds, List<Long> values, List<Integer> flags) {
        int n = words.size();
        this.kinds = new byte[n];
        this.values = new long[n];
        this.flags = new int[n];
        this.keys = words.toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            this.kinds[i] = kinds.get(i);
            this.values[i] = values.get(i);
            this.flags[i] = flags.get(i);
        }
        int size = Integer.highestOneBit(Math.max(16, n * 4) - 1) << 1;
        this.mask = size - 1;
        this.slotEntry = new int[size];
        java.util.Arrays.fill(slotEntry, -1);
        for (int i = 0; i < n; i++) {
            int slot = keys[i].hashCode() & mask;
            while (slotEntry[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slotEntry[slot] = i;
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** The entry of the word {@code text[start, end)}, or -1 when it is not in the lexicon. */
    int lookup(CharSequence text, int start, int end) {
        int len = end - start;
        if (len > 16) {
            return -1;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        int slot = h & mask;
        while (true) {
            int e = slotEntry[slot];
            if (e < 0) {
                return -1;
            }
            String key = keys[e];
            if (key.length() == len && matches(key, text, start)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean matches(String key, CharSequence text, int start) {
        for (int i = 0, n = key.length(); i < n; i++) {
            if (key.charAt(i) != fold(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, with the typographic apostrophe read as a plain one. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    /** The entry of a word given in lower case; fails when the word is missing (a programming error). */
    int require(String word) {
        int e = lookup(word, 0, word.length());
        if (e < 0) {
            throw new IllegalStateException("word is not in the quantity lexicon: " + word);
        }
        return e;
    }

    byte kind(int entry) {
        return entry < 0 ? NONE : kinds[entry];
    }

    long value(int entry) {
        return entry < 0 ? 0 : values[entry];
    }

    boolean has(int entry, int flag) {
        return entry >= 0 && (flags[entry] & flag) != 0;
    }

    String word(int entry) {
        return keys[entry];
    }

    private static Lexicon build() {
        Builder b = new Builder();
        b.number(ZERO, 0, "zero");
        b.number(UNIT, 1, "one");
        b.number(UNIT, 2, "two");
        b.number(UNIT, 3, "three");
        b.number(UNIT, 4, "four");
        b.number(UNIT, 5, "five");
        b.number(UNIT, 6, "six");
        b.number(UNIT, 7, "seven");
        b.number(UNIT, 8, "eight");
        b.number(UNIT, 9, "nine");
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
        for (int i = 0; i < teens.length; i++) {
            b.number(TEEN, 10 + i, teens[i]);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            b.number(TENS, 20 + 10L * i, tens[i]);
        }
        b.number(HUNDRED, 100, "hundred");
        b.number(SCALE, 1_000, "thousand");
        b.number(SCALE, 1_000_000, "million", "mln", "mn");
        b.number(SCALE, 1_000_000_000, "billion", "bln", "bn");
        b.number(SCALE, 1_000_000_000_000L, "trillion", "tn");
        b.number(DOZEN, 12, "dozen");
        b.number(ARTICLE, 1, "a", "an");
        b.number(HALF, 0, "half");
        b.number(VAGUE_PLURAL, 10, "tens");
        b.number(VAGUE_PLURAL, 12, "dozens");
        b.number(VAGUE_PLURAL, 20, "scores");
        b.number(VAGUE_PLURAL, 100, "hundreds");
        b.number(VAGUE_PLURAL, 1_000, "thousands");
        b.number(VAGUE_PLURAL, 1_000_000, "millions");
        b.number(VAGUE_PLURAL, 1_000_000_000, "billions");
        b.number(VAGUE_ADJ, 2, "several", "few", "many", "couple");

        b.flag(STOP, "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "into", "onto",
            "from", "by", "for", "with", "without", "within", "across", "over", "under", "after", "before", "during",
            "since", "until", "till", "through", "throughout", "between", "among", "amid", "amidst", "against",
            "toward", "towards", "near", "around", "about", "per", "via", "than", "as", "like", "and", "or", "but",
            "nor", "so", "yet", "if", "while", "when", "where", "who", "whom", "whose", "which", "what", "why", "how",
            "because", "although", "though", "whether", "is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "not", "no", "never", "also", "only", "just", "even", "still", "already", "now",
            "then", "there", "here", "overnight", "yesterday", "today", "tonight", "tomorrow", "ago", "earlier",
            "later", "each", "apiece", "every", "all", "both", "either", "neither", "some", "any", "most", "least",
            "very", "too", "it", "its", "it's", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us",
            "our", "you", "your", "i", "me", "my", "reportedly", "respectively", "including", "excluding",
            "according", "altogether", "total", "alone", "again", "away", "back", "down", "up", "out", "off",
            "inside", "outside", "nearby", "however", "therefore", "thus", "instead", "otherwise", "perhaps",
            "nearly", "almost", "approximately", "roughly", "another", "such", "own", "same", "else", "once",
            "twice", "upon", "along", "beyond", "above", "below", "behind", "beside", "besides", "despite", "except",
            "unlike", "plus", "versus", "vs", "etc", "whereas", "whereby", "there's", "that's", "who's", "what's",
            "meanwhile", "overall", "altogether", "additionally", "furthermore", "moreover", "currently", "soon",
            "afterwards", "recently", "lately", "always", "sometimes", "often", "usually", "seriously", "fatally",
            "critically", "slightly", "lightly", "mostly", "mainly", "largely", "far", "well", "yes", "yet", "ever",
            "out", "amongst", "whilst", "onboard", "aboard", "abroad", "ahead", "apart", "aside", "home", "there",
            "o'clock", "am", "pm", "hrs", "gmt", "utc");
        b.flag(VERB, "hit", "struck", "fell", "died", "die", "came", "comes", "went", "goes", "took", "made", "left",
            "fled", "flee", "got", "became", "become", "becomes", "held", "kept", "said", "say", "says", "told",
            "tell", "remain", "continue", "began", "begin", "lost", "saw", "shot", "rose", "grew", "ran", "flew",
            "sent", "brought", "caught", "fought", "spent", "built", "drove", "gave", "found", "won", "met", "led",
            "paid", "stood", "sat", "spoke", "broke", "chose", "threw", "knew", "drew", "hid", "lay", "include",
            "includes", "exceed", "exceeds", "appear", "appears", "seem", "seems", "believe", "believes", "accuse",
            "accuses", "deny", "denies", "warn", "warns", "urge", "urges", "want", "wants", "know", "knows", "think",
            "thinks", "hope", "seek", "sought", "wounding", "killing", "injuring", "leaving", "bringing", "taking",
            "making", "raising", "pushing", "putting", "sending", "rising");
        b.flag(VERB, "wrote", "thought", "felt", "heard", "meant", "sold", "bought", "taught", "understood", "ate",
            "rode", "swore", "tore", "wore", "woke", "hung", "stuck", "dug", "forgot", "shook", "slid", "spread",
            "sank", "sang", "swam", "rang", "shut", "quit", "withdrew", "overran", "arose", "told");
        b.flag(MONTH, "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");
        b.flag(WEEKDAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
        b.flag(COUNT_NOUN, "people", "children", "men", "women", "police", "personnel", "staff", "crew", "aircraft",
            "spacecraft", "cattle", "livestock", "sheep", "deer", "fish", "feet", "teeth", "mice", "geese",
            "infantry", "militia", "clergy", "offspring", "craft", "km", "kg", "mph", "usd", "eur", "gbp", "uah", "rub",
            "hryvnia", "yuan", "yen", "percent", "pct", "kin", "folk", "youth", "data", "media");
        b.flag(UNIT_SINGULAR, "hour", "day", "week", "month", "year", "minute", "second", "night", "decade", "mile",
            "kilometre", "kilometer", "km", "metre", "meter", "foot", "inch", "ton", "tonne", "point", "man",
            "nation", "storey", "story", "floor", "seat", "page", "step", "stage", "game", "match", "part",
            "lane", "bed", "room", "megawatt", "kilowatt", "gigawatt", "pound", "dollar", "euro");
        b.flag(LABEL, "article", "section", "chapter", "page", "paragraph", "clause", "item", "resolution",
            "flight", "route", "highway", "room", "gate", "platform", "terminal", "unit", "channel", "level", "phase",
            "stage", "category", "grade", "version", "model", "number", "episode", "season", "volume", "vol",
            "part", "step", "rule", "protocol", "block", "act", "amendment", "exit", "pier", "bay", "row", "seat",
            "lane", "ward", "zone", "sector", "track", "tier", "code", "figure", "fig", "table", "apartment", "bus",
            "train", "reactor", "no", "nos", "nr");
        b.flag(AGE, "aged", "age", "ages");
        b.flag(CLOCK, "am", "pm", "o'clock", "gmt", "utc", "hrs", "cet", "cest", "bst", "edt", "est", "pst", "pdt",
            "msk", "eet", "eest");
        b.flag(PHONE, "tel", "phone", "telephone", "fax", "hotline", "mobile", "whatsapp", "call", "dial", "sms",
            "text");
        b.flag(ONE_BLOCK, "no", "the", "this", "that", "any", "every", "each", "which", "another", "such", "not",
            "anyone", "someone", "last", "little", "big", "new", "old", "right", "wrong", "other", "lone");
        b.flag(ONE_IDIOM, "another", "day", "night", "morning", "evening", "afternoon", "week", "month", "year",
            "time", "point", "way", "hand", "side", "thing", "by", "after", "more", "too", "must", "should", "can",
            "could", "would", "might", "may", "will", "does", "did", "cannot", "knows", "thinks", "says");
        b.flag(ONE_VERB, "was", "is", "has", "had", "died", "remains", "remained", "survived", "suffered",
            "sustained", "lost", "dies", "succumbed", "perished", "remain", "were");
        b.flag(DETERMINER, "the", "these", "those", "his", "her", "its", "their", "our", "your", "my", "this",
            "that");
        b.flag(PARTITIVE_PRONOUN, "which", "whom", "them", "us", "you", "these", "those", "it", "whose", "theirs",
            "ours", "yours");
        b.flag(RANKING, "most", "least", "few", "many", "first", "last", "best", "worst", "main", "top", "only",
            "key", "major", "leading", "great", "greatest", "biggest", "largest", "deadliest", "latest", "highest",
            "heaviest", "strongest", "oldest", "youngest", "richest", "poorest", "longest", "more", "less", "very",
            "rare", "earliest", "fastest", "handful", "hardest");
        b.flag(TIME_UNIT, "hours", "days", "nights", "weeks", "months", "years", "decades", "minutes", "seconds",
            "centuries", "weekends");
        b.flag(PERCENT, "percent", "pct");
        b.flag(YEAR_CONTEXT, "the", "this", "that", "its", "their", "his", "her", "our", "of", "in", "since", "by",
            "until", "till", "from", "to", "during", "before", "after", "for", "between", "mid", "late", "early",
            "spring", "summer", "autumn", "fall", "winter", "year", "fiscal", "season", "class", "and");
        b.flag(STATE, "dead", "missing", "hurt", "alive", "unaccounted", "safe", "injured", "wounded", "killed",
            "unharmed", "unhurt", "dying", "trapped", "detained", "arrested", "hospitalised", "hospitalized");
        b.flag(SOFTENER, "just", "well", "slightly", "only", "far", "a", "little", "bit", "barely", "comfortably",
            "substantially", "significantly", "considerably", "somewhat", "marginally");
        b.flag(NEGATIVE, "minus", "negative");
        b.flag(CURRENCY_CODE, "usd", "eur", "gbp", "uah", "rub", "chf", "cny", "jpy");
        // Hedge words (Hedges) and other known words without flags.
        b.flag(0, "least", "fewer", "less", "more", "no", "not", "than", "over", "above", "under", "below", "upwards",
            "upward", "excess", "minimum", "maximum", "exceeding", "greater", "higher", "lower", "few", "little",
            "many", "much", "high", "low", "as", "about", "around", "approximately", "approx", "roughly", "some",
            "nearly", "almost", "close", "estimated", "approximate", "circa", "ca", "region", "order", "thereabouts",
            "so", "odd", "plus", "very", "most", "up", "to", "at", "the", "an", "a", "of", "in", "on", "or", "and",
            "between", "from", "upto", "top", "topping", "tally", "toll", "death", "killed", "injured", "wounded",
            "launched", "drones", "people", "said", "says", "according", "reported", "officials", "president",
            "minister", "spokesman", "spokeswoman", "police", "military", "army", "ministry", "governor", "mayor",
            "cent", "time", "year", "years", "old", "mid", "local", "something");
        return b.build();
    }

    /** Collects entries, merging the kinds and flags given to one word in several lists. */
    private static final class Builder {
        private final List<String> words = new ArrayList<>();
        private final List<Byte> kinds = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private final List<Integer> flags = new ArrayList<>();
        private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

        void number(byte kind, long value, String... ws) {
            for (String w : ws) {
                int e = entry(w);
                if (kinds.get(e) != NONE) {
                    throw new IllegalStateException("number word listed twice: " + w);
                }
                kinds.set(e, kind);
                values.set(e, value);
            }
        }

        void flag(int flag, String... ws) {
            for (String w : ws) {
                int e = entry(w);
                flags.set(e, flags.get(e) | flag);
            }
        }

        private int entry(String w) {
            if (!w.equals(w.toLowerCase(java.util.Locale.ROOT)) || w.isEmpty() || w.length() > 16) {
                throw new IllegalStateException("lexicon words are lower case and 1 to 16 characters long: " + w);
            }
            Integer e = index.get(w);
            if (e == null) {
                e = words.size();
                index.put(w, e);
                words.add(w);
                kinds.add(NONE);
                values.add(0L);
                flags.add(0);
            }
            return e;
        }

        Lexicon build() {
            return new Lexicon(words, kinds, values, flags);
        }
    }
}
