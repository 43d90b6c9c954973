package org.storyline.server.internal;

import java.util.Set;
import org.storyline.model.Event;

/**
 * Which events a list, timeline or map shows.
 *
 * @param types       event type labels, empty for any
 * @param place       location entity id, or null
 * @param country     ISO alpha-2 code of the location, or null
 * @param entity      entity id in any role (participant or place), or null
 * @param outlet      outlet of one of the sources (case-insensitive), or null
 * @param disagreeing only events whose outlets disagree on something
 */
record EventFilter(Set<String> types, String subtype, DateRange dates, String place, String country, String entity,
                   String outlet, boolean disagreeing) {
    EventFilter {
        types = Set.copyOf(types);
    }

    boolean test(Event e, Snapshot s) {
        if (!types.isEmpty() && !types.contains(e.type().label())) {
            return false;
        }
        if (subtype != null && !subtype.equals(e.subtype())) {
            return false;
        }
        if (!dates.overlaps(e.date().value())) {
            return false;
        }
        String at = e.location() == null ? null : e.location().entity();
        if (place != null && !place.equals(at)) {
            return false;
        }
        if (country != null && !country.equalsIgnoreCase(s.country(at))) {
            return false;
        }
        if (entity != null && !entity.equals(at) && e.participants().stream().noneMatch(p -> entity.equals(p.entity()))) {
            return false;
        }
        if (outlet != null && e.sources().stream().noneMatch(d -> s.outlet(d).equalsIgnoreCase(outlet))) {
            return false;
        }
        return !disagreeing || !e.disagreements().isEmpty();
    }
}
