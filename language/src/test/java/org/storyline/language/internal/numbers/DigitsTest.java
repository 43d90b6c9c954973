package org.storyline.language.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digits read the English way: "," groups thousands, "." starts decimals, anything else is not a number. */
class DigitsTest {
    static Digits parse(String s) {
        return Digits.parse(s, 0, s.length());
    }

    @Test
    void groupsThousandsWithCommasAndNarrowSpaces() {
        assertThat(parse("2,600").times(1)).isEqualTo(2600);
        assertThat(parse("1,000,000").times(1)).isEqualTo(1_000_000);
        assertThat(parse("12\u00A0000").times(1)).isEqualTo(12_000);
        assertThat(parse("2,600").separated()).isTrue();
    }

    @Test
    void rejectsMalformedGroups() {
        assertThat(parse("1,5")).isNull();
        assertThat(parse("2,60")).isNull();
        assertThat(parse("1234,567")).isNull();
        assertThat(parse("1.000.000")).isNull();
        assertThat(parse("1.000,5")).isNull();
        assertThat(parse("007")).isNull();
        assertThat(parse("1234567890123456")).isNull();
    }

    @Test
    void decimalsCountOnlyWithAScale() {
        assertThat(parse("1.5").times(1_000_000)).isEqualTo(1_500_000);
        assertThat(parse("2.600").times(1)).isEqualTo(-1);
        assertThat(parse("2.5").times(1)).isEqualTo(-1);
        assertThat(parse("1.2345").times(1_000)).isEqualTo(-1);
        assertThat(parse("0.5").times(1_000)).isEqualTo(500);
    }

    @Test
    void overflowIsNotANumber() {
        assertThat(parse("999999999999999").times(1_000_000_000_000L)).isEqualTo(-1);
    }

    @Test
    void yearLikeIsAFourDigitNumberFrom1000To2100() {
        assertThat(parse("2026").yearLike()).isTrue();
        assertThat(parse("1998").yearLike()).isTrue();
        assertThat(parse("2,026").yearLike()).isFalse();
        assertThat(parse("2600").yearLike()).isFalse();
        assertThat(parse("999").yearLike()).isFalse();
    }
}
