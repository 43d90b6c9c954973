package org.storyline.language.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.language.TemporalTagger;
import org.storyline.language.Timex;
import org.storyline.language.Timex.Type;
import org.storyline.model.PartialDate;

/**
 * The English temporal tagger: what it finds and how it normalises it (invented news sentences, one per pattern),
 * how it behaves without an anchor, and the properties every output keeps (spans inside the text, in order, no
 * overlaps, the same output across threads, no exception on random or huge input).
 *
 * <p>Generated inputs come from a seeded {@link Random}; {@code -Dstoryline.seed=N} replays a run with another seed.
 */
class EnglishTimexTaggerTest {
    static final long SEED = Long.getLong("storyline.seed", 0x71AE_2026L);
    /** A Friday. */
    static final PartialDate FRIDAY = new PartialDate("2026-02-06");
    /** A Monday. */
    static final PartialDate MONDAY = new PartialDate("2026-02-09");

    final TemporalTagger tagger = TemporalTagger.english();

    // ---- the cases the issue requires -------------------------------------------------------------------------

    @Test
    void onFridayIsTheAnchorWhenTheAnchorIsAFriday() {
        assertOnly("The ministry said on Friday that talks had failed.", FRIDAY, "Friday", Type.DATE, "2026-02-06");
    }

    @Test
    void inDecemberIsTheMostRecentDecemberBeforeTheAnchor() {
        assertOnly("The plant closed in December after a strike.", MONDAY, "December", Type.DATE, "2025-12");
    }

    @Test
    void sundayNightWithoutAnAnchorStaysUnresolved() {
        Timex t = only("Rebels attacked the town on Sunday night.", null);
        assertThat(t.text()).isEqualTo("Sunday night");
        assertThat(t.value()).isNull();
        assertThat(t.relative()).isTrue();
        assertThat(t.resolved()).isFalse();
    }

    @Test
    void yesterdayIsTheDayBeforeTheAnchor() {
        assertOnly("Police arrested two men yesterday.", FRIDAY, "yesterday", Type.DATE, "2026-02-05");
    }

    @Test
    void lastWeekIsTheIsoWeekBeforeTheAnchors() {
        assertOnly("The bill passed last week.", FRIDAY, "last week", Type.DATE, "2026-W05");
    }

    @Test
    void theNinetiesAreADecade() {
        assertOnly("Prices last rose this fast in the 1990s.", FRIDAY, "the 1990s", Type.DATE, "199");
    }

    @Test
    void sinceLeavesOutThePreposition() {
        assertOnly("The border has been closed since 2011.", FRIDAY, "2011", Type.DATE, "2011");
    }

    @Test
    void twoMonthsAfterIsALength() {
        assertOnly("He resigned two months after the vote.", FRIDAY, "two months", Type.DURATION, "P2M");
    }

    // ---- one case per pattern ---------------------------------------------------------------------------------

