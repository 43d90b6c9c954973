package org.storyline.language.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import org.storyline.language.Quantity;
import org.storyline.model.Event.Qualifier;
import org.storyline.model.Span;

/**
 * One pass of the quantity rules over one text: reads each number (digits or words), drops the ones whose context
 * makes them something else than a count, then takes in the hedge around it and finds the noun it counts. The
 * conventions are documented on {@link EnglishQuantities}. Not thread-safe: one scan per call.
 */
final class QuantityScan {
    private static final Lexicon LEX = Lexicon.get();
    private static final int OF = LEX.require("of");
    /** Words a counted noun phrase may have before its head: more is a typo or a sentence. */
    private static final int MAX_PHRASE_WORDS = 6;
    /** Apposition ages ("Alekseyev, 64,") are at most this. */
    private static final long MAX_AGE = 120;
    /** Digit strings of this length without separators are identifiers or phone numbers, not counts. */
    private static final int MAX_PLAIN_DIGITS = 7;

    private final Tokens t;
    private final List<Quantity> out = new ArrayList<>();
    /** The first token a new quantity may use: quantities never overlap. */
    private int floor;

    QuantityScan(String text) {
        this.t = Tokens.of(text, LEX);
    }

    List<Quantity> run() {
        int i = 0;
        while (i < t.size) {
            byte kind = t.kind[i];
            if (kind == Tokens.NUMBER) {
                i = settle(readDigits(i, true));
            } else if (kind == Tokens.WORD && LEX.kind(t.entry[i]) != Lexicon.NONE) {
                i = settle(readWords(i));
            } else {
                i++;
            }
        }
        return out;
    }

    /** A number as read from its own tokens, before the words around it are weighed. */
    private static final class Reading {
        /** First token (a currency sign included) and last token (scale words, range end, glued "+" included). */
        int first;
        int last;
        long value;
        /** The end of a range ("20-30", "two or three"), or -1. */
        long upper = -1;
        /** The factor of a scale word ("million") applied, 1 when none. */
        long scale = 1;
        boolean ok = true;
        /** Where the scan goes on when the reading is dropped. */
        int resume;
        boolean digits;
        boolean yearLike;
        /** A bare "one" (not "one hundred"): a pronoun unless the context makes it a count. */
        boolean one;
        /** "dozens", "hundreds of thousands", "several hundred": at least twice the unit. */
        boolean vague;
        Qualifier implied;
        Qualifier postfix;
        int moneyFirst = -1;
        int moneyLast = -1;
        /** A "%" right after the number, or -1. */
        int percent = -1;
    }

    /** The noun a number counts: its tokens, or none; or a verdict that the number is an adjective. */
    private static final class Noun {
        int first = -1;
        int last = -1;
        /** "24 hour period": the number is part of a compound adjective, not a count. */
        boolean adjective;
        boolean plural;
        /** "nine of which", "two of the drones". */
        boolean partitive;
        /** A partitive without a noun of its own ("of which", "of them", "of 20"). */
        boolean anchorless;
        /** "one of the most", "one of the first": a figure of speech. */
        boolean ranking;

        boolean found() {
            return first >= 0;
        }
    }

    private Reading skip(Reading r, int resume) {
        r.ok = false;
        r.resume = Math.max(resume, r.first + 1);
        return r;
    }

    // ---- numbers in digits ---------------------------------------------------------------------------------------

