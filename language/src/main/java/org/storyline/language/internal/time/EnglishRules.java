package org.storyline.language.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.language.Timex;
import org.storyline.language.Timex.Type;
import org.storyline.language.internal.time.Lexicon.Unit;

/**
 * The rules for English news, following the TimeML/TIMEX3 conventions of TimeBank and TempEval-3: spans leave out
 * prepositions ("on Friday" is "Friday") and keep determiners and modifiers that are part of the expression ("the
 * past three months", "last week", "early next year"); bare weekdays and months refer back from the dispatch date
 * unless the sentence speaks of the future.
 *
 * <p>Design decision: values follow the TIMEX3 standard where TimeBank's own annotation wavers: ISO weeks are
 * zero-padded ("2026-W05", TimeBank also writes "W5" and "WXX"), and a weekday with a part of the day is a TIME
 * ("2026-02-06TNI"; TimeBank mostly marks these as DATE). Expressions that count from the narrative ("that year",
 * "the next day") take the last date stated before them, never the anchor; after an unresolved date they stay
 * unresolved.
 */
final class EnglishRules {
    private EnglishRules() {
    }

    static final List<Rule> ALL = build();

    private static List<Rule> build() {
        List<Rule> r = new ArrayList<>();

        // 2026-02-06, 2026-02-06T10:30
        r.add(Rule.of("iso-date", "(?<y>1\\d\\d\\d|20\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<hh>[01]\\d|2[0-3]):(?<mi>[0-5]\\d))?{E}(?!-\\d)",
                f -> {
                    LocalDate d = Values.date(num(f.group("y")), num(f.group("m")), num(f.group("d")));
                    if (d == null) {
                        return null;
                    }
                    return f.has("hh") ? f.absolute(Type.TIME, Values.day(d) + "T" + f.group("hh") + ":" + f.group("mi"))
                            : f.absolute(Type.DATE, Values.day(d));
                }));

        // 2/6/2026, 02/06/26 (month first, as in American news)
        r.add(Rule.of("slash-date", "(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>\\d{4}|\\d\\d){E}(?![/.-]\\d)",
                f -> {
                    int y = num(f.group("y"));
                    if (y < 100) {
                        y += y < 50 ? 2000 : 1900;
                    }
                    LocalDate d = Values.date(y, num(f.group("m")), num(f.group("d")));
                    return d == null ? null : f.absolute(Type.DATE, Values.day(d));
                }));

        // Friday, Feb. 6, 2026; Feb. 6; next Friday, Feb. 13; Mon, Feb 9, 2026; Feb 8, 2026 (Sun)
        r.add(Rule.of("month-day", "(?:(?:this_coming_|this_past_|last_|next_|this_)?{WEEKDAY_ANY},?_)?{MONTH_ANY}_?{DAY}(?:,?_{YEAR}|(?![.,:/]?\\d))"
                + WEEKDAY_AFTER, EnglishRules::monthDay));
        // 6 February 2026; the 6th of February; Mon, 12 Feb 2026; 12 February 2026, Thursday
        r.add(Rule.of("day-month", "(?:{WEEKDAY_ANY},?_)?(?:the_)?(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?:_of)?_{MONTH_ANY}(?:,?_{YEAR})?"
                + WEEKDAY_AFTER, EnglishRules::monthDay));
        r.add(Rule.of("ordinal-of-month", "(?:{WEEKDAY_ANY},?_)?the_(?<day>{ORDINAL})_of_{MONTH}(?:,?_{YEAR})?" + WEEKDAY_AFTER,
                EnglishRules::monthDay));

        // February 1947, early March 1998, June last year
        r.add(Rule.of("month-year", "(?:(?<pre>early|late|mid|the_end_of|the_beginning_of|the_middle_of|the_start_of)[-_])?{MONTH_ANY}"
                + "(?:,?_(?:of_)?{YEAR}|_(?<rel>this|last|next)_year{E})", f -> {
                    int month = Lexicon.monthNumber(f.group("month"));
                    if (f.has("year")) {
                        return f.absolute(Type.DATE, Values.month(num(f.group("year")), month));
                    }
                    int offset = switch (f.word("rel")) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    };
                    return f.relative(Type.DATE, a -> Values.month(a.year() + offset, month));
                }));

        // December, last November, early March, mid-November
        r.add(Rule.of("month", "(?:(?<pre>this_past|this_coming|last|next|this|early|late|mid|the_end_of|the_beginning_of|the_middle_of"
                + "|the_start_of|the_first_half_of|the_second_half_of|the_month_of)[-_])?{MONTH}", EnglishRules::month));

        // 10:35 a.m., 10 p.m. Wednesday, 9 a.m. EST Tuesday
        r.add(Rule.of("clock", "(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?_?(?<ap>[ap]\\.?_?m\\b\\.?)(?:_(?-i:(?<tz>[ECMPA][SD]T|GMT|UTC)))?"
                + "(?:,?_(?:(?<rd>today|tonight|yesterday|tomorrow)|{WEEKDAY}|(?:on_)?{MONTH_ANY}_{DAY}))?",
                EnglishRules::clock));
        r.add(Rule.of("clock24", "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)_?(?-i:(?<tz>[ECMPA][SD]T|GMT|UTC))(?:,?_(?:(?<rd>today|tonight|yesterday|tomorrow)|{WEEKDAY}))?",
                EnglishRules::clock));
        r.add(Rule.of("noon", "(?<noon>noon|midnight|midday)(?:,?_(?:(?<rd>today|tonight|yesterday|tomorrow)|{WEEKDAY}))?", EnglishRules::clock));
        r.add(Rule.of("weekday-noon", "(?:(?<rd>today|tonight|yesterday|tomorrow)|{WEEKDAY})_at_(?<noon>noon|midnight)", EnglishRules::clock));
        r.add(Rule.of("in-the-morning", "(?<hw>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:_o'clock)?_in_the_(?<part>morning|afternoon|evening)",
                EnglishRules::clock));

        // Friday, last Friday, Friday night, early Tuesday
        r.add(Rule.of("weekday", "(?:(?<pre>this_past|this_coming|last|next|this|early|late|earlier|later|the_previous|the_following)_)?{WEEKDAY}"
                + "(?:_(?<part>morning|afternoon|evening|night))?", EnglishRules::weekday));
        // on Fri, last Tues., Sat night: abbreviations only where the context makes them dates
        r.add(Rule.of("weekday-abbreviated", "(?:(?<pre>this_past|this_coming|last|next|this)_)?{WEEKDAY_ABBR}"
                + "(?:_(?<part>morning|afternoon|evening|night){E})?", EnglishRules::weekdayAbbreviated));
        // Fridays, every Friday, each Thursday, Tuesday nights
        r.add(Rule.of("weekdays", "(?:(?:every|each)_{WEEKDAY}|(?<wds>(?:mon|tues|wednes|thurs|fri|satur|sun)days){E})"
                + "(?:_(?<part>mornings?|afternoons?|evenings?|nights?){E})?", f -> {
                    int dow = Lexicon.weekdayNumber(f.has("wd") ? f.group("wd") : f.group("wds"));
                    String part = f.has("part") ? "T" + Lexicon.partOfDay(f.word("part").replaceAll("s$", "")) : "";
                    return f.absolute(Type.SET, "XXXX-WXX-" + dow + part);
                }));