    static Stream<Arguments> cases() {
        return Stream.of(
                // absolute dates
                Arguments.of("The talks began on Feb. 6, 2026, in Geneva.", FRIDAY, "Feb. 6, 2026", Type.DATE, "2026-02-06"),
                Arguments.of("Voting ends on 6 February.", FRIDAY, "6 February", Type.DATE, "2026-02-06"),
                Arguments.of("The report is dated 2026-02-09.", FRIDAY, "2026-02-09", Type.DATE, "2026-02-09"),
                Arguments.of("The mine flooded in April 2025.", FRIDAY, "April 2025", Type.DATE, "2025-04"),
                Arguments.of("He was elected in 2018.", FRIDAY, "2018", Type.DATE, "2018"),
                Arguments.of("The treaty was signed on March 5, 1946, in Fulton.", FRIDAY, "March 5, 1946", Type.DATE, "1946-03-05"),
                Arguments.of("The company was founded on the 8th of March 1999.", FRIDAY, "the 8th of March 1999", Type.DATE, "1999-03-08"),
                Arguments.of("Sales were weak on 2/3/2026.", FRIDAY, "2/3/2026", Type.DATE, "2026-02-03"),
                Arguments.of("It was built in the mid-1980s.", FRIDAY, "the mid-1980s", Type.DATE, "198"),
                Arguments.of("The temple dates from the 11th century.", FRIDAY, "the 11th century", Type.DATE, "10"),
                Arguments.of("Profit fell in fiscal 1989.", FRIDAY, "fiscal 1989", Type.DATE, "1989"),
                Arguments.of("The group split in mid-1996 after the defections.", FRIDAY, "mid-1996", Type.DATE, "1996"),
                Arguments.of("He was born in the summer of 1994.", FRIDAY, "the summer of 1994", Type.DATE, "1994-SU"),
                Arguments.of("The fund lost money in the first half of 1990.", FRIDAY, "the first half of 1990", Type.DATE, "1990-H1"),
                Arguments.of("Output rose in the 1989 third quarter.", FRIDAY, "the 1989 third quarter", Type.DATE, "1989-Q3"),
                Arguments.of("The year two thousand is near.", FRIDAY, "The year two thousand", Type.DATE, "2000"),
                Arguments.of("He arrived in nineteen ninety-six.", FRIDAY, "nineteen ninety-six", Type.DATE, "1996"),
                Arguments.of("The boy was found on Thanksgiving Day 1999.", FRIDAY, "Thanksgiving Day 1999", Type.DATE, "1999-11-25"),
                // relative dates
                Arguments.of("The strike ended Wednesday.", FRIDAY, "Wednesday", Type.DATE, "2026-02-04"),
                Arguments.of("Shots were heard Wednesday night.", FRIDAY, "Wednesday night", Type.TIME, "2026-02-04TNI"),
                Arguments.of("The leaders will meet on Friday.", MONDAY, "Friday", Type.DATE, "2026-02-13"),
                Arguments.of("Talks resume next Tuesday.", FRIDAY, "next Tuesday", Type.DATE, "2026-02-10"),
                Arguments.of("The bombing last Friday killed nine.", MONDAY, "last Friday", Type.DATE, "2026-02-06"),
                Arguments.of("The verdict is expected tomorrow.", FRIDAY, "tomorrow", Type.DATE, "2026-02-07"),
                Arguments.of("The minister spoke today in Paris.", FRIDAY, "today", Type.DATE, "2026-02-06"),
                Arguments.of("Fighting broke out last night.", FRIDAY, "last night", Type.TIME, "2026-02-05TNI"),
                Arguments.of("The talks stalled this morning.", FRIDAY, "this morning", Type.TIME, "2026-02-06TMO"),
                Arguments.of("The deal was signed earlier this week.", FRIDAY, "earlier this week", Type.DATE, "2026-W06"),
                Arguments.of("Exports grew this year.", FRIDAY, "this year", Type.DATE, "2026"),
                Arguments.of("Exports fell last year.", FRIDAY, "last year", Type.DATE, "2025"),
                Arguments.of("Elections are due next year.", FRIDAY, "next year", Type.DATE, "2027"),
                Arguments.of("Prices rose last month.", FRIDAY, "last month", Type.DATE, "2026-01"),
                Arguments.of("The plant reopens next month.", FRIDAY, "next month", Type.DATE, "2026-03"),
                Arguments.of("The war began three years ago.", FRIDAY, "three years ago", Type.DATE, "2023"),
                Arguments.of("The ship sank two weeks ago.", FRIDAY, "two weeks ago", Type.DATE, "2026-W04"),
                Arguments.of("Profit rose in the third quarter.", FRIDAY, "the third quarter", Type.DATE, "2025-Q3"),
                Arguments.of("Third-quarter profit rose.", FRIDAY, "Third-quarter", Type.DATE, "2025-Q3"),
                Arguments.of("The floods came last fall.", FRIDAY, "last fall", Type.DATE, "2025-FA"),
                Arguments.of("Troops will leave in April.", FRIDAY, "April", Type.DATE, "2026-04"),
                Arguments.of("The lira collapsed in late November.", FRIDAY, "late November", Type.DATE, "2025-11"),
                Arguments.of("The court ruled over the weekend.", MONDAY, "the weekend", Type.DATE, "2026-W06-WE"),
                Arguments.of("The blast at 10:35 a.m. Friday toppled a building.", FRIDAY, "10:35 a.m. Friday", Type.TIME, "2026-02-06T10:35"),
                Arguments.of("The deadline passed at noon Thursday.", FRIDAY, "noon Thursday", Type.TIME, "2026-02-05T12:00"),
                // references to the present, past and future
                Arguments.of("The rebels now hold the city.", FRIDAY, "now", Type.DATE, "PRESENT_REF"),
                Arguments.of("She is currently in Kenya.", FRIDAY, "currently", Type.DATE, "PRESENT_REF"),
                Arguments.of("He recently returned.", FRIDAY, "recently", Type.DATE, "PAST_REF"),
                Arguments.of("Nobody knows what the future holds.", FRIDAY, "the future", Type.DATE, "FUTURE_REF"),
                // durations
                Arguments.of("The flight took three hours.", FRIDAY, "three hours", Type.DURATION, "PT3H"),
                Arguments.of("He served a year in prison.", FRIDAY, "a year", Type.DURATION, "P1Y"),
                Arguments.of("Stocks have plunged in the past three months.", FRIDAY, "the past three months", Type.DURATION, "P3M"),
                Arguments.of("After a 16-hour flight she landed.", FRIDAY, "16-hour", Type.DURATION, "PT16H"),
                Arguments.of("It lasted 5 1/2 hours.", FRIDAY, "5 1/2 hours", Type.DURATION, "PT5H30M"),
                Arguments.of("The siege lasted nearly two years.", FRIDAY, "nearly two years", Type.DURATION, "P2Y"),
                Arguments.of("Net income fell in the first nine months.", FRIDAY, "the first nine months", Type.DURATION, "P9M"),
                Arguments.of("The dispute has gone on for years.", FRIDAY, "years", Type.DURATION, "PXY"),
                Arguments.of("He waited a couple of years.", FRIDAY, "a couple of years", Type.DURATION, "P2Y"),
                // sets
                Arguments.of("The market is held every Sunday.", FRIDAY, "every Sunday", Type.SET, "XXXX-WXX-7"),
                Arguments.of("Crowds gather daily outside the house.", FRIDAY, "daily", Type.SET, "P1D"),
                Arguments.of("Inspectors visit twice a year.", FRIDAY, "twice a year", Type.SET, "P1Y"),
                Arguments.of("The club meets on Tuesdays.", FRIDAY, "Tuesdays", Type.SET, "XXXX-WXX-2"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3} {4}")
    @MethodSource("cases")
    void findsAndNormalises(String sentence, PartialDate anchor, String text, Type type, String value) {
        assertOnly(sentence, anchor, text, type, value);
    }

    @Test
    void narrativeExpressionsCountFromTheLastDateStated() {
        List<Timex> found = tagger.find("He fled on June 3, 1998, was caught the next day and returned later that year.", FRIDAY);
        assertThat(found).extracting(Timex::text, Timex::value).containsExactly(
                tuple("June 3, 1998", "1998-06-03"),
                tuple("the next day", "1998-06-04"),
                tuple("later that year", "1998"));
        assertThat(found.get(1).relative()).as("dated from an absolute date, not from the anchor").isFalse();
    }

    @Test
    void narrativeExpressionsAfterAnUnresolvedDateStayUnresolved() {
        List<Timex> found = tagger.find("On Feb. 6, 2026, he said he had left yesterday and came back the next day.", null);
        assertThat(found).extracting(Timex::text).containsExactly("Feb. 6, 2026", "yesterday", "the next day");
        assertThat(found.get(2).value()).isNull();
    }

    /** Words that look like times but are not. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nonTimes")
    void leavesOutWhatIsNotATime(String sentence) {
        assertThat(tagger.find(sentence, FRIDAY)).as(sentence).isEmpty();
    }

    static Stream<String> nonTimes() {
        return Stream.of(
                "The fund paid $1990 to each member.",
                "Police counted 1,990 protesters.",
                "He sold 2000 shares at a loss.",
                "May I ask a question?",
                "He made a second attempt at the summit.",
                "They blamed the recent attacks on the rebels.",
                "A 44-year-old man was arrested.",
                "About three-quarters of the votes were counted.",
                "The march on the capital drew thousands.",
                "Flight 1990 landed safely.");
    }

    // ---- abbreviated weekdays, date lines, months and weekdays in names ------------------------------------------

    /** Abbreviated weekdays where the context makes them dates resolve like weekdays in full. */
    static Stream<Arguments> abbreviatedWeekdays() {
        return Stream.of(
                Arguments.of("The ministry said on Fri that talks had failed.", MONDAY, "Fri", Type.DATE, "2026-02-06"),
                Arguments.of("The ministry said on Fri. that talks had failed.", MONDAY, "Fri.", Type.DATE, "2026-02-06"),
                Arguments.of("The port has been shut since Tues.", FRIDAY, "Tues.", Type.DATE, "2026-02-03"),
                Arguments.of("Talks resume next Tue.", FRIDAY, "next Tue.", Type.DATE, "2026-02-10"),
                Arguments.of("The bombing last Sat killed nine.", MONDAY, "last Sat", Type.DATE, "2026-02-07"),
                Arguments.of("The count will go on until Thurs.", MONDAY, "Thurs.", Type.DATE, "2026-02-12"),
                Arguments.of("Replies are due by Wed.", MONDAY, "Wed.", Type.DATE, "2026-02-11"),
                Arguments.of("Shelling resumed on Sun night.", MONDAY, "Sun night", Type.TIME, "2026-02-08TNI"),
                Arguments.of("Thu 5 was the worst day.", FRIDAY, "Thu", Type.DATE, "2026-02-05"),
                Arguments.of("Mon 9 to Fri 13 are holidays, he said.", MONDAY, "Mon", Type.DATE, "2026-02-09"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3} {4}")
    @MethodSource("abbreviatedWeekdays")
    void abbreviatedWeekdaysInADateContextAreDates(String sentence, PartialDate anchor, String text, Type type, String value) {
        Timex t = tagger.find(sentence, anchor).get(0);
        assertThat(t.text()).as(sentence).isEqualTo(text);
        assertThat(t.type()).as(sentence).isEqualTo(type);
        assertThat(t.value()).as(sentence).isEqualTo(value);
        assertThat(t.relative()).isTrue();
    }

    @Test
    void anAbbreviatedWeekdayWithoutAnAnchorStaysUnresolved() {
        Timex t = only("The ministry said on Fri that talks had failed.", null);
        assertThat(t.text()).isEqualTo("Fri");
        assertThat(t.value()).isNull();
        assertThat(t.relative()).isTrue();
    }

    /** Date lines: the weekday, the day, the month and the year are one expression with the stated date. */
    static Stream<Arguments> dateLines() {
        return Stream.of(
                Arguments.of("Published Tue 10 Feb 2026", "Tue 10 Feb 2026", "2026-02-10"),
                Arguments.of("Updated: Wed, 11 Feb 2026", "Wed, 11 Feb 2026", "2026-02-11"),
                Arguments.of("Tuesday, February 10, 2026", "Tuesday, February 10, 2026", "2026-02-10"),
                Arguments.of("The deal closed on Mon, Feb 9, 2026, in Geneva.", "Mon, Feb 9, 2026", "2026-02-09"),
                Arguments.of("Posted Feb 8, 2026 (Sun) by the desk", "Feb 8, 2026 (Sun)", "2026-02-08"),
                Arguments.of("12 February 2026, Thursday", "12 February 2026, Thursday", "2026-02-12"),
                Arguments.of("SAT, 07 FEB 2026", "SAT, 07 FEB 2026", "2026-02-07"),
                Arguments.of("The rally was held on Sat, Feb 7.", "Sat, Feb 7", "2026-02-07"),
                Arguments.of("He landed on 9 Feb, Mon. in Kyiv", "9 Feb, Mon.", "2026-02-09"),
                // the weekday contradicts the date: the date as stated stands
                Arguments.of("Mon, 12 Feb 2026", "Mon, 12 Feb 2026", "2026-02-12"),
                Arguments.of("The rally was held on Sat 3 Feb.", "Sat 3 Feb.", "2026-02-03"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("dateLines")
    void aDateLineWithItsWeekdayIsOneDate(String line, String text, String value) {
        assertOnly(line, MONDAY, text, Type.DATE, value);
    }

    @Test
    void aDateLineNeedsNoAnchor() {
        Timex t = only("Mon, 12 Feb 2026", null);
        assertThat(t.value()).isEqualTo("2026-02-12");
        assertThat(t.relative()).isFalse();
    }

    @Test
    void aWeekdayAfterADateThatBeginsANameIsLeftOut() {
        assertThat(tagger.find("On Feb. 6, Sun Microsystems cut prices.", MONDAY)).extracting(Timex::text).containsExactly("Feb. 6");
        assertThat(tagger.find("On Feb. 6, Friday's talks ended.", MONDAY)).extracting(Timex::text).containsExactly("Feb. 6", "Friday");
    }

    /** Months and weekdays that are names, and abbreviated weekdays that are words, are not dates. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("namesAndWords")
    void leavesOutNamesAndWordsThatLookLikeWeekdaysOrMonths(String sentence) {
        assertThat(tagger.find(sentence, MONDAY)).as(sentence).isEmpty();
    }

    static Stream<String> namesAndWords() {
        return Stream.of(
                "The Sun reported the story.",
                "Sun Microsystems was bought by a rival.",
                "Shares rose on Sun Microsystems results.",
                "The Sun's editor resigned.",
                "Sat in the front row, he waited.",
                "Analysts said Sun faces a hard choice.",
                "Wed to the king, she moved abroad.",
                "June Carter said she would sing.",
                "The singer June Carter said she would sing.",
                "August Strindberg wrote plays.",
                "Playwright April Ryan asked a question.",
                "Theresa May resigned.",
                "Ms. May said no.",
                "Gen. August Perez arrived.",
                "Sheffield Wednesday won again.",
                "Leeds lost to Sheffield Wednesday.",
                "Sheffield Wednesday's manager quit.");
    }

    /** A month with a day or a year attached, or after a preposition, stays a date next to a capitalised word. */
    static Stream<Arguments> monthsNextToNames() {
        return Stream.of(
                Arguments.of("Theresa May 5 was the date of the vote.", "May 5", "2026-05-05"),
                Arguments.of("The vote was held on May 5.", "May 5", "2025-05-05"),
                Arguments.of("Prices fell in May 2025.", "May 2025", "2025-05"),
                Arguments.of("In June Russia cut supplies.", "June", "2025-06"),
                Arguments.of("The Fed June meeting was calm.", "June", "2025-06"),
                Arguments.of("August Strindberg died in May 1912.", "May 1912", "1912-05"),
                Arguments.of("Sheffield Wednesday night was cold.", "Wednesday night", "2026-02-04TNI"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("monthsNextToNames")
    void monthsWithADayOrAYearOrAPrepositionStayDates(String sentence, String text, String value) {
        Timex t = only(sentence, MONDAY);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }

    // ---- without an anchor ------------------------------------------------------------------------------------

    @Test
    void withoutAnAnchorRelativeExpressionsAreKeptUnresolvedAndAbsoluteOnesResolve() {
        List<Timex> found = tagger.find("On Feb. 6, 2026, a day after the 1990s ended in a poll, officials said "
                + "yesterday that last week's vote, held in December, would be repeated next year.", null);
        assertThat(found).extracting(Timex::text)
                .containsExactly("Feb. 6, 2026", "a day", "the 1990s", "yesterday", "last week", "December", "next year");
        assertThat(found.get(0).value()).isEqualTo("2026-02-06");
        assertThat(found.get(0).relative()).isFalse();
        assertThat(found.get(2).value()).isEqualTo("199");
        assertThat(found.subList(3, 7)).allSatisfy(t -> {
            assertThat(t.relative()).isTrue();
            assertThat(t.value()).as(t.text()).isNull();
        });
    }

    @Test
    void aYearOnlyAnchorResolvesWhatItCan() {
        PartialDate year = new PartialDate("2026");
        assertThat(only("Exports grew this year.", year).value()).isEqualTo("2026");
        assertThat(only("Exports grew yesterday.", year).value()).isNull();
    }

    @Test
    void referencesToThePresentNeedNoAnchor() {
        Timex now = only("The rebels now hold the city.", null);
        assertThat(now.value()).isEqualTo("PRESENT_REF");
    }

    // ---- conformance ------------------------------------------------------------------------------------------

    @Test
    void generatedNewsTextKeepsTheInvariants() {
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            String text = Generate.article(random, 1 + random.nextInt(12));
            PartialDate anchor = random.nextInt(5) == 0 ? null : Generate.anchor(random);
            assertConforms(text, anchor, "generated article #" + i + " (seed " + SEED + ")");
        }
    }

    @Test
    void randomUnicodeKeepsTheInvariants() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            String text = Generate.randomUnicode(random, random.nextInt(3_000));
            assertConforms(text, Generate.anchor(random), "random unicode #" + i + " (seed " + SEED + ")");
        }
    }

    @Test
    void anchorsAtTheEndsOfTheCalendarKeepTheInvariants() {
        String text = String.join(" ", Generate.EXPRESSIONS) + " last Easter, next Christmas, Easter week.";
        for (String anchor : List.of("0000", "0000-01", "0001-01-01", "9999-12-31", "9999-12-31T23:59", "1582-10-15")) {
            assertConforms(text, new PartialDate(anchor), "all expressions at " + anchor);
        }
    }

    @Test
    void emptyAndBlankTextsHaveNoExpressions() {
        for (String text : List.of("", " ", "\n\n", "\u00a0\t\u2003")) {
            assertThat(tagger.find(text, FRIDAY)).isEmpty();
        }
    }

    @Test
    void aHugeTextIsTagged() {
        Random random = new Random(SEED);
        StringBuilder b = new StringBuilder(1 << 20);
        while (b.length() < 1 << 20) {
            b.append(Generate.sentence(random)).append(' ');
        }
        String text = b.toString();
        List<Timex> found = assertConforms(text, FRIDAY, "1 MB line");
        assertThat(found).hasSizeGreaterThan(1000);
        // a single enormous word and digits without end
        assertConforms("9".repeat(1 << 20), FRIDAY, "1 MB of digits");
        assertConforms("a".repeat(1 << 20), FRIDAY, "1 MB of letters");
        assertConforms("the last ".repeat(100_000) + "week", FRIDAY, "repeated modifiers");
    }

    @Test
    void theSameTextGivesTheSameExpressionsAcrossThreads() throws Exception {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add(Generate.article(random, 20));
        }
        List<List<Timex>> expected = texts.stream().map(t -> tagger.find(t, FRIDAY)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Timex>>>> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                runs.add(pool.submit(() -> texts.stream().map(t -> tagger.find(t, FRIDAY)).toList()));
            }
            for (Future<List<List<Timex>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trying rules only near head words finds what trying them at every word finds: the word lists miss nothing. */
    @Test
    void theHeadWordGateLosesNothing() {
        EnglishTimexTagger everywhere = new EnglishTimexTagger(EnglishRules.ALL, false);
        List<String> texts = new ArrayList<>(cases().map(a -> (String) a.get()[0]).toList());
        abbreviatedWeekdays().map(a -> (String) a.get()[0]).forEach(texts::add);
        dateLines().map(a -> (String) a.get()[0]).forEach(texts::add);
        namesAndWords().forEach(texts::add);
        Random random = new Random(SEED);
        for (int i = 0; i < 50; i++) {
            texts.add(Generate.article(random, 10));
        }
        for (String text : texts) {
            assertThat(tagger.find(text, FRIDAY)).as(text).isEqualTo(everywhere.find(text, FRIDAY));
        }
    }

    @Test
    void aNullTextIsAProgrammingError() {
        assertThatThrownBy(() -> tagger.find(null, FRIDAY)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Checks the properties every output keeps and returns it. */
    List<Timex> assertConforms(String text, PartialDate anchor, String what) {
        List<Timex> found = tagger.find(text, anchor);
        int end = 0;
        for (Timex t : found) {
            assertThat(t.span().start()).as("%s: %s starts after the one before", what, t).isGreaterThanOrEqualTo(end);
            assertThat(t.span().end()).as("%s: %s lies inside the text", what, t).isLessThanOrEqualTo(text.length());
            assertThat(t.span().length()).as("%s: %s is not empty", what, t).isPositive();
            assertThat(t.span().of(text)).as("%s: %s maps to its text", what, t).isEqualTo(t.text());
            if (anchor == null && t.relative() && t.value() != null) {
                assertThat(t.value()).as("%s: %s without an anchor", what, t).endsWith("_REF");
            }
            end = t.span().end();
        }
        assertThat(tagger.find(text, anchor)).as("%s: the same output again", what).isEqualTo(found);
        return found;
    }

    Timex only(String sentence, PartialDate anchor) {
        List<Timex> found = tagger.find(sentence, anchor);
        assertThat(found).as("expressions in \"%s\"", sentence).hasSize(1);
        return found.get(0);
    }

    void assertOnly(String sentence, PartialDate anchor, String text, Type type, String value) {
        Timex t = only(sentence, anchor);
        assertThat(t.text()).as("text of the expression in \"%s\"", sentence).isEqualTo(text);
        assertThat(t.type()).as("type of \"%s\"", text).isEqualTo(type);
        assertThat(t.value()).as("value of \"%s\"", text).isEqualTo(value);
        assertThat(t.span().of(sentence)).isEqualTo(text);
    }

    /** Generators of news-like text and hostile input. */
    static final class Generate {
        private Generate() {
        }

        static final String[] EXPRESSIONS = {"on Friday", "Wednesday night", "yesterday", "last week", "in December", "two months after",
                "since 2011", "the 1990s", "Feb. 6, 2026", "6 February", "2026-02-09", "April 2025", "earlier this week", "the past three months",
                "every Sunday", "daily", "now", "the third quarter", "a year ago", "10:35 a.m. Friday", "late last year", "this summer",
                "three-quarters", "the next day", "recently", "for years", "mid-1996", "the '80s", "April 24 and 25", "5 1/2 hours",
                "the day before yesterday", "noon", "Q3 2025", "the weekend", "Thanksgiving", "fiscal 1989", "nineteen ninety-six",
                "on Fri.", "Mon, 12 Feb 2026", "Feb 8, 2026 (Sun)", "12 February 2026, Thursday", "The Sun", "June Carter"};
        static final String[] WORDS = {"the", "minister", "said", "rebels", "attacked", "a", "town", "of", "and", "will", "meet", "in",
                "Geneva", "talks", "failed", "after", "prices", "rose", "May", "March", "second", "current", "account", "1,990", "$2000",
                "per", "cent", "of", "record", "set", "by", "until", "year-old", "past", "future", "quarter", "half"};

        static String sentence(Random random) {
            StringBuilder b = new StringBuilder();
            int n = 4 + random.nextInt(14);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(random.nextInt(4) == 0 ? EXPRESSIONS[random.nextInt(EXPRESSIONS.length)] : WORDS[random.nextInt(WORDS.length)]);
            }
            b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
            return b.append(random.nextBoolean() ? "." : ",").toString();
        }

        static String article(Random random, int sentences) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                b.append(sentence(random)).append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
            return b.toString();
        }

        static PartialDate anchor(Random random) {
            String day = String.format("%04d-%02d-%02d", 1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new PartialDate(switch (random.nextInt(6)) {
                case 0 -> day.substring(0, 4);
                case 1 -> day.substring(0, 7);
                case 2 -> day + "T10:28";
                default -> day;
            });
        }

        /** Random code units, lone surrogates included, mixed with digits and time words. */
        static String randomUnicode(Random random, int length) {
            StringBuilder b = new StringBuilder(length);
            while (b.length() < length) {
                switch (random.nextInt(6)) {
                    case 0 -> b.append(EXPRESSIONS[random.nextInt(EXPRESSIONS.length)]);
                    case 1 -> b.append((char) ('0' + random.nextInt(10)));
                    case 2 -> b.append(' ');
                    default -> b.append((char) random.nextInt(0x10000));
                }
            }
            return b.toString();
        }
    }
}