    private Reading readDigits(int i, boolean allowRange) {
        Reading r = new Reading();
        r.digits = true;
        r.first = i;
        // Numbers chained by glued separators: "20-30", "10:28", "6/2/2026", "202-555-0143".
        int last = i;
        int groups = 1;
        char separator = 0;
        while (t.glued(last + 1) && isChainSeparator(t.symbol(last + 1)) && t.glued(last + 2) && t.isNumber(last + 2)) {
            char s = t.symbol(last + 1);
            separator = separator == 0 || separator == s ? s : '?';
            last += 2;
            groups++;
        }
        r.last = last;
        if (groups > 2 || (groups == 2 && (!isDash(separator) || !allowRange))) {
            return skip(r, last + 1);
        }
        if (t.glued(i)) {
            int p = i - 1;
            char c = t.symbol(p);
            if (t.isWord(p) || t.isNumber(p) || isDash(c) || "#+\u2212'\u2019/:.\\@&_=^~*\u2116".indexOf(c) >= 0) {
                return skip(r, last + 1);
            }
            if (isCurrency(c)) {
                r.moneyFirst = p;
                r.moneyLast = p;
                if (t.glued(p) && t.isWord(p - 1) && t.length(p - 1) <= 3 && isUpper(p - 1) && !t.glued(p - 1)) {
                    r.moneyFirst = p - 1;
                } else if (t.glued(p) && (t.isWord(p - 1) || t.isNumber(p - 1))) {
                    return skip(r, last + 1);
                }
                r.first = r.moneyFirst;
            } else if ((c == '(' || c == '[') && (t.isSymbol(last + 1, ')') || t.isSymbol(last + 1, ']'))
                    && t.glued(last + 1)) {
                return skip(r, last + 2);
            }
        }
        if (r.moneyFirst < 0 && t.isWord(i - 1) && t.spaced(i) && LEX.has(t.entry[i - 1], Lexicon.CURRENCY_CODE)
                && isUpper(i - 1)) {
            r.moneyFirst = i - 1;
            r.moneyLast = i - 1;
            r.first = i - 1;
        }
        Digits a = Digits.parse(t.text, t.start[i], t.end[i]);
        Digits b = groups == 2 ? Digits.parse(t.text, t.start[last], t.end[last]) : null;
        if (a == null || (groups == 2 && b == null)) {
            return skip(r, last + 1);
        }
        if (!a.separated() && a.fractionDigits() == 0 && a.integerDigits() > MAX_PLAIN_DIGITS) {
            return skip(r, last + 1);
        }
        // Glued after the number: "1st", "1990s", "$43m", "5bn", "17%", "100+", "28-point", "20-odd".
        int after = last + 1;
        if (t.glued(after)) {
            if (t.isWord(after)) {
                int e = t.entry[after];
                if (LEX.kind(e) == Lexicon.SCALE && t.length(after) <= 3) {
                    r.scale = LEX.value(e);
                } else if (t.is(after, "k")) {
                    r.scale = 1_000;
                } else if (t.is(after, "m") && r.moneyFirst >= 0) {
                    r.scale = 1_000_000;
                } else {
                    return skip(r, compoundEnd(after) + 1);
                }
                if (t.glued(after + 1) && (t.isWord(after + 1) || t.isNumber(after + 1))) {
                    return skip(r, after + 2);
                }
                last = after;
            } else {
                char c = t.symbol(after);
                if (c == '%') {
                    r.percent = after;
                } else if (c == '+') {
                    r.postfix = Qualifier.AT_LEAST;
                    last = after;
                } else if (isHyphen(c) && !t.glued(after + 1)) {
                    return skip(r, after + 1);
                } else if (isDash(c) && t.glued(after + 1) && (t.isWord(after + 1) || t.isNumber(after + 1))) {
                    Qualifier q = glueHedge(after + 1);
                    if (q == null) {
                        return skip(r, compoundEnd(after + 1) + 1);
                    }
                    r.postfix = q;
                    last = after + 1;
                } else if (c == '\u00B0' || (c == '\'' || c == '\u2019') && t.glued(after + 1)
                        && (t.isWord(after + 1) || t.isNumber(after + 1))) {
                    return skip(r, after + 2);
                } else if ((c == '.' || c == ')') && t.lineStart[i] && !t.glued(after + 1) && !continuesLine(i)) {
                    return skip(r, after + 1);
                }
            }
        }
        // Scale words after a space: "1.5 million", "2 hundred thousand", "2 dozen".
        long scaleWords = 1;
        if (r.scale == 1) {
            int j = last + 1;
            while (t.spaced(j) && t.isWord(j)) {
                int e = t.entry[j];
                byte k = LEX.kind(e);
                long v = LEX.value(e);
                if ((k == Lexicon.HUNDRED || k == Lexicon.DOZEN) && scaleWords == 1
                        || k == Lexicon.SCALE && v > scaleWords) {
                    scaleWords = Math.multiplyExact(scaleWords, v);
                    last = j++;
                    if (k == Lexicon.DOZEN) {
                        break;
                    }
                } else {
                    break;
                }
            }
            r.scale = scaleWords;
        }
        r.last = last;
        long va = a.times(r.scale);
        long vb = b == null ? 0 : b.times(r.scale);
        if (va < 0 || vb < 0) {
            return skip(r, last + 1);
        }
        r.value = va;
        r.yearLike = b == null && a.yearLike() && r.scale == 1 && r.moneyFirst < 0 && r.percent < 0;
        if (b != null) {
            boolean phone = a.integerDigits() == 3 && b.integerDigits() == 4 && !a.separated() && !b.separated();
            if (vb <= va || a.yearLike() || b.yearLike() || phone) {
                return skip(r, last + 1);
            }
            r.upper = vb;
        }
        if (digitContextSkips(r, a)) {
            return skip(r, last + 1);
        }
        return r;
    }

