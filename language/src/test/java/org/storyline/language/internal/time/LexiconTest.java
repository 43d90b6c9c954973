package org.storyline.language.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and units in words, and the TIMEX3 values made from them. */
class LexiconTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "two|months|P2M",
            "three|hours|PT3H",
            "a|year|P1Y",
            "twenty-four|hours|PT24H",
            "a couple of|years|P2Y",
            "several|weeks|PXW",
            "5 1/2|hours|PT5H30M",
            "2 1/2|years|P2Y6M",
            "two and a half|days|P2DT12H",
            "a hundred|years|P100Y",
            "2,000|hours|PT2000H",
            "two|decades|P20Y",
            "many|decades|PXDE",
            "one|minute|PT1M",
            "10|trading days|P10D"})
    void durations(String amount, String unit, String value) {
        assertThat(Lexicon.unit(unit).duration(Lexicon.amount(amount))).isEqualTo(value);
    }

    @Test
    void numbersAndNames() {
        assertThat(Lexicon.cardinal("ninety-six")).isEqualTo(96);
        assertThat(Lexicon.cardinal("two thousand one")).isEqualTo(2001);
        assertThat(Lexicon.cardinal("several")).isEqualTo(-1);
        assertThat(Lexicon.ordinal("twenty-first")).isEqualTo(21);
        assertThat(Lexicon.ordinal("8th")).isEqualTo(8);
        assertThat(Lexicon.monthNumber("Sept.")).isEqualTo(9);
        assertThat(Lexicon.monthNumber("Monday")).isZero();
        assertThat(Lexicon.weekdayNumber("Sunday")).isEqualTo(7);
    }

    @Test
    void isoWeeksCrossYearEnds() {
        assertThat(Values.week(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
        assertThat(Values.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Values.week(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(Values.day(LocalDate.of(998, 3, 4))).isEqualTo("0998-03-04");
    }

    @Test
    void easterFollowsTheComputus() {
        assertThat(EnglishRules.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(EnglishRules.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }
}
