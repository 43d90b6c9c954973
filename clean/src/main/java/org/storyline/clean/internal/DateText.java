package org.storyline.clean.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.PartialDate;

/**
 * Date expressions in machine values (ISO 8601, compact, epoch, RFC 1123) and in running text in several languages
 * ("Feb 6, 2026", "6 February 2026", "31. Mai 2012", "1er mars 2020", "23.12.2016", "12/23/2016", "2026年2月6日").
 * The patterns are compiled once, and a text is tried only where a date can start: at a number or a month name.
 */
final class DateText {
    private DateText() {
    }

    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** A date as precise as it was stated: month and day are 0 and hour -1 when absent. */
    record When(int year, int month, int day, int hour, int minute, boolean utc) {
        When(int year, int month, int day, int hour, int minute) {
            this(year, month, day, hour, minute, false);
        }

        static When day(int y, int m, int d) {
            return new When(y, m, d, -1, -1);
        }

        /** Days from this date to {@code other}'s (both must state a day). */
        long daysTo(When other) {
            return java.time.temporal.ChronoUnit.DAYS.between(date(), other.date());
        }

        boolean sameDay(When other) {
            return other != null && hasDay() && other.hasDay() && year == other.year && month == other.month
                    && day == other.day;
        }

        boolean hasDay() {
            return day > 0;
        }

        When withTime(int h, int min) {
            return new When(year, month, day, h, min, utc);
        }

        When inUtc() {
            return withUtc(true);
        }

        When withUtc(boolean u) {
            return new When(year, month, day, hour, minute, u);
        }

        LocalDate date() {
            return hasDay() ? LocalDate.of(year, month, day) : null;
        }

        /** Between {@link #EARLIEST} and the day after {@code today}, at the precision stated. */
        boolean plausible(LocalDate today) {
            LocalDate latest = today.plusDays(1);
            if (day > 0) {
                LocalDate d = LocalDate.of(year, month, day);
                return !d.isBefore(EARLIEST) && !d.isAfter(latest);
            }
            if (month > 0) {
                YearMonth ym = YearMonth.of(year, month);
                return !ym.isBefore(YearMonth.from(EARLIEST)) && !ym.isAfter(YearMonth.from(latest));
            }
            return year >= EARLIEST.getYear() && year <= latest.getYear();
        }

        /** Same year, and same month when both state one. */
        boolean consistentWith(When coarse) {
            return year == coarse.year && (coarse.month == 0 || month == coarse.month);
        }

        PartialDate toPartialDate() {
            if (day > 0 && hour >= 0) {
                return new PartialDate(
                        String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute));
            }
            if (day > 0) {
                return new PartialDate(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
            }
            if (month > 0) {
                return new PartialDate(String.format(Locale.ROOT, "%04d-%02d", year, month));
            }
            return new PartialDate(String.format(Locale.ROOT, "%04d", year));
        }

        @Override
        public String toString() {
            return toPartialDate().value();
        }
    }

    /** A date found in a text, with where it starts and ends. */
    record Hit(When when, int start, int end) {
    }

    // ---------------------------------------------------------------- month names

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    private static void months(int m, String... names) {
        for (String n : names) {
            Integer old = MONTHS.put(n, m);
            if (old != null && old != m) {
                throw new IllegalStateException("month name " + n + " is ambiguous");
            }
        }
    }