    /** Rules that only digits need: apposition ages, phone numbers and runs of bare numbers. */
    private boolean digitContextSkips(Reading r, Digits a) {
        int p = r.first - 1;
        int n = r.last + 1;
        if (r.moneyFirst < 0 && r.scale == 1 && r.upper < 0 && r.value <= MAX_AGE && a.fractionDigits() == 0
                && t.isSymbol(p, ',') && t.capitalised(p - 1) && t.entry[p - 1] < 0
                && (t.isSymbol(n, ',') || t.isSymbol(n, ';') || t.isSymbol(n, ')')) && t.glued(n)) {
            return true;
        }
        if (t.isWord(p) && LEX.has(t.entry[p], Lexicon.PHONE)) {
            return true;
        }
        // Three or more numbers in a row with only spaces between: phone numbers, codes, tables.
        boolean before = t.isNumber(p) && t.spaced(r.first);
        boolean before2 = before && t.isNumber(p - 1) && t.spaced(p);
        boolean after = t.isNumber(n) && t.spaced(n);
        boolean after2 = after && t.isNumber(n + 1) && t.spaced(n + 1);
        return before2 || after2 || (before && after);
    }

    /** Whether the line of a number at a line start goes on from the line before ("rose to\n17."). */
    private boolean continuesLine(int i) {
        int p = i - 1;
        if (p < 0 || t.gap[i] == Tokens.PARAGRAPH) {
            return false;
        }
        if (t.isSymbol(p, ',')) {
            return true;
        }
        return t.isWord(p) && Character.isLowerCase(t.last(p));
    }

    // ---- numbers in words ----------------------------------------------------------------------------------------

    private Reading readWords(int i) {
        Reading r = new Reading();
        r.first = i;
        r.last = i;
        int e = t.entry[i];
        switch (LEX.kind(e)) {
            case Lexicon.VAGUE_PLURAL -> readVaguePlural(r, i);
            case Lexicon.VAGUE_ADJ -> {
                if (t.is(i, "few") || t.is(i, "couple")) {
                    return skip(r, i + 1);
                }
                readVagueAdjective(r, i);
            }
            case Lexicon.ARTICLE -> {
                if (t.spaced(i + 1) && (t.is(i + 1, "few") || t.is(i + 1, "couple"))) {
                    readVagueAdjective(r, i + 1);
                    r.first = i;
                } else if (t.spaced(i + 1) && isScaleWord(i + 1)) {
                    readNumberWords(r, i);
                } else {
                    return skip(r, i + 1);
                }
            }
            case Lexicon.HALF -> {
                if (t.spaced(i + 1) && t.is(i + 1, "a") && t.spaced(i + 2) && isScaleWord(i + 2)) {
                    r.value = LEX.value(t.entry[i + 2]) / 2;
                    r.last = i + 2;
                    r.scale = LEX.value(t.entry[i + 2]);
                } else {
                    return skip(r, i + 1);
                }
            }
            case Lexicon.ZERO, Lexicon.UNIT, Lexicon.TEEN, Lexicon.TENS -> readNumberWords(r, i);
            default -> {
                return skip(r, i + 1);
            }
        }
        if (!r.ok) {
            return r;
        }
        int first = r.first;
        // "Formula-One", "one-third", "two-day", "three-year-old": compounds, not counts.
        if (t.glued(first) && isDash(t.symbol(first - 1))) {
            return skip(r, r.last + 1);
        }
        int after = r.last + 1;
        if (t.glued(after) && isDash(t.symbol(after)) && t.glued(after + 1)
                && (t.isWord(after + 1) || t.isNumber(after + 1))) {
            Qualifier q = glueHedge(after + 1);
            if (q == null || r.vague) {
                return skip(r, compoundEnd(after + 1) + 1);
            }
            r.postfix = q;
            r.last = after + 1;
        } else if (t.glued(after) && (t.isWord(after) || t.isNumber(after))) {
            return skip(r, after + 1);
        }
        return r;
    }

    private boolean isScaleWord(int i) {
        byte k = LEX.kind(t.isWord(i) ? t.entry[i] : -1);
        return k == Lexicon.HUNDRED || k == Lexicon.SCALE || k == Lexicon.DOZEN;
    }

    /** "dozens", "hundreds", "tens of thousands", "hundreds of thousands": at least twice the unit. */
    private void readVaguePlural(Reading r, int i) {
        long unit = LEX.value(t.entry[i]);
        boolean of = t.spaced(i + 1) && t.entry[i + 1] == OF;
        boolean larger = of && t.spaced(i + 2) && t.isWord(i + 2) && LEX.kind(t.entry[i + 2]) == Lexicon.VAGUE_PLURAL
                && LEX.value(t.entry[i + 2]) >= 1_000 && LEX.value(t.entry[i + 2]) > unit;
        if (t.is(i, "tens") && !larger) {
            skip(r, i + 1);
            return;
        }
        // "scores of" is vague after a verb or a function word ("killed scores of"), not after a noun ("test scores").
        boolean afterNoun = t.isWord(i - 1) && !t.capitalised(i)
                && !LEX.has(t.entry[i - 1], Lexicon.STOP | Lexicon.VERB) && !isState(i - 1);
        if (t.is(i, "scores") && (!of || afterNoun)) {
            skip(r, i + 1);
            return;
        }
        r.value = 2 * unit;
        if (larger) {
            r.value = Math.multiplyExact(r.value, LEX.value(t.entry[i + 2]));
            r.last = i + 2;
        }
        r.vague = true;
        r.scale = r.value;
        r.implied = Qualifier.AT_LEAST;
    }

