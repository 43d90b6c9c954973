package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @ParameterizedTest
    @CsvSource({
            "2018, YEAR",
            "2025-12, MONTH",
            "2026-02-06, DAY",
            "2026-02-06T10:28, TIME",
            "2026-02-06T10:28:45, TIME",
    })
    void acceptsEachPrecision(String value, PartialDate.Precision precision) {
        PartialDate date = new PartialDate(value);
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "Feb 6", "2026-02-30", "2026-02-06T25:00", "26", "2026-2-6", "-123", "+202",
            "2026/02/06", "2026-02-06 10:28", "", "20260206", "2026-02-06T10:28Z", "２０２６"})
    void rejectsWhatIsNotAnIsoPartialDate(String value) {
        assertThatThrownBy(() -> new PartialDate(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY")
                .hasMessageEndingWith(": " + value);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> new PartialDate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofLocalDateTimeDropsSeconds() {
        PartialDate date = PartialDate.of(LocalDateTime.of(2026, 2, 6, 9, 5, 59, 999_000_000));
        assertThat(date.value()).isEqualTo("2026-02-06T09:05");
        assertThat(date.precision()).isEqualTo(PartialDate.Precision.TIME);
    }

    @Test
    void ofLocalDateAndYearMonth() {
        assertThat(PartialDate.of(LocalDate.of(2026, 2, 6)).value()).isEqualTo("2026-02-06");
        assertThat(PartialDate.of(YearMonth.of(2025, 12)).value()).isEqualTo("2025-12");
        assertThat(PartialDate.of(YearMonth.of(2025, 12)).precision()).isEqualTo(PartialDate.Precision.MONTH);
    }

    @Test
    void dayIsPresentOnlyFromDayPrecisionOn() {
        assertThat(new PartialDate("2018").day()).isEmpty();
        assertThat(new PartialDate("2025-12").day()).isEmpty();
        assertThat(new PartialDate("2026-02-06").day()).contains(LocalDate.of(2026, 2, 6));
        assertThat(new PartialDate("2026-02-06T10:28").day()).contains(LocalDate.of(2026, 2, 6));
    }

    @Test
    void ordersChronologicallyWithCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(new PartialDate("2026-02-06T10:28"), new PartialDate("2018"),
                new PartialDate("2026-02"), new PartialDate("2025-12-31"), new PartialDate("2026-02-06")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::value)
                .containsExactly("2018", "2025-12-31", "2026-02", "2026-02-06", "2026-02-06T10:28");
    }

    @Test
    void equalityIsByValue() {
        assertThat(new PartialDate("2026-02-06")).isEqualTo(PartialDate.of(LocalDate.of(2026, 2, 6)));
    }
}
