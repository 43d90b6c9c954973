package org.storyline.language.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.language.Quantity;
import org.storyline.language.QuantityFinder;
import org.storyline.model.Event.Qualifier;
import org.storyline.model.Span;

/**
 * The English quantity finder on invented sentences in the style of wire reports: what it reads (with hedge and
 * counted noun), what it must not report, generated combinations of hedges, numbers and nouns, and the conformance
 * properties every output keeps (spans inside the text and in order, no overlaps, same output on every thread, no
 * exception on hostile input).
 *
 * <p>Expectations are written {@code "span text|value|QUALIFIER|noun"}, with {@code -} for no noun, and compared
 * with the whole output of a sentence, so a stray quantity fails the case. Random inputs come from a seeded
 * {@link Random}; {@code -Dstoryline.seed=N} replays with another seed.
 */
class EnglishQuantitiesTest {
    static final long SEED = Long.getLong("storyline.seed", 0x9_17_2600L);

    static final QuantityFinder FINDER = QuantityFinder.english();

    /** The finder's output in the expectation format, after the conformance checks. */
    static List<String> found(String text) {
        List<Quantity> quantities = FINDER.find(text);
        assertConforms(text, quantities, "'" + text + "'");
        List<String> out = new ArrayList<>();
        for (Quantity q : quantities) {
            out.add(q.text() + "|" + q.value() + "|" + q.qualifier() + "|" + (q.noun() == null ? "-" : q.noun()));
        }
        return out;
    }

    static DynamicTest example(String text, String... expected) {
        return DynamicTest.dynamicTest(text, () -> assertThat(found(text)).as(text).containsExactly(expected));
    }

    /** Spans inside the text and matching its words, in order, without overlaps; nouns likewise. */
    static void assertConforms(String text, List<Quantity> quantities, String what) {
        int end = 0;
        for (Quantity q : quantities) {
            Span s = q.span();
            assertThat(s.end()).as("%s: span %s inside the text of length %d", what, s, text.length())
                .isLessThanOrEqualTo(text.length());
            assertThat(s.start()).as("%s: span %s starts after the previous quantity's end %d", what, s, end)
                .isGreaterThanOrEqualTo(end);
            assertThat(s.length()).as("%s: span %s is not empty", what, s).isPositive();
            assertThat(s.of(text)).as("%s: quantity text is the text under its span", what).isEqualTo(q.text());
            if (q.nounSpan() != null) {
                assertThat(q.nounSpan().end()).as("%s: noun span inside the text", what)
                    .isLessThanOrEqualTo(text.length());
                assertThat(q.nounSpan().of(text)).as("%s: noun is the text under its span", what)
                    .isEqualTo(q.noun());
            }
            end = s.end();
        }
    }

    // ---- the cases the issue names ---------------------------------------------------------------------------------

    @Test
    void killedAndInjured() {
        assertThat(found("At least four people were killed and 17 were injured"))
            .containsExactly("At least four|4|AT_LEAST|people", "17|17|EXACT|-");
    }

    @Test
    void launchedAndShotDown() {
        String text = "Russia launched 131 drones into Ukraine overnight, of which 106 were shot down or suppressed";
        assertThat(found(text)).containsExactly("131|131|EXACT|drones", "106|106|EXACT|-");
    }

    @Test
    void estimatedDronesAndMissiles() {
        assertThat(found("using an estimated 500 drones and 40 missiles"))
            .containsExactly("an estimated 500|500|ABOUT|drones", "40|40|EXACT|missiles");
    }

    @Test
    void compoundNounCountsItsHead() {
        List<Quantity> q = FINDER.find("More than 2,600 apartment buildings lost heating.");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().value()).isEqualTo(2600);
        assertThat(q.getFirst().qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(q.getFirst().text()).isEqualTo("More than 2,600");
        assertThat(q.getFirst().noun()).isEqualTo("buildings");
        assertThat(q.getFirst().nounSpan()).isEqualTo(new Span(26, 35));
    }