    /** "several hundred", "a few thousand", "a couple of dozen", "many thousands": twice the unit. */
    private void readVagueAdjective(Reading r, int i) {
        boolean couple = t.is(i, "couple");
        int j = i + 1;
        if (couple && t.spaced(j) && t.entry[j] == OF) {
            j++;
        }
        long unit = 1;
        int last = -1;
        while (t.spaced(j) && t.isWord(j)) {
            int e = t.entry[j];
            byte k = LEX.kind(e);
            long v = LEX.value(e);
            boolean plural = k == Lexicon.VAGUE_PLURAL && v >= 100 && !couple && last < 0;
            if ((k == Lexicon.HUNDRED || k == Lexicon.DOZEN) && unit == 1 || k == Lexicon.SCALE && v > unit || plural) {
                unit = Math.multiplyExact(unit, v);
                last = j++;
                if (k == Lexicon.DOZEN || plural) {
                    break;
                }
            } else {
                break;
            }
        }
        if (last < 0) {
            skip(r, i + 1);
            return;
        }
        r.value = Math.multiplyExact(2, unit);
        r.last = last;
        r.vague = true;
        r.scale = unit;
        r.implied = couple ? Qualifier.ABOUT : Qualifier.AT_LEAST;
    }

    /**
     * Number words by the usual grammar: "twenty-two", "one hundred and five", "two million three hundred
     * thousand", "a dozen", "fifteen hundred". Stops before a word that cannot go on the number read so far.
     */
    private void readNumberWords(Reading r, int i) {
        final int none = 0;
        final int unit = 1;
        final int teen = 2;
        final int tens = 3;
        final int hundred = 4;
        final int scale = 5;
        final int and = 6;
        final int done = 7;
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        int state = none;
        int j = i;
        int last = i;
        long scaleSeen = 1;
        while (true) {
            int e = t.entry[j];
            byte k = LEX.kind(e);
            long v = LEX.value(e);
            int next = -1;
            switch (k) {
                case Lexicon.ARTICLE -> {
                    if (j == i) {
                        current = 1;
                        next = unit;
                    }
                }
                case Lexicon.ZERO -> {
                    if (j == i) {
                        next = done;
                    }
                }
                case Lexicon.UNIT -> {
                    if (state == none || state == hundred || state == scale || state == and || state == tens) {
                        current += v;
                        next = unit;
                    }
                }
                case Lexicon.TEEN, Lexicon.TENS -> {
                    if (state == none || state == hundred || state == scale || state == and) {
                        current += v;
                        next = k == Lexicon.TEEN ? teen : tens;
                    }
                }
                case Lexicon.HUNDRED -> {
                    if ((state == unit || state == teen || state == tens) && current > 0 && current < 100
                            && (total == 0 || current < 10)) {
                        current *= 100;
                        next = hundred;
                        if (lastScale == Long.MAX_VALUE) {
                            scaleSeen = 100;
                        }
                    }
                }
                case Lexicon.SCALE -> {
                    if ((state == unit || state == teen || state == tens || state == hundred) && current > 0
                            && v < lastScale) {
                        total = Math.addExact(total, Math.multiplyExact(current, v));
                        current = 0;
                        lastScale = v;
                        next = scale;
                        scaleSeen = v;
                    }
                }
                case Lexicon.DOZEN -> {
                    if (state == unit && total == 0 && current < 10) {
                        current *= 12;
                        next = done;
                        scaleSeen = 12;
                    }
                }
                default -> {
                }
            }
            if (next < 0) {
                break;
            }
            state = next;
            last = j;
            if (state == done) {
                break;
            }
            // What may come next: "-" between a tens word and a unit, a space, or "and" after hundred/thousand.
            int n = j + 1;
            if (t.glued(n) && isDash(t.symbol(n)) && t.glued(n + 1) && t.isWord(n + 1) && state == tens
                    && LEX.kind(t.entry[n + 1]) == Lexicon.UNIT) {
                j = n + 1;
            } else if (t.spaced(n) && t.isWord(n) && t.is(n, "and") && (state == hundred || state == scale)
                    && t.spaced(n + 1) && t.isWord(n + 1)
                    && (LEX.kind(t.entry[n + 1]) == Lexicon.UNIT || LEX.kind(t.entry[n + 1]) == Lexicon.TEEN
                        || LEX.kind(t.entry[n + 1]) == Lexicon.TENS)) {
                state = and;
                j = n + 1;
            } else if (t.spaced(n) && t.isWord(n) && LEX.kind(t.entry[n]) != Lexicon.NONE
                    && LEX.kind(t.entry[n]) != Lexicon.ARTICLE) {
                j = n;
            } else {
                break;
            }
        }
        if (state == none || state == unit && LEX.kind(t.entry[i]) == Lexicon.ARTICLE) {
            skip(r, i + 1);
            return;
        }
        r.value = Math.addExact(total, current);
        r.last = last;
        r.one = last == i && t.is(i, "one");
        r.scale = scaleSeen;
    }