        // today, yesterday morning, late yesterday, tonight
        r.add(Rule.of("deictic", "(?:(?<pre>early|late|earlier|later)_)?(?<d>today|tonight|yesterday|tomorrow)(?!'s_(?:world|youth|society|children|generation))"
                + "(?:_(?<part>morning|afternoon|evening|night))?{E}", f -> {
                    String d = f.word("d");
                    int offset = switch (d) {
                        case "yesterday" -> -1;
                        case "tomorrow" -> 1;
                        default -> 0;
                    };
                    String part = f.has("part") ? Lexicon.partOfDay(f.word("part")) : d.equals("tonight") ? "NI" : null;
                    if (part != null) {
                        return f.relative(Type.TIME, a -> a.dayValue(offset) == null ? null : a.dayValue(offset) + "T" + part);
                    }
                    return f.relative(Type.DATE, a -> a.dayValue(offset));
                }));
        r.add(Rule.of("day-before", "the_day_(?<ba>before|after)_(?<d>yesterday|tomorrow)", f -> {
            int offset = f.word("d").equals("yesterday") ? -2 : 2;
            return f.relative(Type.DATE, a -> a.dayValue(offset));
        }));
        // this morning, last night, tomorrow evening
        r.add(Rule.of("part-of-day", "(?:(?<pre>this|last|tomorrow|yesterday)_)(?<part>morning|afternoon|evening|night){E}", f -> {
            String pre = f.word("pre");
            String part = Lexicon.partOfDay(f.word("part"));
            int offset = switch (pre) {
                case "last", "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            return f.relative(Type.TIME, a -> a.dayValue(offset) == null ? null : a.dayValue(offset) + "T" + part);
        }));

        // now, currently, recently, the past, the future, soon
        r.add(Rule.of("present", "(?:now|currently|presently|nowadays|at_present|these_days|the_present(?:_day|_time)?){E}",
                f -> f.reference(Values.PRESENT)));
        r.add(Rule.of("current", "current{E}(?!_(?:account|accounts|affairs|events|liabilities|assets|prices|dollars|market|yield))",
                f -> f.reference(Values.PRESENT)));
        r.add(Rule.of("past", "(?:(?:more_|most_)?recently|lately|the_past|(?:in_)?(?<recent>recent(?:_(?:years|months|weeks|days|quarters|times|decades))?)){E}",
                f -> {
                    f.startAt("recent"); // "in [recent years]"
                    if (f.words().equals("recent") && f.beforeNoun()) {
                        return null; // "the recent bomb attacks": an adjective, not an expression
                    }
                    return f.reference(Values.PAST);
                }));
        r.add(Rule.of("future", "(?:(?:the_)?(?:near_|distant_|foreseeable_|immediate_)?future|soon){E}(?!_(?:after|as|afterward|afterwards|thereafter)\\b)",
                f -> f.words().equals("future") && f.beforeNoun() ? null : f.reference(Values.FUTURE)));

        // this year, last week, next month, earlier this week, the past year, this summer
        r.add(Rule.of("relative-unit", "(?:(?<shift>earlier|later|early|late|mid|the_end_of|the_beginning_of|the_middle_of|the_start_of"
                + "|the_rest_of|the_remainder_of|the_first_half_of|the_second_half_of)[-_](?:the_)?)?"
                + "(?<pre>this_past|this_coming|this|last|next|past|the_past|the_last|the_next|the_coming|coming"
                + "|the_current|current)_(?:fiscal_|calendar_)?"
                + "(?<u>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?!-){E}",
                EnglishRules::relativeUnit));
        // earlier in the year, the end of the year, the end of this month
        r.add(Rule.of("shifted-unit", "(?:earlier|later|early|late)_in_the_(?<u>week|month|year|decade)(?!-){E}"
                + "|the_(?:end|beginning|middle|start|rest|remainder)_of_the_(?<u2>week|month|year|decade|century)(?!-){E}", f -> {
                    String u = f.has("u") ? f.word("u") : f.word("u2");
                    return f.relative(Type.DATE, a -> switch (u) {
                        case "week" -> a.weekValue(0);
                        case "month" -> a.monthValue(0);
                        case "decade" -> a.yearValue(0).substring(0, 3);
                        case "century" -> a.yearValue(0).substring(0, 2);
                        default -> a.yearValue(0);
                    });
                }));

        // the year, the fiscal year, the full year ("for the year ended Sept. 30" is a stretch of twelve months)
        r.add(Rule.of("the-year", "the_(?:(?:fiscal|full|calendar|current)_)?year(?!-){E}(?<ended>_end(?:ed|ing))?", f -> {
            if (f.has("ended")) {
                f.endBefore("ended");
                return f.absolute(Type.DURATION, "P1Y");
            }
            return f.relative(Type.DATE, a -> a.yearValue(0));
        }));
        // the weekend
        r.add(Rule.of("the-weekend", "the_weekend{E}", f -> {
            boolean future = f.future();
            return f.relative(Type.DATE, a -> {
                if (a.day() == null) {
                    return null;
                }
                int dow = a.day().getDayOfWeek().getValue();
                LocalDate saturday = future && dow < 6 ? a.weekday(6, 1, false) : a.lastSaturday();
                return Values.week(saturday) + "-WE";
            });
        }));
        // the summer, the early summer, last winter is a relative unit
        r.add(Rule.of("season", "the_(?:(?<pre>early|late)_)?(?<s>spring|summer|fall|autumn|winter){E}(?!_of\\b|_(?:1\\d|20)\\d\\d)", f -> {
            String code = Lexicon.season(f.group("s"));
            int tense = f.tense();
            return f.relative(Type.DATE, a -> {
                if (a.month() == 0) {
                    return Values.year(a.year()) + "-" + code;
                }
                int current = seasonIndex(a.month());
                int target = seasonIndex(code);
                int seasonYear = a.month() == 12 ? a.year() + 1 : a.year();
                int y = target == current ? seasonYear : tense > 0 ? (target > current ? seasonYear : seasonYear + 1)
                        : (target < current ? seasonYear : seasonYear - 1);
                return Values.year(y) + "-" + code;
            });
        }));
        // the 1989 period, the 1988 quarter: the reported quarter of that year
        r.add(Rule.of("year-period", "the_{YEAR}_(?:period|quarter){E}", f -> {
            int y = num(f.group("year"));
            return f.relative(Type.DATE, a -> {
                String q = a.quarterValue(-1);
                return q == null ? Values.year(y) : Values.year(y + Integer.parseInt(q.substring(0, 4)) - a.year()) + q.substring(4);
            });
        }));
        // the corresponding period last year, last year's quarter
        r.add(Rule.of("year-ago-period", "(?:the_(?:corresponding|comparable|same)_(?:period|quarter)_(?:of_)?(?:last_year|a_year_(?:ago|earlier))"
                + "|last_year's_(?:(?:first|second|third|fourth)_)?(?:period|quarter)){E}", f -> f.relative(Type.DATE, a -> a.quarterValue(-5))));

        // that year, the following day, the next morning: dated from the last date the text gave
        r.add(Rule.of("narrative", "(?:(?<shift>later|earlier)_)?(?:(?<pre>that|that_same|the_same|the_following|the_next|the_previous|the_prior)_(?<u>year|month|day|morning|afternoon|evening|night)"
                + "|the_(?<u2>year|month|day)_(?<ba>before|after)){E}", EnglishRules::narrative));
        // April 24 and [25], Aug. 7-[8]
        r.add(Rule.of("second-day", "(?<=(?-i:[A-Z][a-z]{2,8})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?(?:\\s{1,3}(?:and|or|to|through)\\s{1,3}|\\s?[-\u2013]\\s?))(?<day>[0-3]?\\d)(?:st|nd|rd|th)?{E}(?![.,:/]?\\d|_(?:percent|%))",
                f -> {
                    int day = num(f.group("day"));
                    Timex first = f.earlier.isEmpty() ? null : f.earlier.get(f.earlier.size() - 1);
                    if (first == null || first.span().end() < f.start - 12 || first.type() != Type.DATE || day < 1 || day > 31) {
                        return null;
                    }
                    if (first.value() == null || first.value().length() != 10) {
                        return first.relative() ? f.relative(Type.DATE, a -> null) : null;
                    }
                    LocalDate d = Values.date(num(first.value().substring(0, 4)), num(first.value().substring(5, 7)), day);
                    return d == null ? null : new Timex(new org.storyline.model.Span(f.start, f.end), f.text.substring(f.start, f.end),
                            Type.DATE, Values.day(d), first.relative());
                }));

        // the third quarter, third-quarter, the fiscal first quarter, the 1989 third quarter, the first half of 1990
        r.add(Rule.of("quarter", "(?:(?<det>the|its|a|this)_)?(?:(?<yr>{YEAR})(?:'s)?_|(?<rel>this|last|next)_year's_|(?<mod>same|comparable|year-ago|year-earlier|current|latest|previous|prior|flat|fiscal|calendar)_)?"
                + "(?:fiscal[-_]|calendar[-_])?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-_](?:fiscal[-_])?(?<q>quarter|half){E}"
                + "(?:_of_(?:{YEAR2}|(?<rel2>this|last|next)_year{E}|fiscal_{YEAR3}))?", EnglishRules::quarter));
        r.add(Rule.of("q-number", "(?-i:Q(?<n>[1-4]))(?:_{YEAR}|{E})", f -> {
            int q = num(f.group("n"));
            if (f.has("year")) {
                return f.absolute(Type.DATE, f.group("year") + "-Q" + q);
            }
            return f.relative(Type.DATE, a -> Values.year(a.year()) + "-Q" + q);
        }));
        // the quarter, the latest quarter, the year-ago quarter, the year-earlier period
        r.add(Rule.of("the-quarter", "the_(?:(?<pre>latest|current|last|most_recent|recent|previous|past|prior|same|comparable|corresponding|year-ago|year-earlier|comparable_year-ago|comparable_year-earlier)_)?"
                + "(?<q>quarter|period){E}(?<ya>_a_year_(?:ago|earlier)|_(?:a|last)_year)?", EnglishRules::theQuarter));
        // year-earlier, year-ago (as adjectives)
        r.add(Rule.of("year-ago", "year-(?:ago|earlier){E}", f -> {
            if (f.nearQuarter()) {
                return f.relative(Type.DATE, a -> a.quarterValue(-5));
            }
            return f.relative(Type.DATE, a -> a.yearValue(-1));
        }));

        // the 1990s, the early 1990s, the '80s, the nineties
        r.add(Rule.of("decade", "(?:the_)?(?:(?<half>first|second|last)_half_of_the_)?(?:(?<pre>early|mid|late)[-_])?(?:(?<dec>1\\d\\d0|20\\d0)'?s|['\u2019](?<d2>\\d0)s){E}",
                f -> {
                    if (f.has("dec")) {
                        return f.absolute(Type.DATE, f.group("dec").substring(0, 3));
                    }
                    int d = num(f.group("d2"));
                    return f.relative(Type.DATE, a -> {
                        int century = a.year() / 100 * 100;
                        int y = century + d;
                        return Values.year(y > a.year() ? y - 100 : y).substring(0, 3);
                    });
                }));
        r.add(Rule.of("decade-word", "(?:the_)?(?:(?<pre>early|mid|late)[-_])?(?:nineteen[-_])?(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){E}",
                f -> {
                    int d = switch (f.word("dw")) {
                        case "twenties" -> 2;
                        case "thirties" -> 3;
                        case "forties" -> 4;
                        case "fifties" -> 5;
                        case "sixties" -> 6;
                        case "seventies" -> 7;
                        case "eighties" -> 8;
                        default -> 9;
                    };
                    return f.absolute(Type.DATE, "19" + d);
                }));
        // the 20th century, the eleventh century
        r.add(Rule.of("century", "(?:the_)?(?:(?<pre>early|mid|late)[-_])?(?:(?<c>\\d{1,2})(?:st|nd|rd|th)|(?<cw>{ORDINAL}))[-_]century{E}", f -> {
            int c = f.has("c") ? num(f.group("c")) : Lexicon.ordinal(f.group("cw"));
            return c < 1 || c > 30 ? null : f.absolute(Type.DATE, String.format("%02d", c - 1));
        }));

        // 1998, fiscal 1989, mid-1996, the summer of 1994, the first half of 1990
        r.add(Rule.of("year", "(?:(?<pre>fiscal|calendar|mid|early|late|the_end_of|the_beginning_of|the_middle_of|the_start_of|the_rest_of|the_remainder_of"
                + "|the_year|the_(?:first|second|last)_half_of|(?:the_)?(?:early_|late_)?(?<season>spring|summer|fall|autumn|winter)(?:_of)?)[-_])?{YEAR}", EnglishRules::year));
        r.add(Rule.of("year-words", "(?:the_year_)?(?:nineteen[-_](?<y>{CARDINAL})|(?<t>two_thousand(?:_and)?(?:_(?:{CARDINAL}))?)){E}", f -> {
            int y;
            if (f.has("y")) {
                int rest = Lexicon.cardinal(f.group("y"));
                if (rest < 10 || rest > 99) {
                    return null;
                }
                y = 1900 + rest;
            } else {
                if (!f.words().startsWith("the year")) {
                    return null;
                }
                y = Lexicon.cardinal(f.group("t"));
            }
            return y < 1000 ? null : f.absolute(Type.DATE, Values.year(y));
        }));

        // holidays
        r.add(Rule.of("holiday", "(?:(?<pre>last|next|this)_)?(?<h>thanksgiving(?:_day)?|christmas(?:_(?:day|eve))?|new_year's_(?:day|eve)|easter(?:_(?:sunday|monday|week))?"
                + "|halloween|independence_day|labor_day|memorial_day|election_day|valentine's_day|boxing_day|good_friday|veterans_day|columbus_day)"
                + "{E}(?:,?_{YEAR})?", EnglishRules::holiday));

        // three months ago, two years earlier, the past three months, a five-year plan, 16-hour, nearly two months
        r.add(Rule.of("duration", "(?:(?<mod>about|around|approximately|roughly|some|nearly|almost|more_than|less_than|fewer_than|over|under|at_least"
                + "|at_most|up_to|no_more_than|no_less_than|not_more_than|another|an_additional|a_further|an_extra|a_full"
                + "|the_past|the_last|the_next|the_first|the_final|the_coming|the_previous|the_remaining|the_latest|the_following|the_full"
                + "|the_initial|the|these|those|its|past|last|next|first|coming|within)_)?(?:(?<mod2>more_than|less_than|about|nearly|almost|over"
                + "|at_least|the_past|the_last|the_next|the_first|roughly|some)_)?"
                + "{AMOUNT}(?:(?:_(?:to|or)_|-){AMOUNT2})?[-_](?:(?:more|additional|full|straight|consecutive|long|extra|whole)_)?{UNIT}"
                + "(?<tail>-long|-old|_and_a_half|_or_so)?{E}(?:_(?<after>ago|earlier|before|later|after|from_now|hence|since|old){E})?",
                EnglishRules::duration));
        // years, for decades, in the coming months, the past few weeks
        r.add(Rule.of("vague-duration", "(?:(?<pre>the_past|the_last|the_next|the_coming|coming)_)?(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)"
                + "(?<long>-long)?{E}(?<ago>_ago)?",
                EnglishRules::vagueDuration));

        // daily, every week, twice a year, each July
        r.add(Rule.of("set-adverb", "(?<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly|bi-weekly|fortnightly|semiannually|semi-annually|biannually){E}",
                f -> {
                    String v = switch (f.word("adv")) {
                        case "daily", "nightly" -> "P1D";
                        case "weekly" -> "P1W";
                        case "monthly" -> "P1M";
                        case "quarterly" -> "P3M";
                        case "hourly" -> "PT1H";
                        case "biweekly", "bi-weekly", "fortnightly" -> "P2W";
                        case "semiannually", "semi-annually", "biannually" -> "P6M";
                        default -> "P1Y";
                    };
                    return f.absolute(Type.SET, v);
                }));
        r.add(Rule.of("set-every", "(?<times>once|twice|three_times|four_times|(?:\\d+|several|many)_times)?_?(?:every|each|per|a|an)_(?:other_)?(?:{AMOUNT}_)?{UNIT}",
                f -> {
                    String w = f.words();
                    boolean rate = f.has("times") || w.startsWith("every") || w.startsWith("each") || w.startsWith("per");
                    if (!rate) {
                        return null;
                    }
                    Unit unit = Lexicon.unit(f.group("unit"));
                    double n = f.has("num") ? Lexicon.amount(f.group("num")) : 1;
                    if (w.contains(" other ")) {
                        n = 2;
                    }
                    return f.absolute(Type.SET, unit.duration(Double.isNaN(n) ? 1 : n));
                }));
        r.add(Rule.of("set-month", "(?:every|each)_{MONTH}", f -> f.absolute(Type.SET,
                Values.month(0, Lexicon.monthNumber(f.group("month"))).replace("0000", "XXXX"))));
        r.add(Rule.of("set-season", "(?:every|each)_(?<s>spring|summer|fall|autumn|winter){E}",
                f -> f.absolute(Type.SET, "XXXX-" + Lexicon.season(f.group("s")))));
        return List.copyOf(r);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /**
     * The weekday a date line may add after the date (groups {@code wd2}, {@code wd3}): "12 February 2026, Thursday",
     * "Feb 8, 2026 (Sun)"; never one that begins a name or a possessive ("Feb. 6, Sun Microsystems", "Friday's").
     */
    private static final String WEEKDAY_AFTER = "(?:,?_{WEEKDAY_ANY2}(?!['\u2019]s|\\)|_(?-i:[A-Z][a-z]))|_?\\({WEEKDAY_ANY3}\\))?";

    // ---------------------------------------------------------------------------------------------------- dates

    private static Timex monthDay(Found f) {
        int month = Lexicon.monthNumber(f.group("month"));
        int day = Lexicon.ordinal(f.group("day"));
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        if (f.has("year")) {
            LocalDate d = Values.date(num(f.group("year")), month, day);
            return d == null ? null : f.absolute(Type.DATE, Values.day(d));
        }
        if (Values.date(2000, month, day) == null) {
            return null;
        }
        String weekday = f.has("wd") ? f.group("wd") : f.has("wd2") ? f.group("wd2") : f.group("wd3");
        int dow = weekday != null ? Lexicon.weekdayNumber(weekday) : 0;
        int tense = f.tense();
        return f.relative(Type.DATE, a -> {
            int year;
            if (dow > 0) {
                year = yearOfMonthDay(a, month, day, tense); // a weekday that fits no nearby year is a slip: the date stands
                for (int dy : new int[] {0, -1, 1}) {
                    LocalDate d = Values.date(a.year() + dy, month, day);
                    if (d != null && d.getDayOfWeek().getValue() == dow) {
                        year = a.year() + dy;
                        break;
                    }
                }
            } else {
                year = yearOfMonthDay(a, month, day, tense);
            }
            LocalDate d = Values.date(year, month, day);
            return d == null ? null : Values.day(d);
        });
    }

    /** How many months ahead a day or month stated without a year may lie when the sentence has no tense cue. */
    static final int AHEAD_MONTHS = 3;

    /** The year of a day stated without one: the dispatch's, the one before or the one after, as {@link #choose} decides. */
    static int yearOfMonthDay(Anchor a, int month, int day, int tense) {
        if (a.month() == 0) {
            return a.year();
        }
        int here = a.month() * 100 + (a.day() == null ? 15 : a.day().getDayOfMonth());
        int there = month * 100 + day;
        if (there == here) {
            return a.year();
        }
        int ahead = there > here ? a.year() : a.year() + 1;
        int back = there < here ? a.year() : a.year() - 1;
        int monthsAhead = (ahead - a.year()) * 12 + month - a.month();
        int monthsBack = (a.year() - back) * 12 + a.month() - month;
        return choose(tense, monthsAhead, monthsBack) ? ahead : back;
    }

    /** The year of a month stated without one, as {@link #yearOfMonthDay} decides. */
    static int yearOfMonth(Anchor a, int month, int tense) {
        int am = a.month();
        if (month == am) {
            return a.year();
        }
        int monthsAhead = Math.floorMod(month - am, 12);
        int monthsBack = 12 - monthsAhead;
        return choose(tense, monthsAhead, monthsBack) ? (month > am ? a.year() : a.year() + 1) : (month < am ? a.year() : a.year() - 1);
    }

    /**
     * Whether a day or month without a year lies ahead of the dispatch date rather than behind it: ahead when the
     * sentence speaks of the future (unless it was at most two months ago), behind when it speaks of the past (unless
     * that would be most of a year ago while ahead is near: news states the year of such dates), otherwise ahead only
     * when it is at most {@value #AHEAD_MONTHS} months ahead.
     */
    private static boolean choose(int tense, int monthsAhead, int monthsBack) {
        if (tense > 0) {
            return monthsBack > 2;
        }
        if (tense < 0) {
            return monthsBack >= 9 && monthsAhead <= 2;
        }
        return monthsAhead <= AHEAD_MONTHS;
    }

    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from", "through", "during", "of",
            "before", "after", "between", "and", "to", "early", "late", "last", "next", "this", "mid", "for", "or", "throughout", "into",
            "on", "that", "past", "the");