    @Test
    void dozensIsAtLeastTwoDozen() {
        assertThat(found("Dozens of people were hurt when the roof collapsed."))
            .containsExactly("Dozens|24|AT_LEAST|people");
    }

    @Test
    void partitiveWithRelativePronounHasNoNoun() {
        assertThat(found("The army said it shot down at least 141 drones, nine of which were destroyed over Bryansk."))
            .containsExactly("at least 141|141|AT_LEAST|drones", "nine|9|EXACT|-");
        assertThat(found("nine of which were destroyed")).containsExactly("nine|9|EXACT|-");
    }

    // ---- what is read ----------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> digits() {
        return Stream.of(
            example("22 people have been injured, officials said.", "22|22|EXACT|people"),
            example("The governor said 1,200 prisoners were exchanged.", "1,200|1200|EXACT|prisoners"),
            example("Some 12\u00A0000 troops were moved.", "Some 12\u00A0000|12000|ABOUT|troops"),
            example("It has 3\u202F400 vehicles.", "3\u202F400|3400|EXACT|vehicles"),
            example("The UN said 1.5 million people had fled.", "1.5 million|1500000|EXACT|people"),
            example("Officials counted 2.3 billion in losses.", "2.3 billion|2300000000|EXACT|-"),
            example("About 10k people marched.", "About 10k|10000|ABOUT|people"),
            example("Zero casualties were reported, and 0 deaths.", "Zero|0|EXACT|casualties", "0|0|EXACT|deaths"));
    }

    @TestFactory
    Stream<DynamicTest> numberWords() {
        return Stream.of(
            example("Twenty-two drones impacted across 15 locations, the air force said.",
                "Twenty-two|22|EXACT|drones", "15|15|EXACT|locations"),
            example("Two children were among the wounded.", "Two|2|EXACT|children"),
            example("Officials said one hundred and five were wounded.", "one hundred and five|105|EXACT|-"),
            example("Twenty two people and ninety-nine soldiers.", "Twenty two|22|EXACT|people",
                "ninety-nine|99|EXACT|soldiers"),
            example("Some twenty-five hundred troops crossed.", "Some twenty-five hundred|2500|ABOUT|troops"),
            example("The city has two million three hundred thousand residents.",
                "two million three hundred thousand|2300000|EXACT|residents"),
            example("A dozen soldiers and half a dozen civilians were detained.", "A dozen|12|EXACT|soldiers",
                "half a dozen|6|EXACT|civilians"),
            example("Two dozen firefighters arrived.", "Two dozen|24|EXACT|firefighters"),
            example("A hundred drones, a thousand shells and a million leaflets.", "A hundred|100|EXACT|drones",
                "a thousand|1000|EXACT|shells", "a million|1000000|EXACT|leaflets"),
            example("Half a million people lost power.", "Half a million|500000|EXACT|people"));
    }

    @TestFactory
    Stream<DynamicTest> hedges() {
        return Stream.of(
            example("At least four people were killed.", "At least four|4|AT_LEAST|people"),
            example("No fewer than 30 drones were downed.", "No fewer than 30|30|AT_LEAST|drones"),
            example("Over 200 drones and upwards of 40 missiles.", "Over 200|200|AT_LEAST|drones",
                "upwards of 40|40|AT_LEAST|missiles"),
            example("Just over 100 drones and well above 40 missiles.", "Just over 100|100|AT_LEAST|drones",
                "well above 40|40|AT_LEAST|missiles"),
            example("A little more than 20 homes burned.", "A little more than 20|20|AT_LEAST|homes"),
            example("About 20 people, around 30 soldiers, approximately 40 homes, roughly 1,000 workers.",
                "About 20|20|ABOUT|people", "around 30|30|ABOUT|soldiers", "approximately 40|40|ABOUT|homes",
                "roughly 1,000|1000|ABOUT|workers"),
            example("Nearly 500 people and almost 40 houses.", "Nearly 500|500|ABOUT|people",
                "almost 40|40|ABOUT|houses"),
            example("Some 200 troops and close to 300 villages.", "Some 200|200|ABOUT|troops",
                "close to 300|300|ABOUT|villages"),
            example("Approx. 500 people and ca. 300 homes.", "Approx. 500|500|ABOUT|people",
                "ca. 300|300|ABOUT|homes"),
            example("Up to 50 drones, no more than 12 people, fewer than 10 missiles.", "Up to 50|50|AT_MOST|drones",
                "no more than 12|12|AT_MOST|people", "fewer than 10|10|AT_MOST|missiles"),
            example("As many as 70 people may be trapped.", "As many as 70|70|AT_MOST|people"),
            example("Less than 5% of the drones got through.", "Less than 5|5|AT_MOST|%"),
            example("50 or more people, 100 or so protesters and 10 or fewer guards.",
                "50 or more|50|AT_LEAST|people", "100 or so|100|ABOUT|protesters",
                "10 or fewer|10|AT_MOST|guards"),
            example("100+ drones and 20-odd journalists and 100-plus people.", "100+|100|AT_LEAST|drones",
                "20-odd|20|ABOUT|journalists", "100-plus|100|AT_LEAST|people"),
            example("At least one person was killed.", "At least one|1|AT_LEAST|person"),
            example("More than a dozen drones were downed.", "More than a dozen|12|AT_LEAST|drones"),
            example("Fighting went on over 24 hours.", "24|24|EXACT|hours"));
    }

    @TestFactory
    Stream<DynamicTest> vagueQuantities() {
        return Stream.of(
            example("Hundreds were evacuated.", "Hundreds|200|AT_LEAST|-"),
            example("Thousands of residents fled.", "Thousands|2000|AT_LEAST|residents"),
            example("Tens of thousands of troops massed.", "Tens of thousands|20000|AT_LEAST|troops"),
            example("Hundreds of thousands of refugees.", "Hundreds of thousands|200000|AT_LEAST|refugees"),
            example("Millions of dollars were lost.", "Millions|2000000|AT_LEAST|dollars"),
            example("Scores of homes were destroyed.", "Scores|40|AT_LEAST|homes"),
            example("The strike killed scores of people.", "scores|40|AT_LEAST|people"),
            example("Several hundred people and a few thousand troops.", "Several hundred|200|AT_LEAST|people",
                "a few thousand|2000|AT_LEAST|troops"),
            example("A couple of hundred protesters gathered.", "A couple of hundred|200|ABOUT|protesters"),
            example("Many thousands of people.", "Many thousands|2000|AT_LEAST|people"),
            example("Several apartment buildings and a few homes were damaged; many people left."),
            example("The test scores of the pupils rose."));
    }

    @TestFactory
    Stream<DynamicTest> ranges() {
        return Stream.of(
            example("Between 20 and 30 people were killed.", "Between 20 and 30|20|AT_LEAST|people"),
            example("Two or three people were hurt.", "Two or three|2|AT_LEAST|people"),
            example("It fired 10 to 15 missiles.", "10 to 15|10|AT_LEAST|missiles"),
            example("It fired 20-30 drones.", "20-30|20|AT_LEAST|drones"),
            example("Up to 20–30 drones were expected.", "Up to 20–30|30|AT_MOST|drones"),
            example("About 20 to 30 drones.", "About 20 to 30|20|ABOUT|drones"),
            example("Two to three million people.", "Two to three million|2000000|AT_LEAST|people"),
            example("The toll rose from 20 to 30.", "20|20|EXACT|-", "30|30|EXACT|-"));
    }

    @TestFactory
    Stream<DynamicTest> nouns() {
        return Stream.of(
            example("At least 141 drones overnight.", "At least 141|141|AT_LEAST|drones"),
            example("Russia fired 131 Shahed attack drones.", "131|131|EXACT|drones"),
            example("Two more drones were downed and another 17 bodies found.", "Two|2|EXACT|drones",
                "17|17|EXACT|bodies"),
            example("17 heavily armed men stormed the building.", "17|17|EXACT|men"),
            example("Two police officers and 17 news outlets.", "Two|2|EXACT|officers", "17|17|EXACT|outlets"),
            example("40 aircraft, 5 km away, 30 personnel.", "40|40|EXACT|aircraft", "5|5|EXACT|km",
                "30|30|EXACT|personnel"),
            example("Three F-16s and 9 Shahed-136 drones.", "Three|3|EXACT|F-16s", "9|9|EXACT|drones"),
            example("Two five-storey buildings collapsed.", "Two|2|EXACT|buildings"),
            example("The attack killed 3 people and wounded 19 others.", "3|3|EXACT|people", "19|19|EXACT|others"),
            example("17 killed, 40 wounded; the 40 injured were taken away.", "17|17|EXACT|-", "40|40|EXACT|-",
                "40|40|EXACT|-"),
            example("Four of the drones were intercepted and four of 20 missiles hit.", "Four|4|EXACT|drones",
                "four|4|EXACT|-", "20|20|EXACT|missiles"),
            example("Three of them were children.", "Three|3|EXACT|-"),
            example("ONE CREW MEMBER WAS INJURED AND THREE SOLDIERS DIED.", "ONE|1|EXACT|MEMBER",
                "THREE|3|EXACT|SOLDIERS"),
            example("Turnout rose 12 percentage points to 55 percent, or 3 per cent.", "12|12|EXACT|points",
                "55|55|EXACT|percent", "3|3|EXACT|per cent"),
            example("Inflation hit 17%.", "17|17|EXACT|%"));
    }

    @TestFactory
    Stream<DynamicTest> money() {
        return Stream.of(
            example("Kyiv received $43 million in aid.", "$43 million|43000000|EXACT|$"),
            example("A €1.5bn loan and £20m in grants.", "€1.5bn|1500000000|EXACT|€", "£20m|20000000|EXACT|£"),
            example("More than US$5 million was pledged.", "More than US$5 million|5000000|AT_LEAST|US$"),
            example("It cost 43 million dollars.", "43 million|43000000|EXACT|dollars"),
            example("Donors gave $35,000 to $60,000 each.", "$35,000 to $60,000|35000|AT_LEAST|$"));
    }

    @TestFactory
    Stream<DynamicTest> one() {
        return Stream.of(
            example("One person was killed.", "One|1|EXACT|person"),
            example("One senior official was detained.", "One|1|EXACT|official"),
            example("One drone hit a building.", "One|1|EXACT|drone"),
            example("One was killed and two were hurt.", "One|1|EXACT|-", "two|2|EXACT|-"),
            example("One of the victims was a child.", "One|1|EXACT|victims"),
            example("He was hit in one of his arms.", "one|1|EXACT|arms"),
            example("One of them died.", "One|1|EXACT|-"),
            example("One or two drones got through.", "One or two|1|AT_LEAST|drones"),
            example("It was one of the most serious attacks."),
            example("She is one of the first to leave."),
            example("No one was hurt."),
            example("They blamed one another."),
            example("The one who fired fled."),
            example("One day, we will know."),
            example("They left one by one."));
    }

    @TestFactory
    Stream<DynamicTest> wireText() {
        return Stream.of(
            example("KYIV, Ukraine (AP) — Russia struck Ukraine with about 400 drones and 40 missiles overnight,"
                + " killing at least six people and injuring 22 others, officials said.",
                "about 400|400|ABOUT|drones", "40|40|EXACT|missiles", "at least six|6|AT_LEAST|people",
                "22|22|EXACT|others"),
            example("The ministry said air defences destroyed 387 Ukrainian drones, including more than a dozen"
                + " over the Moscow region.", "387|387|EXACT|drones", "more than a dozen|12|AT_LEAST|-"),
            example("Chernihiv Gov. Viacheslav Chaus said two people were killed. Two more people were injured.",
                "two|2|EXACT|people", "Two|2|EXACT|people"),
            example("Air defenses shot down or suppressed 125 drones, with 37 craft impacting across 15 locations.",
                "125|125|EXACT|drones", "37|37|EXACT|craft", "15|15|EXACT|locations"),
            example("THE ARMY SUSTAINED 9 DEAD AND 12 WOUNDED; ABOUT 50 PEASANTS WERE KIDNAPPED.", "9|9|EXACT|-",
                "12|12|EXACT|-", "ABOUT 50|50|ABOUT|PEASANTS"),
            example("The toll has risen to\n17, with 40 more injured.", "17|17|EXACT|-", "40|40|EXACT|-"));
    }

    // ---- what is not reported -------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> notCounts() {
        return Stream.of(
            example("In 2026, as in 1998 and in the 1990s, nothing changed."),
            example("The 2024 elections and Russia's 2022 invasion."),
            example("On Feb. 6, on February 6, on 6 February and on Sept. 19 to 22."),
            example("At 10:28, at 10 a.m., at 10 am, at 1400 GMT, at 8 o'clock and 9 local time."),
            example("The third attack, the 1st brigade, the 21st century, the forty-first day."),
            example("Su-34 bombers, TPP-5 drones, F-16 jets, Kh-101 missiles, MiG-29s, COVID-19 and G7 leaders."),
            example("A 28-point plan, a 24 hour period, a 64-year-old man, a one-third share, a two-day truce."),
            example("Alekseyev, 64, is a general. He was aged 57. The man was 70 years old."),
            example("Call +1 202 555 0143 or 202-555-0143 or (202) 555-0143."),
            example("The score was 3-1 and the series 6/2/2026, on 24/7 duty."),
            example("Article 5 applies; see page 12 and No. 10 Downing Street; Flight 752 and Formula One."),
            example("1. First item\n2) Second item\n"),
            example("It was -5 degrees, minus 5 at night, 5°C by day."),
            example("Version 2.600 was 2.5 times bigger at 50.45 degrees north, 1,5 or 1.000.000."),
            example("Order number 12345678 was shipped."),
            example("Several apartment buildings were damaged."));
    }

    @Test
    void yearLikeNumbersCountOnlyAsCounts() {
        assertThat(found("Officials said 2,000 people and more than 1500 drones, and killed 2000 soldiers."))
            .containsExactly("2,000|2000|EXACT|people", "more than 1500|1500|AT_LEAST|drones",
                "2000|2000|EXACT|soldiers");
    }

    // ---- generated combinations ----------------------------------------------------------------------------------

    record Hedge(String words, Qualifier qualifier) {
    }

    record Number(String words, long value) {
    }

    record Tail(String words, String noun) {
    }

    @TestFactory
    Stream<DynamicTest> hedgeNumberNounCombinations() {
        List<Hedge> hedges = List.of(new Hedge("", Qualifier.EXACT), new Hedge("at least ", Qualifier.AT_LEAST),
            new Hedge("more than ", Qualifier.AT_LEAST), new Hedge("no fewer than ", Qualifier.AT_LEAST),
            new Hedge("over ", Qualifier.AT_LEAST), new Hedge("about ", Qualifier.ABOUT),
            new Hedge("an estimated ", Qualifier.ABOUT), new Hedge("nearly ", Qualifier.ABOUT),
            new Hedge("some ", Qualifier.ABOUT), new Hedge("up to ", Qualifier.AT_MOST),
            new Hedge("fewer than ", Qualifier.AT_MOST), new Hedge("no more than ", Qualifier.AT_MOST));
        List<Number> numbers = List.of(new Number("17", 17), new Number("2,600", 2600), new Number("131", 131),
            new Number("twenty-two", 22), new Number("one hundred and five", 105), new Number("1.5 million", 1_500_000),
            new Number("a dozen", 12), new Number("nine", 9), new Number("40", 40), new Number("2000", 2000));
        List<Tail> tails = List.of(new Tail("people were killed", "people"), new Tail("were injured", null),
            new Tail("Shahed drones were launched", "drones"), new Tail("apartment buildings lost power", "buildings"),
            new Tail("civilians, officials said", "civilians"));
        List<String> templates = List.of("%s %s in Kharkiv.", "Officials said %s %s on Friday.",
            "KYIV (Reuters) - %s %s overnight, the governor said.");
        List<DynamicTest> tests = new ArrayList<>();
        for (String template : templates) {
            for (Hedge h : hedges) {
                for (Number n : numbers) {
                    for (Tail tail : tails) {
                        if (n.value == 2000 && h.qualifier == Qualifier.EXACT && tail.noun == null) {
                            continue; // a bare "2000" is a year
                        }
                        String quantity = h.words + n.words;
                        String text = template.formatted(quantity, tail.words);
                        if (text.startsWith(quantity)) {
                            quantity = Character.toUpperCase(quantity.charAt(0)) + quantity.substring(1);
                            text = quantity + text.substring(quantity.length());
                        }
                        String expected = quantity + "|" + n.value + "|" + h.qualifier + "|"
                            + (tail.noun == null ? "-" : tail.noun);
                        tests.add(example(text, expected));
                    }
                }
            }
        }
        return tests.stream();
    }

    // ---- conformance ---------------------------------------------------------------------------------------------

    @Nested
    class Conformance {
        @Test
        void emptyAndBlankTextHaveNoQuantities() {
            assertThat(FINDER.find("")).isEmpty();
            assertThat(FINDER.find(" \n\t ")).isEmpty();
        }

        @Test
        void nullTextIsAProgrammingError() {
            assertThatThrownBy(() -> FINDER.find(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        }

        @Test
        void generatedArticlesConform() {
            Random random = new Random(SEED);
            for (int i = 0; i < 200; i++) {
                String text = WireText.article(random, 200 + random.nextInt(3_000));
                assertConforms(text, FINDER.find(text), "generated article #" + i + " (seed " + SEED + ")");
            }
        }

        @Test
        void sameOutputForTheSameInput() {
            Random random = new Random(SEED);
            String text = WireText.article(random, 20_000);
            assertThat(FINDER.find(text)).isEqualTo(FINDER.find(text)).isNotEmpty();
        }

        @Test
        void sameOutputOnEveryThread() throws Exception {
            Random random = new Random(SEED);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                texts.add(WireText.article(random, 5_000));
            }
            List<List<Quantity>> expected = texts.stream().map(FINDER::find).toList();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<List<Quantity>>>> runs = new ArrayList<>();
                for (int thread = 0; thread < 8; thread++) {
                    runs.add(pool.submit(() -> texts.stream().map(FINDER::find).toList()));
                }
                for (Future<List<List<Quantity>>> run : runs) {
                    assertThat(run.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void randomUnicodeConforms() {
            Random random = new Random(SEED);
            for (int i = 0; i < 2_000; i++) {
                String text = WireText.randomUnicode(random, random.nextInt(400));
                assertConforms(text, FINDER.find(text), "random unicode #" + i + " (seed " + SEED + ")");
            }
        }

        @Test
        void hugeInputConforms() {
            Random random = new Random(SEED);
            String text = WireText.article(random, 4_000_000);
            List<Quantity> quantities = FINDER.find(text);
            assertConforms(text, quantities, "4 MB article (seed " + SEED + ")");
            assertThat(quantities).hasSizeGreaterThan(10_000);
        }

        @TestFactory
        Stream<DynamicTest> pathologicalInputConforms() {
            return Stream.of(
                "1".repeat(200_000), "1,".repeat(100_000), "1-".repeat(100_000), "one ".repeat(100_000),
                "hundred ".repeat(50_000), "a ".repeat(100_000), "at least ".repeat(50_000),
                "99999999999999999999 trillion trillion", "9,999,999,999,999,999,999", "999 trillion billion",
                "millions of billions of trillions", "twenty-two-two-two", "1.5.5.5 million", "$$$5", "$5 $",
                "one of", "one of the", "between 5 and", "5 or", "-", "%", "5%", "\uD800\uDC00 5 \uDBFF", "’s 5",
                "nine hundred ninety-nine trillion nine hundred ninety-nine billion", "tens of tens of tens",
                "9223372036854775807 drones", "1.999999999 billion", "0.0000000001 million")
                .map(text -> DynamicTest.dynamicTest(text.length() > 40 ? text.substring(0, 40) + "…" : text,
                    () -> assertConforms(text, FINDER.find(text), "pathological input")));
        }
    }
}