    // ---- context, hedges, nouns ----------------------------------------------------------------------------------

    /** Weighs a reading in its context and keeps it as a quantity or drops it; returns where the scan goes on. */
    private int settle(Reading r) {
        if (!r.ok) {
            return r.resume;
        }
        int resume = r.last + 1;
        if (contextSkips(r)) {
            return rangeTail(resume);
        }
        int before = r.first - 1;
        Hedges.Before hedge = before >= floor && t.gap[r.first] != Tokens.PARAGRAPH
                ? Hedges.before(t, before, floor) : null;
        int first = hedge != null ? hedge.first() : r.first;
        if (r.upper < 0 && !r.vague && r.postfix == null && Hedges.after(t, r.last + 1) == null) {
            first = readRange(r, hedge, first);
        }
        if (r.postfix == null) {
            Hedges.After after = Hedges.after(t, r.last + 1);
            if (after != null && !(after.qualifier() == Qualifier.ABOUT && r.vague)) {
                r.postfix = after.qualifier();
                r.last = after.last();
            }
        }
        Noun noun = noun(r, r.last + 1);
        if (noun.adjective) {
            return Math.max(resume, r.last + 1);
        }
        boolean counted = noun.plural && noun.found();
        if (r.yearLike && hedge == null && !(counted && !yearContext(r.first))) {
            return Math.max(resume, r.last + 1);
        }
        int label = label(r);
        if (hedge == null && (label == LABEL_WORD || label == NAME && !counted)) {
            return Math.max(resume, r.last + 1);
        }
        if (r.one && hedge == null && r.upper < 0 && r.postfix == null && !oneCounts(r, noun)) {
            return Math.max(resume, r.last + 1);
        }
        if (hedge != null && hedge.preposition() && noun.found() && noun.first > r.last
                && LEX.has(t.entry[noun.first], Lexicon.TIME_UNIT) && noun.first == noun.last) {
            hedge = null;
            first = r.first;
        }
        emit(r, hedge, first, noun);
        return r.last + 1;
    }

    /**
     * Where the scan goes on after a number dropped for its context: past the other end of a range it starts
     * ("Sept. 19 to 22", "aged 7 and 12"), unless that number counts a noun of its own.
     */
    private int rangeTail(int j) {
        if (t.spaced(j) && (t.is(j, "to") || t.is(j, "and") || t.is(j, "or")) && t.spaced(j + 1) && t.isNumber(j + 1)
                && !(t.spaced(j + 2) && isContent(j + 2))) {
            return j + 2;
        }
        return j;
    }

    /** Dates, clock times, ages, list numbers: contexts that make any number not a count. */
    private boolean contextSkips(Reading r) {
        int p = r.first - 1;
        int n = r.last + 1;
        // Dates: "Feb. 6", "February 6", "6 February", "6 of February".
        boolean monthBefore = isMonth(p) || t.isSymbol(p, '.') && t.glued(p) && isMonth(p - 1);
        if (monthBefore && !t.glued(r.first)) {
            return true;
        }
        if (t.spaced(n) && (isMonth(n) || t.entry[n] == OF && t.spaced(n + 1) && isMonth(n + 1))) {
            return true;
        }
        // Clock times: "10 am", "10 a.m.", "1400 GMT", "8 o'clock", "10 local time".
        if (t.spaced(n) && t.isWord(n)) {
            if (LEX.has(t.entry[n], Lexicon.CLOCK) && !(t.is(n, "am") && !r.digits)) {
                return true;
            }
            if ((t.is(n, "a") || t.is(n, "p")) && t.isSymbol(n + 1, '.') && t.glued(n + 1) && t.is(n + 2, "m")
                    && t.glued(n + 2)) {
                return true;
            }
            if ((t.is(n, "local") || t.capitalised(n)) && t.spaced(n + 1) && t.is(n + 1, "time")) {
                return true;
            }
            // Ages: "64 years old", "64 years of age".
            if ((t.is(n, "years") || t.is(n, "year")) && t.spaced(n + 1)
                    && (t.is(n + 1, "old") || t.is(n + 1, "of") && t.spaced(n + 2) && t.is(n + 2, "age"))) {
                return true;
            }
        }
        if (t.isWord(p) && !t.glued(r.first)) {
            int e = t.entry[p];
            if (LEX.has(e, Lexicon.AGE) || LEX.has(e, Lexicon.NEGATIVE)) {
                return true;
            }
        }
        // "No. 5", "Nos. 3".
        if (t.isSymbol(p, '.') && t.glued(p) && (t.is(p - 1, "no") || t.is(p - 1, "nos") || t.is(p - 1, "nr"))
                && t.capitalised(p - 1)) {
            return true;
        }
        return false;
    }

