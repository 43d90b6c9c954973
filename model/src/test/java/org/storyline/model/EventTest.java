package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
    private static Event event(Map<String, Event.Count> counts, List<String> sources, int origins) {
        return new Event("v1", EventType.ATTACK, "shooting", Event.Status.COMPLETED,
                new Event.EventDate(new PartialDate("2026-02-06"), DateBasis.STATED),
                new Event.Location(null, "Moscow", "residential building"), List.of(), counts, List.of(), sources,
                origins, List.of(), List.of());
    }

    private static Event.Fact fact(String value, String... sources) {
        return new Event.Fact("killed", value, List.of(sources));
    }

    @Test
    void validEvent() {
        Event e = event(Map.of("killed", new Event.Count(4, Event.Qualifier.AT_LEAST)), List.of("d1", "d2"), 1);
        assertThat(e.counts()).containsEntry("killed", new Event.Count(4, Event.Qualifier.AT_LEAST));
        assertThat(e.origins()).isEqualTo(1);
        assertThat(e.type().label()).isEqualTo("attack");
    }

    @Test
    void originsMayEqualSourcesButNotExceedThem() {
        assertThat(event(Map.of(), List.of("d1", "d2"), 2).origins()).isEqualTo(2);
        assertThatThrownBy(() -> event(Map.of(), List.of("d1", "d2"), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origins=3")
                .hasMessageContaining("sources=2");
    }

    @Test
    void negativeOriginsAreRejected() {
        assertThatThrownBy(() -> event(Map.of(), List.of("d1"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origins")
                .hasMessageContaining("-1");
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> new Event.Count(-2, Event.Qualifier.EXACT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
        assertThat(new Event.Count(0, Event.Qualifier.EXACT).value()).isZero();
    }

    @Test
    void countNeedsAQualifier() {
        assertThatThrownBy(() -> new Event.Count(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullCountsAreRejected() {
        assertThatThrownBy(() -> event(null, List.of("d1"), 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void idMustStartWithV() {
        assertThatThrownBy(() -> new Event("e1", EventType.OTHER, null, null, Event.EventDate.unknown(), null,
                List.of(), Map.of(), List.of(), List.of(), 0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'v'");
    }

    @Test
    void eventDateValueAndBasisMustAgree() {
        assertThat(Event.EventDate.unknown().value()).isNull();
        assertThatThrownBy(() -> new Event.EventDate(new PartialDate("2026"), DateBasis.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basis=unknown");
        assertThatThrownBy(() -> new Event.EventDate(null, DateBasis.INFERRED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basis=inferred");
    }

    @Test
    void disagreementNeedsAtLeastTwoValues() {
        assertThatThrownBy(() -> new Event.Disagreement("killed", List.of(fact("4", "d1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("killed")
                .hasMessageContaining("at least two")
                .hasMessageContaining("got 1");
        assertThatThrownBy(() -> new Event.Disagreement("killed", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        Event.Disagreement d = new Event.Disagreement("killed", List.of(fact("4", "d1"), fact("5", "d2", "d3")));
        assertThat(d.values()).extracting(Event.Fact::value).containsExactly("4", "5");
    }

    @Test
    void eventCarriesItsDisagreements() {
        Event.Disagreement d = new Event.Disagreement("killed", List.of(fact("4", "d1"), fact("5", "d2")));
        Event e = new Event("v1", EventType.ATTACK, null, null, Event.EventDate.unknown(), null, List.of(), Map.of(),
                List.of(), List.of("d1", "d2"), 2, List.of(), List.of(d));
        assertThat(e.disagreements()).containsExactly(d);
    }

    @Test
    void participantAndLocationNeedText() {
        assertThatThrownBy(() -> new Event.Participant(Event.Role.VICTIM, null, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Event.Location("e1", "", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
