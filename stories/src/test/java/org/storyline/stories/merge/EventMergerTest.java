package org.storyline.stories.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.DateBasis;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;

class EventMergerTest {
    private static final EventMerger.Places HIERARCHY = (inner, outer) ->
            (inner.equals("Harbour City") && outer.equals("Northland")) || (inner.equals("Dock Street") && outer.equals("Harbour City"));

    private static Event event(String id, String doc, EventType type, String date, String place, String victim,
                               Map<String, Event.Count> counts, List<Event.Fact> facts) {
        return new Event(id, type, null, Event.Status.COMPLETED,
                date == null ? Event.EventDate.unknown() : new Event.EventDate(new PartialDate(date), DateBasis.STATED),
                place == null ? null : new Event.Location(null, place, null),
                victim == null ? List.of() : List.of(new Event.Participant(Event.Role.VICTIM, null, victim)),
                counts, List.of(new Mention("a" + doc.substring(1), new Span(0, 4), "shot")), List.of(doc), 1, facts, List.of());
    }

    private static Event.Fact fact(String field, String value, String doc) {
        return new Event.Fact(field, value, List.of(doc));
    }

    @Test
    void threeOutletsOneShootingWithAConditionDisagreement() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        List<Event> merged = merger.merge(List.of(
                event("v1", "d1", EventType.ATTACK, "2030-03-01", "Harbour City", "Mara Quell", Map.of(),
                        List.of(fact("condition", "critical", "d1"))),
                event("v2", "d2", EventType.ATTACK, "2030-03", "Harbour City", "Mara Quell", Map.of(),
                        List.of(fact("condition", "serious", "d2"))),
                event("v3", "d3", EventType.ATTACK, null, "Northland", "Mara Quell", Map.of(), List.of())));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactlyInAnyOrder("d1", "d2", "d3");
            assertThat(e.origins()).isEqualTo(3);
            assertThat(e.date().value()).hasToString("2030-03-01");
            assertThat(e.location().name()).isEqualTo("Harbour City");
            assertThat(e.disagreements()).singleElement().satisfies(d -> {
                assertThat(d.field()).isEqualTo("condition");
                assertThat(d.values()).extracting(Event.Fact::value).containsExactlyInAnyOrder("critical", "serious");
                assertThat(d.values()).extracting(Event.Fact::sources).containsExactlyInAnyOrder(List.of("d1"), List.of("d2"));
            });
            assertThat(e.facts()).anySatisfy(f -> assertThat(f.field()).isEqualTo("date"));
        });
    }

    @Test
    void differentCountsOfOneEventAreADisagreementButAtLeastIsARefinement() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        List<Event> merged = merger.merge(List.of(
                event("v1", "d1", EventType.STRIKE, "2030-03-01", "Harbour City", "residents",
                        Map.of("killed", new Event.Count(4, Event.Qualifier.EXACT)), List.of()),
                event("v2", "d2", EventType.STRIKE, "2030-03-01", "Harbour City", "residents",
                        Map.of("killed", new Event.Count(7, Event.Qualifier.EXACT)), List.of()),
                event("v3", "d3", EventType.STRIKE, "2030-03-01", "Harbour City", "residents",
                        Map.of("killed", new Event.Count(3, Event.Qualifier.AT_LEAST)), List.of())));

        assertThat(merged).singleElement().satisfies(e -> assertThat(e.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("killed");
            assertThat(d.values()).extracting(Event.Fact::value).containsExactlyInAnyOrder("4", "7");
        }));
    }

    @Test
    void differentVictimsOrDatesOrTypesStayApart() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        List<Event> merged = merger.merge(List.of(
                event("v1", "d1", EventType.ATTACK, "2030-03-01", "Harbour City", "Mara Quell", Map.of(), List.of()),
                event("v2", "d2", EventType.ATTACK, "2030-03-01", "Harbour City", "Tomas Wirth", Map.of(), List.of()),
                event("v3", "d3", EventType.ATTACK, "2029-11-20", "Harbour City", "Mara Quell", Map.of(), List.of()),
                event("v4", "d4", EventType.SANCTION, "2030-03-01", "Harbour City", "Mara Quell", Map.of(), List.of())));

        assertThat(merged).hasSize(4);
    }

    @Test
    void syndicatedCopiesCountAsOneOrigin() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc.equals("d3") ? "d2" : doc);
        List<Event> merged = merger.merge(List.of(
                event("v1", "d1", EventType.ATTACK, "2030-03-01", "Harbour City", "Mara Quell", Map.of(), List.of()),
                event("v2", "d2", EventType.ATTACK, "2030-03-01", "Harbour City", "Mara Quell", Map.of(), List.of()),
                event("v3", "d3", EventType.ATTACK, "2030-03-01", "Harbour City", "Mara Quell", Map.of(), List.of())));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.sources()).hasSize(3);
            assertThat(e.origins()).isEqualTo(2);
        });
    }

    @Test
    void sameInputInAnyOrderGivesTheSameResult() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        List<Event> events = List.of(
                event("v1", "d1", EventType.ATTACK, "2030-03-01", "Harbour City", "Mara Quell", Map.of(), List.of(fact("condition", "critical", "d1"))),
                event("v2", "d2", EventType.ATTACK, "2030-03-01", "Dock Street", "Mara Quell", Map.of(), List.of(fact("condition", "serious", "d2"))),
                event("v3", "d3", EventType.STRIKE, "2030-03-02", "Northland", "residents", Map.of(), List.of()));
        List<Event> reversed = new java.util.ArrayList<>(events);
        java.util.Collections.reverse(reversed);

        assertThat(merger.merge(reversed)).isEqualTo(merger.merge(events));
    }
}
