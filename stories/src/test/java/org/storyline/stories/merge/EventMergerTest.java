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

    private static final List<String> CITIES = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "City" + (char) ('A' + i / 26) + (char) ('a' + i % 26)).toList();

    @Test
    void fiftyShootingsInDifferentCitiesWithUnknownDatesStayFifty() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // each city's shooting told by one outlet that names the place and by one that names neither place nor date,
            // all with the same description of the victims and the same wire-service "officials"
            events.add(event(String.format("v%03da", i), String.format("d%03da", i), EventType.ATTACK, null, CITIES.get(i),
                    "At least 15 people", Map.of("killed", new Event.Count(15, Event.Qualifier.AT_LEAST)), List.of()));
            events.add(event(String.format("v%03db", i), String.format("d%03db", i), EventType.ATTACK, null, null,
                    i % 2 == 0 ? "officials" : "At least 15 people", Map.of(), List.of()));
        }

        List<Event> merged = merger.merge(events);

        assertThat(merged).hasSize(100); // descriptions name nobody: nothing links the reports
        assertThat(merged).allSatisfy(e -> assertThat(e.sources()).hasSize(1));
    }

    @Test
    void anEventWithNeitherDateNorPlaceDoesNotChainTwoIncompatibleOnes() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        List<Event> merged = merger.merge(List.of(
                event("v1", "d1", EventType.ATTACK, "2030-03-01", "Halifax", "Mara Quell", Map.of(), List.of()),
                event("v2", "d2", EventType.ATTACK, null, null, "Mara Quell", Map.of(), List.of()),
                event("v3", "d3", EventType.ATTACK, "2030-03-09", "Lagos", "Mara Quell", Map.of(), List.of())));

        assertThat(merged).hasSize(2);
        assertThat(merged).noneSatisfy(e -> assertThat(e.sources()).contains("d1", "d3"));
        assertThat(merged).anySatisfy(e -> assertThat(e.sources()).containsExactlyInAnyOrder("d1", "d2"));
    }

    @Test
    void aClusterKeepsItsDatesWithinAFewDays() {
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc);
        // each neighbour is a day apart, so single-link would chain a week of attacks on one victim
        List<Event> events = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            events.add(event("v" + day, "d" + day, EventType.ATTACK, "2030-03-0" + day, "Harbour City", "Mara Quell", Map.of(), List.of()));
        }

        List<Event> merged = merger.merge(events);

        assertThat(merged).allSatisfy(e -> {
            List<Integer> days = e.sources().stream().map(d -> Integer.parseInt(d.substring(1))).sorted().toList(); // dN: day N
            assertThat(days.getLast() - days.getFirst()).isLessThanOrEqualTo(2);
        });
        assertThat(merged).hasSizeBetween(3, 4);
    }

    @Test
    void reportsInOneStoryMergeOnCompatibleFactsAlone() {
        Map<String, String> story = Map.of("a1", "s1", "a2", "s1", "a3", "s1", "a4", "s2");
        EventMerger merger = new EventMerger(HIERARCHY, doc -> doc, story::get);
        List<Event> merged = merger.merge(List.of(
                event("v1", "d1", EventType.ATTACK, "2030-03-01", "Harbour City", "At least 15 people", Map.of(), List.of()),
                event("v2", "d2", EventType.ATTACK, null, null, "officials", Map.of(), List.of()),
                event("v3", "d3", EventType.ATTACK, "2030-03-03", "Lagos", null, Map.of(), List.of()),
                event("v4", "d4", EventType.ATTACK, null, null, "officials", Map.of(), List.of())));

        assertThat(merged).hasSize(3); // Lagos is another place; another story shares nothing named
        assertThat(merged).anySatisfy(e -> assertThat(e.sources()).containsExactlyInAnyOrder("d1", "d2"));
    }

    @Test
    void describedVictimsAreNotNames() {
        assertThat(EventMerger.named(new Event.Participant(Event.Role.VICTIM, null, "At least 15 people"))).isFalse();
        assertThat(EventMerger.named(new Event.Participant(Event.Role.VICTIM, null, "officials"))).isFalse();
        assertThat(EventMerger.named(new Event.Participant(Event.Role.VICTIM, "e1", "supplies reporters international"))).isFalse();
        assertThat(EventMerger.named(new Event.Participant(Event.Role.VICTIM, null, "Two Soldiers"))).isFalse();
        assertThat(EventMerger.named(new Event.Participant(Event.Role.VICTIM, null, "Mara Quell"))).isTrue();
        assertThat(EventMerger.named(new Event.Participant(Event.Role.VICTIM, null, "three Harbour City residents"))).isTrue();
    }
}