    private static final java.util.regex.Pattern COORDINATED = java.util.regex.Pattern.compile(
            "\\s+(?:and|or|to|through|until|-|\u2013)\\s+(?:early\\s+|late\\s+|mid-)?((?-i:[A-Z][a-z]+))\\.?(?:,?\\s+(1\\d\\d\\d|20\\d\\d)\\b|\\s+(last|this|next)\\s+year\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the capitalised word before the expression follows an article: "the Fed [June] meeting" is no name. */
    private static boolean determinedName(Found f) {
        int w = Cues.wordBefore(f.text, f.start);
        return w >= 0 && Set.of("the", "a", "an").contains(Cues.previousWord(f.text, w));
    }

    private static Timex month(Found f) {
        String name = f.group("month");
        int month = Lexicon.monthNumber(name);
        String pre = f.word("pre");
        if (pre.isEmpty() && (name.equals("May") || name.equals("March") || name.equals("MAY") || name.equals("MARCH"))
                && !MONTH_PREPOSITIONS.contains(f.previousWord())) {
            return null;
        }
        java.util.regex.Matcher next = COORDINATED.matcher(f.text).region(f.end, Math.min(f.text.length(), f.end + 40));
        if (pre.isEmpty() && next.lookingAt() && Lexicon.monthNumber(next.group(1)) > 0) {
            // "March and April last year", "between May and July 2024": the year of the second month
            if (next.group(2) != null) {
                return f.absolute(Type.DATE, Values.month(num(next.group(2)), month));
            }
            int offset = switch (next.group(3).toLowerCase(java.util.Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return f.relative(Type.DATE, a -> Values.month(a.year() + offset, month));
        }
        if (pre.isEmpty() && !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && (Cues.nameBefore(f.text, f.start) && !determinedName(f) || Cues.nameAfter(f.text, f.end)
                && !MONTH_PREPOSITIONS.contains(f.previousWord()))) {
            return null; // "Theresa May", "Ms. May", "June Carter said", "August Strindberg": a name, not a month
        }
        int tense = f.tense();
        return f.relative(Type.DATE, a -> {
            if (a.month() == 0) {
                return pre.equals("last") || pre.equals("next") ? null : Values.month(a.year(), month);
            }
            int am = a.month();
            int y = switch (pre) {
                case "last", "this past" -> month < am ? a.year() : a.year() - 1;
                case "next", "this coming" -> month > am ? a.year() : a.year() + 1;
                case "this" -> a.year();
                default -> yearOfMonth(a, month, tense);
            };
            return Values.month(y, month);
        });
    }

    /** Words after a weekday that make it a date: a day, a month, a clock time ("Fri 13", "Sat, Feb 7", "Sun 10:30"). */
    private static final java.util.regex.Pattern DATE_AFTER = java.util.regex.Pattern.compile(
            ",?[ \t\u00a0]+(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}%]|[.,:]\\d|[ \\t]+(?:percent|per|of|times|hours?|minutes?|days?|weeks?|months?|years?)\\b)"
                    + "|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                    + "|(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?[ \t]?[ap]\\.?m\\b|(?:[01]?\\d|2[0-3]):[0-5]\\d)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words before an abbreviated weekday that make it a date ("on Fri"); "last", "next" and "this" are in its span. */
    private static final Set<String> BEFORE_ABBREVIATED_WEEKDAY = Set.of("on", "since", "until", "till", "by");

    /**
     * An abbreviated weekday, "Fri", "Tues.": a date only where the context says so, as "Sun" and "Sat" are also
     * words and names ("The Sun reported", "Sun Microsystems"): after "on", "since", "until", "by", "last", "next",
     * "this", or before a day, a month or a clock time; never before a name or as a possessive.
     */
    private static Timex weekdayAbbreviated(Found f) {
        String wd = f.group("wd");
        if (f.text.startsWith("'s", f.end) || f.text.startsWith("\u2019s", f.end)) {
            return null;
        }
        boolean dateAfter = DATE_AFTER.matcher(f.text).region(f.end, Math.min(f.text.length(), f.end + 24)).lookingAt();
        if (!wd.endsWith(".") && !f.has("part") && !dateAfter && Cues.nameAfter(f.text, f.end)) {
            return null; // "on Sun Microsystems' servers"
        }
        if (!f.has("pre") && !dateAfter && !BEFORE_ABBREVIATED_WEEKDAY.contains(f.previousWord())) {
            return null;
        }
        return weekday(f);
    }

    /**
     * Names that end in a weekday, where the weekday is no date: the word before it ("Sheffield Wednesday", the
     * football club).
     */
    private static final Set<String> WEEKDAY_NAMES = Set.of("sheffield");

    /**
     * Whether a bare weekday ends a name ("Sheffield Wednesday won again") rather than dates what is said, unless a
     * date or a part of the day follows. Design decision: only names known to end in a weekday count. A capitalised
     * place before a bare weekday is most often a date in news, even opening a sentence ("Iran Saturday condemned the
     * bombing", "in Tokyo Monday", "President Bill Clinton Thursday"), so the shape of the words cannot tell.
     */
    private static boolean endsName(Found f) {
        if (!f.word("pre").isEmpty() || f.has("part")
                || DATE_AFTER.matcher(f.text).region(f.end, Math.min(f.text.length(), f.end + 24)).lookingAt()) {
            return false;
        }
        int before = Cues.wordBefore(f.text, f.start);
        return before >= 0 && Cues.nameBefore(f.text, f.start)
                && WEEKDAY_NAMES.contains(f.text.substring(before, f.start).strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static Timex weekday(Found f) {
        if (endsName(f)) {
            return null;
        }
        int dow = Lexicon.weekdayNumber(f.group("wd"));
        String pre = f.word("pre");
        boolean possessive = f.text.startsWith("'s", f.end) || f.text.startsWith("\u2019s", f.end);
        if (Set.of("early", "late", "earlier", "later").contains(pre)) {
            f.startAt("wd"); // "Earlier [Friday]", as TimeBank marks it
        }
        boolean future = !possessive && f.future();
        String part = f.has("part") ? "T" + Lexicon.partOfDay(f.group("part")) : "";
        Type type = part.isEmpty() ? Type.DATE : Type.TIME;
        return f.relative(type, a -> {
            LocalDate d = switch (pre) {
                case "last", "this past", "the previous" -> a.weekday(dow, -1, true);
                case "next", "this coming", "the following" -> a.weekday(dow, 1, true);
                case "this" -> a.weekday(dow, 1, false);
                default -> future ? a.weekday(dow, 1, false) : a.weekday(dow, -1, false);
            };
            return d == null ? null : Values.day(d) + part;
        });
    }

    private static Timex clock(Found f) {
        int hour;
        int minute = f.has("mi") ? num(f.group("mi")) : 0;
        String time;
        if (f.has("noon")) {
            time = f.word("noon").equals("midnight") ? "24:00" : "12:00";
        } else {
            hour = f.has("hw") ? Lexicon.cardinal(f.group("hw")) : num(f.group("h"));
            if (f.has("ap")) {
                boolean pm = Character.toLowerCase(f.group("ap").charAt(0)) == 'p';
                if (hour == 12) {
                    hour = pm ? 12 : 0;
                } else if (pm) {
                    hour += 12;
                }
            } else if (f.has("part") && !f.word("part").equals("morning") && hour < 12) {
                hour += 12;
            }
            if (hour > 24 || hour < 0) {
                return null;
            }
            time = String.format("%02d:%02d", hour, minute);
        }
        String t = "T" + time;
        if (f.has("month")) {
            int month = Lexicon.monthNumber(f.group("month"));
            int day = Lexicon.ordinal(f.group("day"));
            int tense = f.tense();
            return f.relative(Type.TIME, a -> {
                LocalDate d = Values.date(yearOfMonthDay(a, month, day, tense), month, day);
                return d == null ? null : Values.day(d) + t;
            });
        }
        if (f.has("wd")) {
            int dow = Lexicon.weekdayNumber(f.group("wd"));
            boolean future = f.future();
            return f.relative(Type.TIME, a -> {
                LocalDate d = future ? a.weekday(dow, 1, false) : a.weekday(dow, -1, false);
                return d == null ? null : Values.day(d) + t;
            });
        }
        int offset = switch (f.word("rd")) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return f.relative(Type.TIME, a -> a.dayValue(offset) == null ? null : a.dayValue(offset) + t);
    }

    private static Timex relativeUnit(Found f) {
        String pre = f.word("pre").replace("the ", "");
        String u = f.word("u");
        int offset = switch (pre) {
            case "last", "past", "previous", "prior", "this past" -> -1;
            case "next", "coming", "following", "this coming" -> 1;
            default -> 0;
        };
        return switch (u) {
            case "week" -> f.relative(Type.DATE, a -> a.weekValue(offset));
            case "weekend" -> f.relative(Type.DATE, a -> {
                if (a.day() == null) {
                    return null;
                }
                LocalDate sat = a.lastSaturday();
                int dow = a.day().getDayOfWeek().getValue();
                LocalDate base = offset == 0 && dow < 6 && f.future() ? sat.plusWeeks(1) : sat;
                if (offset > 0) {
                    base = a.weekday(DayOfWeek.SATURDAY.getValue(), 1, true);
                } else if (offset < 0 && dow >= 6) {
                    base = sat.minusWeeks(1);
                }
                return Values.week(base) + "-WE";
            });
            case "month" -> f.relative(Type.DATE, a -> a.monthValue(offset));
            case "year" -> f.relative(Type.DATE, a -> a.yearValue(offset));
            case "quarter" -> f.relative(Type.DATE, a -> a.quarterValue(offset));
            case "decade" -> f.relative(Type.DATE, a -> Values.year(a.year() + 10 * offset).substring(0, 3));
            case "century" -> f.relative(Type.DATE, a -> String.format("%02d", (a.year() + 100 * offset) / 100));
            default -> {
                String s = Lexicon.season(u);
                yield f.relative(Type.DATE, a -> {
                    if (a.month() == 0) {
                        return Values.year(a.year() + offset) + "-" + s;
                    }
                    int current = seasonIndex(a.month());
                    int target = seasonIndex(s);
                    int seasonYear = a.month() == 12 ? a.year() + 1 : a.year();
                    int y;
                    if (offset < 0) {
                        y = target < current ? seasonYear : seasonYear - 1;
                    } else if (offset > 0) {
                        y = target > current ? seasonYear : seasonYear + 1;
                    } else {
                        y = seasonYear;
                    }
                    return Values.year(y) + "-" + s;
                });
            }
        };
    }

    private static int seasonIndex(int month) {
        return switch (month) {
            case 12, 1, 2 -> 0;
            case 3, 4, 5 -> 1;
            case 6, 7, 8 -> 2;
            default -> 3;
        };
    }

    private static int seasonIndex(String code) {
        return switch (code) {
            case "WI" -> 0;
            case "SP" -> 1;
            case "SU" -> 2;
            default -> 3;
        };
    }

    /** "that year", "the next day": shifted from the last date stated before, at the same precision. */
    private static Timex narrative(Found f) {
        String u = f.has("u") ? f.word("u") : f.word("u2");
        String pre = f.has("pre") ? f.word("pre") : f.word("ba");
        int offset = switch (pre) {
            case "the following", "the next", "after" -> 1;
            case "the previous", "the prior", "before" -> -1;
            default -> 0;
        };
        boolean dayUnit = !u.equals("year") && !u.equals("month");
        if (pre.equals("the next") && !dayUnit) {
            return null; // "the next year" counts from the dispatch date
        }
        String part = switch (u) {
            case "morning", "afternoon", "evening", "night" -> "T" + Lexicon.partOfDay(u);
            default -> "";
        };
        int precision = u.equals("year") ? 4 : u.equals("month") ? 7 : 10;
        Type type = dayUnit && !part.isEmpty() ? Type.TIME : Type.DATE;
        Timex reference = null;
        for (int i = f.earlier.size() - 1; i >= 0 && reference == null; i--) {
            Timex t = f.earlier.get(i);
            if (t.type() == Type.DURATION || t.type() == Type.SET) {
                continue;
            }
            String v = t.value();
            if (v == null || v.length() >= precision && Character.isDigit(v.charAt(0))
                    && (precision < 10 || v.charAt(4) == '-' && v.charAt(7) == '-' && Character.isDigit(v.charAt(8)))) {
                reference = t; // an unresolved date blocks older ones: what it meant is unknown
            }
        }
        if (reference == null || reference.value() == null) {
            return new Timex(new org.storyline.model.Span(f.start, f.end), f.text.substring(f.start, f.end), type, null, true);
        }
        String value;
        String r = reference.value().substring(0, precision);
        if (precision == 4) {
            value = Values.year(num(r) + offset);
        } else if (precision == 7) {
            int m = num(r.substring(0, 4)) * 12 + num(r.substring(5, 7)) - 1 + offset;
            value = Values.month(m / 12, m % 12 + 1);
        } else {
            value = Values.day(LocalDate.parse(r).plusDays(offset)) + part;
        }
        return new Timex(new org.storyline.model.Span(f.start, f.end), f.text.substring(f.start, f.end), type, value, reference.relative());
    }

    private static Timex quarter(Found f) {
        String ord = f.word("ord");
        String det = f.word("det");
        boolean adjective = f.text.charAt(f.matcher.start("q") - 1) == '-';
        if (det.equals("its") || det.equals("a") || adjective && !det.isEmpty()) {
            f.start = f.matcher.start(f.has("yr") ? "yr" : f.has("rel") ? "rel" : f.has("mod") ? "mod" : "ord");
        }
        boolean half = f.word("q").equals("half");
        int n = switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> half ? 2 : 4;
        };
        String suffix = half ? "-H" + n : "-Q" + n;
        if (half && !f.has("yr") && !f.has("year2") && !f.has("year3") && !f.has("rel") && !f.has("rel2") && !f.words().contains("fiscal")
                && !f.nearQuarter()) {
            return null; // "the second half" of a match
        }
        String year = f.has("yr") ? f.group("yr") : f.has("year2") ? f.group("year2") : f.has("year3") ? f.group("year3") : null;
        if (year != null) {
            return f.absolute(Type.DATE, year + suffix);
        }
        String rel = f.has("rel") ? f.word("rel") : f.word("rel2");
        int relOffset = switch (rel) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        boolean yearAgo = f.word("mod").startsWith("year-");
        boolean future = f.future();
        boolean explicit = !rel.isEmpty();
        return f.relative(Type.DATE, a -> {
            int y = a.year() + relOffset;
            if (!explicit && a.month() != 0) {
                int current = half ? (a.month() <= 6 ? 1 : 2) : a.quarter();
                if (n > current && !future) {
                    y = a.year() - 1;
                }
            }
            if (yearAgo) {
                y--;
            }
            return Values.year(y) + suffix;
        });
    }

    private static Timex theQuarter(Found f) {
        String pre = f.word("pre");
        boolean period = f.word("q").equals("period");
        if (period && (pre.isEmpty() || pre.equals("same") || pre.equals("past") || pre.equals("recent"))) {
            return null;
        }
        int offset = switch (pre) {
            case "current" -> 0;
            case "previous", "prior" -> -2;
            case "year-ago", "year-earlier", "comparable year-ago", "comparable year-earlier", "comparable", "corresponding" -> -5;
            default -> -1;
        };
        int shift = f.has("ya") ? -4 : 0;
        if (f.has("ya") && offset == -5) {
            return null;
        }
        if (pre.equals("same") && !f.has("ya")) {
            return null;
        }
        return f.relative(Type.DATE, a -> a.quarterValue(offset + shift));
    }

    private static final Set<String> NOT_BEFORE_YEAR = Set.of("$", "#", "no", "number", "nos", "flight", "route", "room", "highway", "interstate",
            "channel", "model", "page", "pages", "us", "rs", "£", "€", "¥");
    private static final java.util.regex.Pattern AFTER_QUANTITY = java.util.regex.Pattern.compile(
            "\\s*(?:%|percent|per\\s+cent|shares|people|persons|troops|soldiers|men|women|children|workers|employees|jobs|votes|points|cars|vehicles|units|homes|houses|acres|"
                    + "barrels|tons|tonnes|feet|foot|meters|metres|miles|kilometers|kilometres|pounds|kilograms|dollars|yuan|yen|euros|francs|marks|lire|pesos|rupees|"
                    + "students|members|deaths|cases|patients|refugees|prisoners|residents|visitors|tourists|delegates|officers|police|policemen|"
                    + "companies|firms|stores|plants|beds|seats|rooms|flights|passengers|planes|aircraft|ships|tanks|guns|rockets|missiles|"
                    + "words|pages|copies|calories|degrees|hectares|square|cubic|megawatts|kilowatts|bytes|hp|mph|km|kg|lbs|ft|yards)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern RANGE_END = java.util.regex.Pattern.compile("[-\u2013](\\d{4}|\\d\\d)(?!\\d)");

    /**
     * Whether a year joined to a number by a dash is part of a span of years ("2008-2009", "the 2012-13 season")
     * rather than of a code or a score: the other number must be a later year.
     */
    private static boolean inYearRange(String text, int start, int end, int year) {
        if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2013')) {
            java.util.regex.Matcher m = RANGE_END.matcher(text).region(end, Math.min(text.length(), end + 6));
            if (!m.lookingAt()) {
                return false;
            }
            int other = num(m.group(1));
            return m.group(1).length() == 4 ? other > year && other - year < 100 : other == (year + 1) % 100;
        }
        if (start > 1 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '\u2013') && Character.isDigit(text.charAt(start - 2))) {
            int s = start - 1;
            while (s > 0 && Character.isDigit(text.charAt(s - 1))) {
                s--;
            }
            if (start - 1 - s != 4 || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
                return false;
            }
            int other = num(text.substring(s, start - 1));
            return other < year && year - other < 100;
        }
        return true;
    }

    private static Timex year(Found f) {
        int y = num(f.group("year"));
        String pre = f.word("pre");
        if (pre.isEmpty()) {
            int s = f.start;
            char before = s > 0 ? f.text.charAt(s - 1) : ' ';
            if (before == '$' || before == '#' || before == '\u00a3' || before == '\u20ac' || !inYearRange(f.text, s, f.end, y)) {
                return null;
            }
            String prev = f.previousWord();
            if (NOT_BEFORE_YEAR.contains(prev)) {
                return null;
            }
            java.util.regex.Matcher q = AFTER_QUANTITY.matcher(f.text);
            q.region(f.end, Math.min(f.text.length(), f.end + 20));
            if (q.lookingAt()) {
                return null;
            }
            if (y < 1900 || y > 2099) {
                if (!Set.of("in", "since", "from", "until", "till", "by", "of", "to", "and", "before", "after", "around", "circa", "c.", "between",
                        "during", "year", "early", "late", "mid").contains(prev)) {
                    return null;
                }
            }
        }
        String v = Values.year(y);
        if (f.has("season")) {
            v += "-" + Lexicon.season(f.group("season"));
        } else if (pre.contains("first half")) {
            v += "-H1";
        } else if (pre.contains("second half") || pre.contains("last half")) {
            v += "-H2";
        }
        return f.absolute(Type.DATE, v);
    }

    private static Timex holiday(Found f) {
        String h = f.word("h");
        String pre = f.word("pre");
        int tense = f.tense();
        if (f.has("year")) {
            String v = holidayValue(h, num(f.group("year")));
            return v == null ? null : f.absolute(Type.DATE, v);
        }
        return f.relative(Type.DATE, a -> {
            if (a.day() == null) {
                return null;
            }
            String thisYear = holidayValue(h, a.year());
            if (thisYear == null) {
                return null;
            }
            LocalDate d = LocalDate.parse(thisYear.length() == 10 ? thisYear : Values.day(easter(a.year())));
            boolean after = d.isAfter(a.day());
            int y = switch (pre) {
                case "last" -> after ? a.year() - 1 : a.year();
                case "next" -> after ? a.year() : a.year() + 1;
                default -> yearOfMonthDay(a, d.getMonthValue(), d.getDayOfMonth(), tense);
            };
            return holidayValue(h, y);
        });
    }

    private static String holidayValue(String h, int year) {
        if (year < 1 || year > 9999) {
            return null;
        }
        LocalDate d = switch (h) {
            case "thanksgiving", "thanksgiving day" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's day" -> LocalDate.of(year, 1, 1);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "easter", "easter sunday" -> easter(year);
            case "easter monday" -> easter(year).plusDays(1);
            case "good friday" -> easter(year).minusDays(2);
            case "easter week" -> null;
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "independence day" -> LocalDate.of(year, 7, 4);
            case "labor day" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial day" -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "election day" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "valentine's day" -> LocalDate.of(year, 2, 14);
            case "boxing day" -> LocalDate.of(year, 12, 26);
            case "veterans day" -> LocalDate.of(year, 11, 11);
            case "columbus day" -> LocalDate.of(year, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
            default -> null;
        };
        if (h.equals("easter week")) {
            return Values.week(easter(year));
        }
        return d == null ? null : Values.day(d);
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    // ------------------------------------------------------------------------------------------------ durations

    private static Timex duration(Found f) {
        String numText = f.group("num");
        Unit unit = Lexicon.unit(f.group("unit"));
        double amount = Lexicon.amount(numText);
        String num = Cues.normal(numText);
        String unitWord = f.word("unit");
        if ((num.equals("a") || num.equals("one") || num.equals("an")) && unit == Unit.SECOND) {
            return null; // "a second attempt"
        }
        if (unit == Unit.QUARTER && (OF.matcher(f.text).region(f.end, Math.min(f.text.length(), f.end + 5)).lookingAt()
                || f.text.charAt(f.matcher.start("unit") - 1) == '-' && unitWord.endsWith("s"))) {
            return null; // "three-quarters of", "a quarter of the vote"
        }
        if (f.has("tail") && f.word("tail").equals("and a half") && !Double.isNaN(amount)) {
            amount += 0.5;
        }
        String after = f.word("after");
        String mod = f.word("mod");
        boolean vague = Double.isNaN(amount);
        if (after.equals("ago") || after.equals("hence") || after.equals("from now")) {
            int sign = after.equals("ago") ? -1 : 1;
            if (vague) {
                return f.reference(sign < 0 ? Values.PAST : Values.FUTURE);
            }
            double n = amount;
            boolean quarterly = unit == Unit.YEAR && n == 1 && f.nearQuarter();
            return f.relative(Type.DATE, a -> quarterly ? a.quarterValue(-5) : shifted(a, unit, sign * n));
        }
        if ((after.equals("earlier") || after.equals("later")) && unit == Unit.YEAR && !vague && mod.isEmpty()) {
            int sign = after.equals("earlier") ? -1 : 1;
            double n = amount;
            boolean quarterly = n == 1 && sign < 0 && f.nearQuarter();
            return f.relative(Type.DATE, a -> quarterly ? a.quarterValue(-5) : shifted(a, unit, sign * n));
        }
        if (f.end < f.text.length() - 1 && f.text.charAt(f.end) == '-' && Character.isLetter(f.text.charAt(f.end + 1))) {
            return null; // "a year-earlier loss": the adjective is the expression
        }
        if (after.equals("old") || f.word("tail").equals("-old")) {
            return null; // ages: "a 44-year-old", "six years old"
        }
        if (!after.isEmpty()) {
            f.endBefore("after");
        }
        if (f.has("mod2") && f.word("mod2").startsWith("the ") && !mod.startsWith("at ")) {
            f.startAt("mod2"); // "over [the next two years]"
        } else if (mod.equals("within")) {
            f.startAt("num");
        }
        boolean adjective = !unitWord.endsWith("s") && amount != 1;
        if (adjective && Set.of("the", "its", "these", "those", "the first", "the past", "the last", "the next").contains(mod)) {
            f.startAt("num"); // "the [14-day] waiting period"
        }
        return f.absolute(Type.DURATION, unit.duration(amount));
    }

    private static final java.util.regex.Pattern OF = java.util.regex.Pattern.compile("\\s+of\\b");

    private static String shifted(Anchor a, Unit unit, double n) {
        if (n != Math.rint(n)) {
            return null;
        }
        int k = (int) n;
        return switch (unit) {
            case DAY -> a.dayValue(k);
            case WEEK -> a.weekValue(k);
            case FORTNIGHT -> a.weekValue(2 * k);
            case MONTH -> a.monthValue(k);
            case QUARTER -> a.quarterValue(k);
            case YEAR -> a.yearValue(k);
            case DECADE -> a.yearValue(10 * k);
            case CENTURY -> String.format("%02d", (a.year() + 100 * k) / 100);
            default -> a.dayValue(0);
        };
    }

    private static final java.util.regex.Pattern LATER = java.util.regex.Pattern.compile("\\s+(?:later|earlier|after|before)\\b");

    private static Timex vagueDuration(Found f) {
        String pre = f.word("pre");
        Unit unit = Lexicon.unit(f.group("unit"));
        if (f.has("ago")) {
            return f.reference(Values.PAST);
        }
        String prev = f.previousWord();
        boolean later = LATER.matcher(f.text).region(f.end, Math.min(f.text.length(), f.end + 12)).lookingAt();
        if (pre.isEmpty() && !f.has("long") && !later && !Set.of("for", "in", "within", "over", "took", "take", "takes", "lasted", "last",
                "spent", "spend", "after", "weeks", "months", "years", "days").contains(prev)) {
            return null;
        }
        return f.absolute(Type.DURATION, unit.duration(Double.NaN));
    }

}
