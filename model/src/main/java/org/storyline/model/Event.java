package org.storyline.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real-world happening, however many articles mention it.
 *
 * @param subtype   finer kind (shooting, car_bomb, drone…) or null
 * @param status    attempted, completed, planned, or null when unknown
 * @param counts    only what the text states, by kind (killed, injured, launched, intercepted, impacted)
 * @param sources   documents that report it
 * @param origins   independent origins among the sources (a syndicated copy counts once)
 */
public record Event(String id, EventType type, String subtype, Status status, EventDate date, Location location,
                    List<Participant> participants, Map<String, Count> counts, List<Mention> mentions,
                    List<String> sources, int origins, List<Fact> facts, List<Disagreement> disagreements) {
    public Event {
        Checks.id(id, 'v', "event id");
        Objects.requireNonNull(type, "event type must not be null");
        Objects.requireNonNull(date, "event date must not be null (use EventDate.unknown())");
        participants = Checks.list(participants, "event participants");
        counts = Map.copyOf(Objects.requireNonNull(counts, "event counts must not be null"));
        mentions = Checks.list(mentions, "event mentions");
        sources = Checks.list(sources, "event sources");
        Checks.notNegative(origins, "event origins");
        if (origins > sources.size()) {
            throw new IllegalArgumentException("event origins must not exceed sources: origins=" + origins + ", sources=" + sources.size());
        }
        facts = Checks.list(facts, "event facts");
        disagreements = Checks.list(disagreements, "event disagreements");
    }

    /** Whether an event happened, was tried, or is planned. */
    public enum Status { ATTEMPTED, COMPLETED, PLANNED }

    /** An event's date and why it has that value; unknown dates have no value. */
    public record EventDate(PartialDate value, DateBasis basis) {
        public EventDate {
            Objects.requireNonNull(basis, "event date basis must not be null");
            if ((value == null) != (basis == DateBasis.UNKNOWN)) {
                throw new IllegalArgumentException("event date and basis disagree: value=" + value + ", basis=" + basis.label());
            }
        }

        public static EventDate unknown() {
            return new EventDate(null, DateBasis.UNKNOWN);
        }
    }

    /** Where an event took place: the most specific place, plus detail ("residential building on …"). */
    public record Location(String entity, String name, String detail) {
        public Location {
            Checks.nonBlank(name, "location name");
        }
    }

    /** Who took part and how. */
    public record Participant(Role role, String entity, String text) {
        public Participant {
            Objects.requireNonNull(role, "participant role must not be null");
            Checks.nonBlank(text, "participant text");
        }
    }

    /** The part someone plays in an event. */
    public enum Role { VICTIM, PERPETRATOR, TARGET, ACTOR, PARTY, SPEAKER }

    /** A number the text states, with its own hedging ("at least four" is 4, at_least). */
    public record Count(long value, Qualifier qualifier) {
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("count must not be negative: " + value);
            }
            Objects.requireNonNull(qualifier, "count qualifier must not be null");
        }
    }

    /** How exact a count is. */
    public enum Qualifier { EXACT, AT_LEAST, ABOUT, AT_MOST }

    /** One field value of a merged event with the documents that state it. */
    public record Fact(String field, String value, List<String> sources) {
        public Fact {
            Checks.nonBlank(field, "fact field");
            Checks.nonBlank(value, "fact value");
            sources = Checks.list(sources, "fact sources");
        }
    }

    /** A field that outlets state differently: every value with its sources, none picked. */
    public record Disagreement(String field, List<Fact> values) {
        public Disagreement {
            Checks.nonBlank(field, "disagreement field");
            values = Checks.list(values, "disagreement values");
            if (values.size() < 2) {
                throw new IllegalArgumentException("a disagreement on " + field + " needs at least two values, got " + values.size());
            }
        }
    }
}