    private boolean isMonth(int i) {
        return t.isWord(i) && LEX.has(t.entry[i], Lexicon.MONTH) && t.capitalised(i);
    }

    private static final int LABEL_WORD = 1;
    private static final int NAME = 2;

    /**
     * What the word before a number makes of it: a numbered thing ({@link #LABEL_WORD}: "Article 5", "page 3"), a
     * name ({@link #NAME}: "Boeing 737", "Formula One"; still a count before a plural), or nothing (0).
     */
    private int label(Reading r) {
        int p = r.first - 1;
        if (!t.isWord(p) || !t.spaced(r.first) || r.moneyFirst >= 0) {
            return 0;
        }
        int e = t.entry[p];
        if (LEX.has(e, Lexicon.LABEL) && (r.digits || t.capitalised(r.first))) {
            return LABEL_WORD;
        }
        return e < 0 && isName(p) && (r.digits || t.capitalised(r.first)) ? NAME : 0;
    }

    /** A capitalised word read as a name: "Flight", "Boeing", "ISO"; long words in ALL CAPS are wire text. */
    private boolean isName(int i) {
        if (!t.capitalised(i)) {
            return false;
        }
        return t.length(i) <= 4 || !isUpper(i);
    }

    /** Whether a year-like number before a plural is still a year ("the 2024 elections", "in 2000 cases"). */
    private boolean yearContext(int first) {
        int p = first - 1;
        if (!t.isWord(p)) {
            return t.isSymbol(p, '\'') || t.isSymbol(p, '\u2019');
        }
        int e = t.entry[p];
        if (LEX.has(e, Lexicon.YEAR_CONTEXT)) {
            return true;
        }
        int len = t.length(p);
        char c = Lexicon.fold(t.text.charAt(t.end[p] - 1));
        char d = len > 1 ? Lexicon.fold(t.text.charAt(t.end[p] - 2)) : 0;
        return (c == 's' && d == '\'') || (e < 0 && isName(p));
    }

    /** The rules for a bare "one": a count before a noun, a predicate or a partitive, never as a pronoun. */
    private boolean oneCounts(Reading r, Noun noun) {
        int p = r.first - 1;
        int n = r.last + 1;
        if (t.isWord(p) && LEX.has(t.entry[p], Lexicon.ONE_BLOCK) && t.gap[r.first] != Tokens.PARAGRAPH) {
            return false;
        }
        if (t.spaced(n) && t.isWord(n) && LEX.has(t.entry[n], Lexicon.ONE_IDIOM)) {
            return false;
        }
        if (noun.partitive) {
            return !noun.ranking && (noun.found() || noun.anchorless);
        }
        if (noun.found()) {
            return true;
        }
        return t.spaced(n) && t.isWord(n) && LEX.has(t.entry[n], Lexicon.ONE_VERB);
    }

    /** "20 to 30", "two or three", "between 20 and 30": widens the reading to a range; returns the span start. */
    private int readRange(Reading r, Hedges.Before hedge, int first) {
        int j = r.last + 1;
        int before = r.first - 1;
        boolean between = hedge == null && before >= floor && t.is(before, "between") && t.spaced(r.first);
        boolean link = t.is(j, "or") || (t.is(j, "to") && !t.is(before, "from")) || (between && t.is(j, "and"));
        if (!t.spaced(j) || !link || !t.spaced(j + 1) || r.moneyFirst >= 0 && r.scale > 1) {
            return first;
        }
        Reading b;
        if (t.isNumber(j + 1)) {
            b = readDigits(j + 1, false);
        } else if (r.moneyFirst >= 0 && isCurrency(t.symbol(j + 1)) && t.glued(j + 2) && t.isNumber(j + 2)) {
            b = readDigits(j + 2, false);
        } else if (t.isWord(j + 1) && isCardinalStart(j + 1)) {
            b = readWords(j + 1);
        } else {
            return first;
        }
        if (!b.ok || b.vague || b.upper >= 0 || b.yearLike || r.yearLike || contextSkips(b)
                || (b.moneyFirst >= 0 && b.moneyFirst != j + 1)) {
            return first;
        }
        long low = r.value;
        if (b.scale > 1 && r.scale == 1 && low < Long.MAX_VALUE / b.scale && low * b.scale < b.value) {
            low *= b.scale;
        }
        if (b.value <= low) {
            return first;
        }
        r.value = low;
        r.upper = b.value;
        r.last = b.last;
        r.percent = b.percent;
        r.postfix = b.postfix;
        r.one = false;
        r.yearLike = false;
        return between ? before : first;
    }

    private boolean isCardinalStart(int i) {
        byte k = LEX.kind(t.entry[i]);
        return k == Lexicon.ZERO || k == Lexicon.UNIT || k == Lexicon.TEEN || k == Lexicon.TENS
                || k == Lexicon.ARTICLE && t.spaced(i + 1) && isScaleWord(i + 1);
    }