    static {
        // English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Finnish, Polish, Czech,
        // Russian, Turkish and Indonesian names, with their usual abbreviations (a trailing dot is allowed).
        months(1, "january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio",
                "genn", "janeiro", "januari", "tammikuuta", "tammikuu", "stycznia", "styczeń", "ledna", "leden",
                "января", "январь", "ocak");
        months(2, "february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero",
                "febbraio", "fevereiro", "fev", "februari", "helmikuuta", "helmikuu", "lutego", "luty", "února",
                "únor", "февраля", "февраль", "şubat", "subat");
        months(3, "march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt", "marts",
                "maaliskuuta", "maaliskuu", "marca", "marzec", "března", "březen", "марта", "март", "mart", "maret");
        months(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "huhtikuu", "kwietnia",
                "kwiecień", "dubna", "duben", "апреля", "апрель", "nisan");
        months(5, "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "toukokuuta", "toukokuu", "maja",
                "května", "květen", "мая", "май", "mayıs", "mayis");
        months(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "kesäkuuta", "kesäkuu", "czerwca",
                "czerwiec", "června", "červen", "июня", "июнь", "haziran");
        months(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuuta",
                "heinäkuu", "lipca", "lipiec", "července", "červenec", "июля", "июль", "temmuz");
        months(8, "august", "aug", "août", "aout", "agosto", "augustus", "augusti", "elokuuta", "elokuu", "sierpnia",
                "sierpień", "srpna", "srpen", "августа", "август", "ağustos", "agustos", "agustus");
        months(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
                "syyskuuta", "syyskuu", "września", "wrzesień", "září", "сентября", "сентябрь", "eylül", "eylul");
        months(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "lokakuuta", "lokakuu", "października", "październik", "října", "říjen", "октября", "октябрь",
                "ekim");
        months(11, "november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "marraskuu", "listopada",
                "listopad", "listopadu", "ноября", "ноябрь", "kasım", "kasim", "nopember");
        months(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                "dicembre", "dezembro", "desember", "joulukuuta", "joulukuu", "grudnia", "grudzień", "prosince",
                "prosinec", "декабря", "декабрь", "aralık", "aralik", "des");
    }

