package org.storyline.extract.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.language.Quantity;
import org.storyline.model.Event;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;

/** TIMEX3 values as event dates, and the plain numbers read where the language stage reported none. */
class DatesAndNumbersTest {
    @Test
    void timexValuesBecomeDatesAsPreciseAsTheyAre() {
        assertThat(Dates.value("2026-02-06")).isEqualTo(new PartialDate("2026-02-06"));
        assertThat(Dates.value("2025-12")).isEqualTo(new PartialDate("2025-12"));
        assertThat(Dates.value("2018")).isEqualTo(new PartialDate("2018"));
        assertThat(Dates.value("2026-02-06TMO")).isEqualTo(new PartialDate("2026-02-06"));
        assertThat(Dates.value("2026-W06")).as("a week inside February").isEqualTo(new PartialDate("2026-02"));
        assertThat(Dates.value("2026-W05")).as("a week across two months").isNull();
        assertThat(Dates.value("XXXX-XX-05")).isNull();
        assertThat(Dates.value("PRESENT_REF")).isNull();
        assertThat(Dates.value(null)).isNull();
    }

    static List<Quantity> read(String text) {
        List<Span> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\w,-]+(?<!,)|[^\\s\\w]").matcher(text);
        while (m.find()) {
            tokens.add(new Span(m.start(), m.end()));
        }
        return Numbers.read(text, tokens, List.of());
    }

    @Test
    void plainNumbersWithTheirHedging() {
        List<Quantity> q = read("at least four people and more than 2,600 buildings and twenty-two drones and about 40 injured");
        assertThat(q).extracting(Quantity::value).containsExactly(4L, 2600L, 22L, 40L);
        assertThat(q).extracting(Quantity::qualifier).containsExactly(Event.Qualifier.AT_LEAST, Event.Qualifier.AT_LEAST,
                Event.Qualifier.EXACT, Event.Qualifier.ABOUT);
        assertThat(q.getFirst().text()).isEqualTo("at least four");
    }

    @Test
    void yearsTimesPercentagesAndOneOfAreNoCounts() {
        assertThat(read("in 2018 at 0530 GMT, 40 percent, one of them, a 28-point plan, no one, on Feb 6")).isEmpty();
    }
}