    private boolean startsNumber(int i) {
        if (t.isNumber(i)) {
            return true;
        }
        if (!t.isWord(i)) {
            return false;
        }
        byte k = LEX.kind(t.entry[i]);
        return k == Lexicon.ZERO || k == Lexicon.UNIT || k == Lexicon.TEEN || k == Lexicon.TENS
                || k == Lexicon.VAGUE_PLURAL;
    }

    /** The noun counted by a reading, looked for from token {@code j}. */
    private Noun noun(Reading r, int j) {
        Noun n = new Noun();
        if (r.moneyFirst >= 0) {
            n.first = r.moneyFirst;
            n.last = r.moneyLast;
            return n;
        }
        if (r.percent >= 0) {
            n.first = r.percent;
            n.last = r.percent;
            return n;
        }
        if (j >= t.size || t.gap[j] == Tokens.PARAGRAPH) {
            return n;
        }
        if (t.isSymbol(j, '%')) {
            n.first = j;
            n.last = j;
            return n;
        }
        if (!t.isWord(j) || !t.spaced(j)) {
            return n;
        }
        int e = t.entry[j];
        if (LEX.has(e, Lexicon.PERCENT)) {
            n.first = j;
            n.last = j;
            return n;
        }
        if (t.is(j, "per") && t.spaced(j + 1) && t.is(j + 1, "cent")) {
            n.first = j;
            n.last = j + 1;
            return n;
        }
        if (e == OF) {
            int k = j + 1;
            if (!t.spaced(k) || !t.isWord(k) && !t.isNumber(k)) {
                return n;
            }
            if (startsNumber(k)) {
                n.partitive = !r.vague && r.scale == 1;
                n.anchorless = true;
                return n;
            }
            if (LEX.has(t.entry[k], Lexicon.PARTITIVE_PRONOUN)) {
                n.partitive = true;
                n.anchorless = true;
                return n;
            }
            if (r.vague || r.scale > 1) {
                if (LEX.has(t.entry[k], Lexicon.DETERMINER)) {
                    k++;
                }
                return head(k, n, false);
            }
            n.partitive = true;
            if (!LEX.has(t.entry[k], Lexicon.DETERMINER)) {
                return n;
            }
            k++;
            if (!t.spaced(k)) {
                return n;
            }
            if (startsNumber(k)) {
                n.anchorless = true;
                return n;
            }
            if (t.isWord(k) && (LEX.has(t.entry[k], Lexicon.RANKING) || isSuperlative(k))) {
                n.ranking = true;
                return n;
            }
            return head(k, n, false);
        }
        return head(j, n, r.value == 1 && r.upper < 0);
    }

    /**
     * The head of the noun phrase starting at token {@code k}: adjectives, names and compounds are passed over to
     * the first plural ("131 Shahed attack drones" gives "drones"), or for a singular count to the last noun
     * before a verb or a function word ("one senior official was" gives "official").
     */
    private Noun head(int k, Noun n, boolean singular) {
        int lastFirst = -1;
        int lastEnd = -1;
        int i = k;
        for (int words = 0; words < MAX_PHRASE_WORDS && i < t.size && t.spaced(i); words++) {
            if (!t.isWord(i) && !(t.isNumber(i) && t.glued(i + 1) && isDash(t.symbol(i + 1)))) {
                break;
            }
            int end = compoundEnd(i);
            if (end == i) {
                int e = t.entry[i];
                if (LEX.has(e, Lexicon.STOP | Lexicon.VERB | Lexicon.WEEKDAY) || isMonth(i)
                        || LEX.kind(e) != Lexicon.NONE) {
                    break;
                }
                if (words == 0 && LEX.has(e, Lexicon.UNIT_SINGULAR) && t.spaced(i + 1) && isContent(i + 1)) {
                    n.adjective = true;
                    return n;
                }
            }
            boolean plural = isPlural(end) || end == i && LEX.has(t.entry[i], Lexicon.COUNT_NOUN);
            if (singular && lastFirst >= 0 && (plural || isState(end))) {
                break; // "one drone hits", "one outlet reported": the verb after a singular's noun
            }
            if (!singular && plural) {
                int headFirst = i;
                int headEnd = end;
                int x = end + 1;
                if (t.spaced(x) && isContent(x) && compoundEnd(x) == x
                        && (isPlural(x) || LEX.has(t.entry[x], Lexicon.COUNT_NOUN))) {
                    headFirst = x;
                    headEnd = x;
                }
                n.first = headFirst;
                n.last = headEnd;
                n.plural = true;
                return n;
            }
            lastFirst = i;
            lastEnd = end;
            i = end + 1;
        }
        if (singular && lastFirst >= 0 && !isState(lastEnd)) {
            n.first = lastFirst;
            n.last = lastEnd;
        }
        return n;
    }