    /** A word that may be a month name: checked against {@link #MONTHS} once matched (faster than alternatives). */
    private static final String MONTH_ALT = "\\p{L}{3,12}";

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return MONTHS.get(n);
    }

    // ---------------------------------------------------------------- text patterns

    private static final String YEAR4 = "(?:199\\d|20\\d\\d)";
    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";

    /** All text forms in one pattern, tried where a date can start. */
    private static final Pattern TEXT = Pattern.compile(String.join("|",
            // 2016-12-23, 2016/12/23, 2016.12.23
            "(?<![\\d.])(?<ya>" + YEAR4 + ")(?<sa>[-/.])(?<ma>[01]?\\d)\\k<sa>(?<da>[0-3]?\\d)(?!\\d)(?!\\.\\d)",
            // 23.12.2016, 23. 12. 2016, 12/23/2016, 23-12-2016, 23.12.16
            "(?<![\\d.,/-])(?<db>[0-3]?\\d)(?<sb>[./-])\\s?(?<mb>[0-3]?\\d)\\k<sb>\\s?(?<yb>" + YEAR4
                    + "|\\d\\d)(?!\\d)(?![.,/-]\\d)",
            // February 6th, 2026; Feb. 6 2026
            NOT_LETTER_BEFORE + "(?<mc>" + MONTH_ALT + ")" + NOT_LETTER_AFTER
                    + "\\.?,?\\s{0,3}(?<dc>[0-3]?\\d)(?:st|nd|rd|th)?\\.?,?\\s{0,3}(?<yc>" + YEAR4 + ")(?!\\d)",
            // 6 February 2026; 6th of February, 2026; 31. Mai 2012; 1er mars 2020; 6 de febrero de 2026; 06-Feb-2026
            "(?<![\\d.])(?<dd>[0-3]?\\d)(?:st|nd|rd|th|er|e|º|°)?\\.?[\\s-]{0,3}(?:of\\s+|de\\s+|di\\s+)?"
                    + "(?<md>" + MONTH_ALT + ")" + NOT_LETTER_AFTER + "\\.?,?[\\s-]{0,3}(?:de\\s+|del\\s+)?"
                    + "(?<yd>" + YEAR4 + ")(?!\\d)",
            // 2026年2月6日, 2026년 2월 6일
            "(?<ye>" + YEAR4 + ")\\s?[年년]\\s?(?<me>[01]?\\d)\\s?[月월]\\s?(?<de>[0-3]?\\d)",
            // February 2026 (month only)
            NOT_LETTER_BEFORE + "(?<mf>" + MONTH_ALT + ")" + NOT_LETTER_AFTER + "\\.?,?\\s{1,3}(?<yf>" + YEAR4
                    + ")(?!\\d)"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A time right after a date: "6 Feb 2026, 10:28", "23.12.2016 um 10.28 Uhr", "Feb 6, 2026 - 10:28 pm". */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "\\s*(?:[,|/·•@–—-]\\s*)?"
                    + "(?:at\\s+|um\\s+|à\\s+|a\\s+las\\s+|alle\\s+|ore\\s+|kl\\.?\\s*|klo\\s+|om\\s+)?"
                    + "(?<h>[0-2]?\\d)(?:[:h]|\\.(?=\\d\\d\\s*Uhr))(?<mi>[0-5]\\d)(?::[0-5]\\d)?(?![\\d.:]\\d)"
                    + "\\s*(?<ap>[ap]\\.?\\s?m\\b\\.?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Every date expression in {@code text} from {@code from} to {@code to}, with the time right after it when stated.
     *
     * @param usOrder read ambiguous 01/02/2026 as January 2 (else as 1 February)
     * @param monthOnly keep "February 2026" expressions
     */
    static List<Hit> findAll(CharSequence text, int from, int to, boolean usOrder, boolean monthOnly, int max) {
        List<Hit> out = new ArrayList<>();
        Matcher m = TEXT.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int limit = Math.min(to, text.length());
        int i = Math.max(0, from);
        // The pattern is tried only where a date can start: at a number, or at a word that is a month name.
        while (i < limit && out.size() < max) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            if (c >= '0' && c <= '9') {
                if (prev >= '0' && prev <= '9') {
                    i++;
                    continue;
                }
            } else if (Character.isLetter(c) && !Character.isLetterOrDigit(prev)) {
                int j = i + 1;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i < 3 || j - i > 12 || month(text.subSequence(i, j).toString()) == null) {
                    i = j;
                    continue;
                }
            } else {
                i++;
                continue;
            }
            m.region(i, limit);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            When w = fromMatch(m, text, usOrder);
            if (w == null) {
                i++;
                continue;
            }
            i = m.end();
            if (!monthOnly && !w.hasDay()) {
                continue;
            }
            int end = m.end();
            if (w.hasDay()) {
                Matcher t = TIME_AFTER.matcher(text);
                t.useTransparentBounds(true);
                t.region(end, Math.min(text.length(), end + 30));
                if (t.lookingAt()) {
                    int h = Integer.parseInt(t.group("h"));
                    int mi = Integer.parseInt(t.group("mi"));
                    String ap = t.group("ap");
                    if (ap != null) {
                        boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
                        if (h >= 1 && h <= 12) {
                            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
                        } else {
                            h = 99;
                        }
                    }
                    if (h < 24) {
                        w = w.withTime(h, mi);
                        end = t.end();
                    }
                }
            }
            out.add(new Hit(w, m.start(), end));
        }
        return out;
    }

    /** The first date expression in a short text, or null. */
    static When first(CharSequence text, boolean usOrder) {
        List<Hit> hits = findAll(text, 0, text.length(), usOrder, true, 4);
        for (Hit h : hits) {
            if (h.when().hasDay()) {
                return h.when();
            }
        }
        return hits.isEmpty() ? null : hits.get(0).when();
    }

    private static final Pattern VERSION_BEFORE = Pattern.compile("(?i)(?:\\bv|version|release)\\.?\\s*$");

    private static When fromMatch(Matcher m, CharSequence text, boolean usOrder) {
        if (m.group("ya") != null) {
            return valid(num(m, "ya"), num(m, "ma"), num(m, "da"));
        }
        if (m.group("yb") != null) {
            int p = Integer.parseInt(m.group("db"));
            int q = Integer.parseInt(m.group("mb"));
            int y = year(m.group("yb"));
            String sep = m.group("sb");
            if (m.group("yb").length() == 2 && (sep.equals("-") || VERSION_BEFORE.matcher(
                    text.subSequence(Math.max(0, m.start() - 10), m.start())).find())) {
                return null; // 12-05-16 and "version 1.2.16": a code or a version
            }
            boolean monthFirst;
            if (p > 12) {
                monthFirst = false;
            } else if (q > 12) {
                monthFirst = true;
            } else {
                monthFirst = usOrder && !sep.equals(".");
            }
            return monthFirst ? valid(y, p, q) : valid(y, q, p);
        }
        if (m.group("yc") != null) {
            return valid(Integer.parseInt(m.group("yc")), month(m.group("mc")), Integer.parseInt(m.group("dc")));
        }
        if (m.group("yd") != null) {
            return valid(Integer.parseInt(m.group("yd")), month(m.group("md")), Integer.parseInt(m.group("dd")));
        }
        if (m.group("ye") != null) {
            return valid(num(m, "ye"), num(m, "me"), num(m, "de"));
        }
        if (m.group("yf") != null) {
            Integer mo = month(m.group("mf"));
            return mo == null ? null : new When(Integer.parseInt(m.group("yf")), mo, 0, -1, -1);
        }
        return null;
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (s.length() == 2) {
            int thisYear = LocalDate.now(ZoneOffset.UTC).getYear() % 100;
            y += y <= thisYear + 1 ? 2000 : 1900;
        }
        return y;
    }

    static When valid(int y, Integer m, int d) {
        if (m == null || m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) {
            return null;
        }
        if (d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return When.day(y, m, d);
    }

    // ---------------------------------------------------------------- machine values

    private static final Pattern ISO = Pattern.compile(
            "(?<y>\\d{4})-?(?<m>\\d\\d)-?(?<d>\\d\\d)"
                    + "(?:(?:T|\\s+|[ T]?\\|\\s*)(?<h>\\d\\d):?(?<mi>\\d\\d)(?::?\\d\\d(?:[.,]\\d+)?)?)?"
                    + "(?<z>\\s*(?:Z|[+-]\\d\\d(?::?\\d\\d)?|UTC|GMT|[A-Z]{3,4})?)(?<rest>.*)",
            Pattern.DOTALL);
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    /**
     * A date in an attribute or a metadata value: ISO 8601 (time kept as written, not converted), compact
     * 20161223, epoch seconds or milliseconds, or any text form ("Tue, 06 Feb 2026 10:28:00 GMT", "23.12.2016").
     */
    static When parseValue(String raw, boolean usOrder) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.length() < 4 || s.length() > 200) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            String compact = s.length() >= 8 ? s.substring(0, 8) : s;
            boolean dashed = s.charAt(4) == '-';
            // compact 20161223 only when it stands alone or is followed by a time: not part of a longer number
            if (dashed || compact.chars().allMatch(Character::isDigit)) {
                String rest = iso.group("rest");
                boolean clean = rest.isEmpty() || !Character.isDigit(rest.charAt(0));
                if (dashed || clean) {
                    When w = valid(Integer.parseInt(iso.group("y")), Integer.parseInt(iso.group("m")),
                            Integer.parseInt(iso.group("d")));
                    if (w != null) {
                        if (iso.group("h") != null) {
                            int h = Integer.parseInt(iso.group("h"));
                            int mi = Integer.parseInt(iso.group("mi"));
                            if (h < 24 && mi < 60) {
                                w = w.withTime(h, mi);
                                String z = iso.group("z").strip();
                                if (z.equals("Z") || z.equals("UTC") || z.equals("GMT") || z.matches("\\+00(:?00)?")) {
                                    w = w.inUtc();
                                }
                            }
                        }
                        return w;
                    }
                }
            }
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            Instant at = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            return When.day(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        }
        Matcher ym = YEAR_MONTH.matcher(s);
        if (ym.matches()) {
            int m = Integer.parseInt(ym.group(2));
            return m >= 1 && m <= 12 ? new When(Integer.parseInt(ym.group(1)), m, 0, -1, -1) : null;
        }
        if (YEAR_ONLY.matcher(s).matches()) {
            return new When(Integer.parseInt(s), 0, 0, -1, -1);
        }
        return first(s, usOrder);
    }
}
