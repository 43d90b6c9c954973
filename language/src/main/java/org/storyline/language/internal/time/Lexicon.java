package org.storyline.language.internal.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words of time: months, weekdays, units, numbers, seasons and parts of the day, as regular-expression
 * fragments for {@link Grammar} and as lookups for the normalisers.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Any run of white space, written {@code _} in rule templates. */
    static final String SPACE = "(?:[\\s\\u00a0]+)";
    /** The end of a word: no letter or digit follows. */
    static final String END = "(?![\\p{L}\\p{N}])";

    static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
    static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private static final String UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A cardinal written in words below a hundred: "seven", "twenty-four", "twenty four". */
    static final String CARDINAL_WORD = "(?:(?:" + TENS + ")(?:[- ](?:" + UNITS_WORDS + "))?|" + TEENS + "|" + UNITS_WORDS + ")";

    /** An ordinal written in words up to thirty-first. */
    static final String ORDINAL_WORD = "(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|thirtieth";

    /**
     * How many, for durations: digits (with a fraction "5 1/2"), words, "a", "a couple of", and the vague "a few",
     * "several", "some", "many".
     */
    static final String AMOUNT = "(?<num>\\d{1,3}(?:,\\d\\d\\d)+|\\d+(?:\\.\\d+)?(?:[ -][1-3]/[248])?|(?:a|one)[ -]and[ -]a[ -]half|(?:a[ -])?half[ -]an?|(?:a[ -]|one[ -])?hundred"
            + "|(?:a[ -]|one[ -])?dozen|a[ -]couple[ -]of|couple[ -]of|a[ -]couple|a[ -]few|few|several|some|many|a[ -]number[ -]of"
            + "|(?:" + CARDINAL_WORD + ")(?:[ -]and[ -]a[ -]half)?(?:[ -](?:hundred|thousand))?|an?)";

    /** A unit of time, in the singular or the plural (group {@code unit}). */
    static final String UNIT = "(?<unit>(?:trading[ -]|business[ -]|working[ -]|calendar[ -])?(?:seconds?|minutes?|hours?|days?|weeks?|weekends?"
            + "|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a)))";

    /** Month names and abbreviations that are always months ("May" only capitalised). */
    static String month(String group, boolean bareAbbreviations) {
        StringBuilder b = new StringBuilder("(?<").append(group).append(">(?-i:");
        String[] abbr = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept|Sep", "Oct", "Nov", "Dec"};
        for (int i = 0; i < 12; i++) {
            String full = MONTHS[i];
            String title = Character.toUpperCase(full.charAt(0)) + full.substring(1);
            b.append(title).append('|').append(full.toUpperCase(Locale.ROOT)).append('|');
            for (String a : abbr[i].split("\\|")) {
                if (a.equals("May")) {
                    continue;
                }
                b.append(a).append("\\.|").append(a.toUpperCase(Locale.ROOT)).append("\\.|");
                if (bareAbbreviations) {
                    b.append(a).append('|').append(a.toUpperCase(Locale.ROOT)).append('|');
                }
            }
        }
        b.setLength(b.length() - 1);
        return b.append("))").append(END).toString();
    }

    /** A day of the month: "6", "6th", "sixth" (group {@code group}). */
    static String dayOfMonth(String group) {
        return "(?<" + group + ">(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?|" + ORDINAL_WORD + ")" + END;
    }

    /** A weekday in full (group {@code wd}). */
    static final String WEEKDAY = "(?<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)" + END;

    /**
     * The abbreviations of weekdays, capitalised or in capitals, with an optional period: "Mon", "Tue", "Tues.",
     * "Thu", "Thur", "Thurs", "SAT". Lower-case "sat" and "wed" are verbs, so case matters.
     */
    private static final String WEEKDAY_ABBREVIATIONS = "(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)";

    /** A weekday abbreviated (group {@code wd}): only a date where the context says so ({@code EnglishRules}). */
    static final String WEEKDAY_ABBR = "(?<wd>" + WEEKDAY_ABBREVIATIONS + "(?:\\.|" + END + "))";

    /** A weekday in full or abbreviated (group {@code wd}), as date lines write it: "Mon, 12 Feb 2026". */
    static final String WEEKDAY_ANY = "(?<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day" + END + "|" + WEEKDAY_ABBREVIATIONS
            + "(?:\\.|" + END + "))";

    /** A four-digit year from 1000 to 2099 that is not part of a longer number. */
    static String year(String group) {
        return "(?<" + group + ">1\\d\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}]|[.,:/]\\d)";
    }

    /** Month number (1-12) of a month word or abbreviation; 0 when it is none. */
    static int monthNumber(String word) {
        if (word == null || word.length() < 3) {
            return 0;
        }
        String p = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (MONTHS[i].startsWith(p)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** ISO day of week (1 = Monday) of a weekday name; 0 when it is none. */
    static int weekdayNumber(String word) {
        if (word == null || word.length() < 3) {
            return 0;
        }
        String p = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < 7; i++) {
            if (WEEKDAYS[i].startsWith(p)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    private static final Map<String, Integer> ORDINAL_WORDS = new HashMap<>();

    static {
        String[] small = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen").split(" ");
        for (int i = 0; i < small.length; i++) {
            NUMBER_WORDS.put(small[i], i);
        }
        String[] tens = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], 20 + 10 * i);
        }
        NUMBER_WORDS.put("a", 1);
        NUMBER_WORDS.put("an", 1);
        NUMBER_WORDS.put("hundred", 100);
        NUMBER_WORDS.put("dozen", 12);
        String[] ordinals = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                + "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split(" ");
        for (int i = 0; i < ordinals.length; i++) {
            ORDINAL_WORDS.put(ordinals[i], i + 1);
        }
        ORDINAL_WORDS.put("twentieth", 20);
        ORDINAL_WORDS.put("thirtieth", 30);
    }

    /** A whole number written in digits or words ("twenty-four", "a hundred"); -1 when vague or not a number. */
    static int cardinal(String s) {
        String w = s.toLowerCase(Locale.ROOT).replace(',', ' ').trim().replaceAll("\\s+|-", " ");
        if (w.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(w.charAt(0))) {
            try {
                return Integer.parseInt(w.replace(" ", ""));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        int total = 0;
        int current = 0;
        for (String part : w.split(" ")) {
            if (part.equals("and") || part.equals("one") && current == 0 && w.contains("hundred")) {
                if (part.equals("one")) {
                    current = 1;
                }
                continue;
            }
            Integer v = NUMBER_WORDS.get(part);
            if (v == null) {
                if (part.equals("thousand")) {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                    continue;
                }
                return -1;
            }
            if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else {
                current += v;
            }
        }
        return total + current;
    }

    /** An ordinal in digits ("6th", "6") or words ("sixth", "twenty-first"); -1 when none. */
    static int ordinal(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim();
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            int i = 0;
            while (i < w.length() && Character.isDigit(w.charAt(i))) {
                i++;
            }
            return Integer.parseInt(w.substring(0, i));
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2) {
            Integer tens = NUMBER_WORDS.get(parts[0]);
            Integer units = ORDINAL_WORDS.get(parts[1]);
            return tens == null || units == null ? -1 : tens + units;
        }
        Integer v = ORDINAL_WORDS.get(w);
        return v == null ? -1 : v;
    }

    /**
     * An amount of time units: 2.5 for "2 1/2" or "two and a half", 2 for "a couple of", NaN for vague amounts
     * ("several", "a few", "some", "many").
     */
    static double amount(String s) {
        String w = s.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
        switch (w) {
            case "a couple of", "couple of", "a couple" -> {
                return 2;
            }
            case "a few", "few", "several", "some", "many", "a number of" -> {
                return Double.NaN;
            }
            case "half a", "half an", "a half a", "a half an" -> {
                return 0.5;
            }
            case "a and a half", "one and a half" -> {
                return 1.5;
            }
            default -> {
            }
        }
        double half = 0;
        if (w.endsWith(" and a half")) {
            half = 0.5;
            w = w.substring(0, w.length() - " and a half".length());
        }
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            String[] parts = w.replace(",", "").split(" ");
            double v = Double.parseDouble(parts[0]);
            if (parts.length == 2) {
                String[] fraction = parts[1].split("/");
                v += Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]);
            }
            return v + half;
        }
        int c = cardinal(w);
        return c < 0 ? Double.NaN : c + half;
    }

    /** The TIMEX3 letter of a unit word and whether it is a time (T) unit: "Y", "M", "W", "D", "H", "MIN"… */
    static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int space = Math.max(w.lastIndexOf(' '), w.lastIndexOf('-'));
        if (space >= 0) {
            w = w.substring(space + 1);
        }
        if (w.startsWith("sec")) {
            return Unit.SECOND;
        } else if (w.startsWith("min")) {
            return Unit.MINUTE;
        } else if (w.startsWith("hour")) {
            return Unit.HOUR;
        } else if (w.startsWith("day") || w.startsWith("night")) {
            return Unit.DAY;
        } else if (w.startsWith("weekend")) {
            return Unit.WEEKEND;
        } else if (w.startsWith("week")) {
            return Unit.WEEK;
        } else if (w.startsWith("fortnight")) {
            return Unit.FORTNIGHT;
        } else if (w.startsWith("month")) {
            return Unit.MONTH;
        } else if (w.startsWith("quarter")) {
            return Unit.QUARTER;
        } else if (w.startsWith("year")) {
            return Unit.YEAR;
        } else if (w.startsWith("decade")) {
            return Unit.DECADE;
        } else if (w.startsWith("centur")) {
            return Unit.CENTURY;
        } else if (w.startsWith("millenni")) {
            return Unit.MILLENNIUM;
        }
        throw new IllegalArgumentException("not a unit of time: " + word);
    }

    /** Units of time with their TIMEX3 duration letters. */
    enum Unit {
        SECOND("S", true, 1), MINUTE("M", true, 1), HOUR("H", true, 1), DAY("D", false, 1), WEEK("W", false, 1),
        WEEKEND("D", false, 2), FORTNIGHT("W", false, 2), MONTH("M", false, 1), QUARTER("Q", false, 1), YEAR("Y", false, 1),
        DECADE("Y", false, 10), CENTURY("Y", false, 100), MILLENNIUM("Y", false, 1000);

        final String letter;
        final boolean time;
        final int factor;

        Unit(String letter, boolean time, int factor) {
            this.letter = letter;
            this.time = time;
            this.factor = factor;
        }

        /** The TIMEX3 duration of {@code amount} units: P3M, PT2H, P10Y, PXY for a vague amount. */
        String duration(double amount) {
            String n;
            String l = letter;
            if (Double.isNaN(amount)) {
                n = "X";
                if (this == DECADE) {
                    l = "DE";
                } else if (this == CENTURY) {
                    l = "CE";
                } else if (this == FORTNIGHT) {
                    l = "W";
                }
            } else {
                double v = amount * factor;
                if (v != Math.rint(v)) {
                    return fraction(v);
                }
                n = Long.toString((long) v);
            }
            return (time ? "PT" : "P") + n + l;
        }

        private String fraction(double v) {
            long whole = (long) Math.floor(v);
            double rest = v - whole;
            return switch (this) {
                case HOUR -> "PT" + (whole > 0 ? whole + "H" : "") + Math.round(rest * 60) + "M";
                case MINUTE -> "PT" + (whole > 0 ? whole + "M" : "") + Math.round(rest * 60) + "S";
                case YEAR -> "P" + (whole > 0 ? whole + "Y" : "") + Math.round(rest * 12) + "M";
                case DAY -> "P" + (whole > 0 ? whole + "D" : "") + "T" + Math.round(rest * 24) + "H";
                case MONTH -> "P" + (whole > 0 ? whole + "M" : "") + Math.round(rest * 30) + "D";
                case WEEK -> "P" + Math.round(v * 7) + "D";
                default -> (time ? "PT" : "P") + v + letter;
            };
        }
    }

    /** TIMEX3 part-of-day codes for "morning", "afternoon", "evening", "night". */
    static String partOfDay(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon", "mid-afternoon", "mid afternoon" -> "AF";
            case "evening" -> "EV";
            case "night", "overnight", "tonight" -> "NI";
            default -> throw new IllegalArgumentException("not a part of the day: " + word);
        };
    }

    /** TIMEX3 season codes: SP, SU, FA, WI. */
    static String season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            case "winter" -> "WI";
            default -> throw new IllegalArgumentException("not a season: " + word);
        };
    }

    /**
     * Words that every temporal expression contains at least one of (besides numbers): the tagger only tries its
     * rules near them.
     */
    static final Set<String> HEADS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
            "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years",
            "decade", "decades", "century", "centuries", "millennium", "millennia", "half", "period",
            "spring", "summer", "fall", "autumn", "winter", "springs", "summers", "falls", "autumns", "winters",
            "morning", "afternoon", "evening", "overnight", "noon", "midnight", "midday", "tonight",
            "today", "yesterday", "tomorrow", "now", "currently", "current", "presently", "present", "nowadays",
            "recent", "recently", "lately", "past", "future", "soon", "previously", "formerly", "term",
            "daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly", "biweekly",
            "semiannually", "biannually", "ago", "clock",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "nineteen", "thousand",
            "thanksgiving", "christmas", "easter", "halloween", "q1", "q2", "q3", "q4");

    /**
     * Words that may begin an expression without being a head: determiners, modifiers, quantities, ordinals and the
     * first words of holiday names. Matching starts only at these and at head words.
     */
    static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "last", "next", "past", "coming", "current", "earlier", "later",
            "early", "late", "mid", "every", "each", "per", "once", "twice", "thrice", "several", "many", "some", "few", "couple",
            "about", "around", "approximately", "roughly", "nearly", "almost", "more", "most", "less", "fewer", "over", "under", "at",
            "up", "no", "not", "only", "just", "barely", "another", "within", "fiscal", "calendar", "in", "right", "half",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "dozen",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
            "final", "new", "independence", "labor", "memorial", "election", "valentine", "boxing", "good", "veterans", "columbus");
}