    private boolean isContent(int i) {
        if (!t.isWord(i)) {
            return false;
        }
        int e = t.entry[i];
        return !LEX.has(e, Lexicon.STOP | Lexicon.VERB | Lexicon.WEEKDAY) && !isMonth(i) && LEX.kind(e) == Lexicon.NONE;
    }

    /** The last token of the compound starting at {@code i}: words and numbers glued or joined by hyphens. */
    private int compoundEnd(int i) {
        int j = i;
        while (true) {
            if (t.glued(j + 1) && (t.isWord(j + 1) || t.isNumber(j + 1))) {
                j++;
            } else if (t.glued(j + 1) && isHyphen(t.symbol(j + 1)) && t.glued(j + 2)
                    && (t.isWord(j + 2) || t.isNumber(j + 2))) {
                j += 2;
            } else {
                return j;
            }
        }
    }

    /** Whether token {@code i} (the end of a compound) looks like a plural noun: "drones", "UAVs", "F-16s". */
    private boolean isPlural(int i) {
        if (!t.isWord(i)) {
            return false;
        }
        int len = t.length(i);
        char c = t.last(i);
        if (c != 's' && c != 'S') {
            return false;
        }
        if (len == 1) {
            return t.glued(i) && t.isNumber(i - 1);
        }
        if (len < 3 || LEX.has(t.entry[i], Lexicon.STOP | Lexicon.VERB | Lexicon.WEEKDAY)) {
            return false;
        }
        char d = Lexicon.fold(t.text.charAt(t.end[i] - 2));
        return d != 's' && d != 'u' && d != 'i' && d != '\'';
    }

    private boolean isSuperlative(int i) {
        int len = t.length(i);
        return len > 4 && Lexicon.fold(t.text.charAt(t.end[i] - 3)) == 'e'
                && Lexicon.fold(t.text.charAt(t.end[i] - 2)) == 's' && Lexicon.fold(t.last(i)) == 't';
    }

    /** Whether a word is a state or a participle rather than a noun ("dead", "injured", "badly"). */
    private boolean isState(int i) {
        if (!t.isWord(i)) {
            return false;
        }
        if (LEX.has(t.entry[i], Lexicon.STATE)) {
            return true;
        }
        int len = t.length(i);
        if (len < 4) {
            return false;
        }
        char a = Lexicon.fold(t.text.charAt(t.end[i] - 2));
        char b = Lexicon.fold(t.last(i));
        return (a == 'e' && b == 'd') || (a == 'l' && b == 'y');
    }

    /** The hedge glued to a number by a hyphen: "20-odd" (about), "100-plus" (at least); null for other words. */
    private Qualifier glueHedge(int word) {
        if (t.glued(word + 1) && (t.isWord(word + 1) || t.isNumber(word + 1) || isHyphen(t.symbol(word + 1)))) {
            return null;
        }
        if (t.is(word, "odd") || t.is(word, "some") || t.is(word, "something")) {
            return Qualifier.ABOUT;
        }
        if (t.is(word, "plus")) {
            return Qualifier.AT_LEAST;
        }
        return null;
    }

    private void emit(Reading r, Hedges.Before hedge, int first, Noun noun) {
        Qualifier q;
        long value = r.value;
        if (r.upper >= 0) {
            if (hedge != null && hedge.qualifier() == Qualifier.AT_MOST) {
                q = Qualifier.AT_MOST;
                value = r.upper;
            } else if (hedge != null && hedge.qualifier() == Qualifier.ABOUT) {
                q = Qualifier.ABOUT;
            } else {
                q = Qualifier.AT_LEAST;
            }
        } else if (r.vague) {
            q = r.implied;
        } else if (hedge != null) {
            q = hedge.qualifier();
        } else if (r.postfix != null) {
            q = r.postfix;
        } else {
            q = Qualifier.EXACT;
        }
        Span span = new Span(t.start[first], t.end[r.last]);
        String nounText = null;
        Span nounSpan = null;
        if (noun.found()) {
            nounSpan = new Span(t.start[noun.first], t.end[noun.last]);
            nounText = nounSpan.of(t.text);
        }
        out.add(new Quantity(span, span.of(t.text), value, q, nounText, nounSpan));
        floor = r.last + 1;
    }

    // ---- characters ----------------------------------------------------------------------------------------------

    private boolean isUpper(int i) {
        for (int k = t.start[i]; k < t.end[i]; k++) {
            if (!Character.isUpperCase(t.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Hyphens and the en dash: the marks of ranges, scores, model names and compounds. */
    static boolean isDash(char c) {
        return isHyphen(c) || c == '\u2013';
    }

    private static boolean isChainSeparator(char c) {
        return isDash(c) || c == ':' || c == '/' || c == '\\' || c == '\u2014' || c == '\u00D7';
    }

    private static boolean isCurrency(char c) {
        return c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\u20B4' || c == '\u20BD'
                || c == '\u20B9' || c == '\u20A9' || c == '\u20AA' || c == '\u20BA';
    }
}
