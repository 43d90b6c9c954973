package org.storyline.stories.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.storyline.model.DateBasis;
import org.storyline.model.Event;
import org.storyline.model.PartialDate;

/**
 * The places and dates a growing cluster of event mentions has gathered, so that a candidate cluster joins only when
 * it agrees with all of them (complete linkage), not merely with the one mention that links it.
 */
final class EventCluster {
    /** The widest span of known days one event may have: a night attack reported on two calendar days, a late tally. */
    static final int MAX_DAY_SPAN = 2;
    /** The widest span of days when some are only the dates of the reports (an event is told over a few days). */
    static final int MAX_REPORT_SPAN = 3;

    private final List<Event.Location> places = new ArrayList<>(2);
    private final List<String> coarseDates = new ArrayList<>(1);
    private long firstDay = Long.MAX_VALUE; // every known day, the reports' own dates included
    private long lastDay = Long.MIN_VALUE;
    private long firstStated = Long.MAX_VALUE; // days the texts state for the event
    private long lastStated = Long.MIN_VALUE;

    EventCluster(Event e) {
        if (e.location() != null) {
            places.add(e.location());
        }
        PartialDate date = e.date().value();
        if (date != null) {
            if (date.day().isPresent()) {
                firstDay = lastDay = date.day().get().toEpochDay();
                if (e.date().basis() != DateBasis.DOCUMENT) {
                    firstStated = lastStated = firstDay;
                }
            } else {
                coarseDates.add(date.value());
            }
        }
    }

    /** Whether every known place and date of this cluster agrees with every one of the other. */
    boolean compatible(EventCluster other, BiPredicate<Event.Location, Event.Location> placesCompatible) {
        if (hasDays() && other.hasDays()
                && Math.max(lastDay, other.lastDay) - Math.min(firstDay, other.firstDay) > MAX_REPORT_SPAN) {
            return false;
        }
        if (firstStated <= lastStated && other.firstStated <= other.lastStated
                && Math.max(lastStated, other.lastStated) - Math.min(firstStated, other.firstStated) > MAX_DAY_SPAN) {
            return false;
        }
        for (String coarse : coarseDates) {
            if (!other.agrees(coarse)) {
                return false;
            }
        }
        for (String coarse : other.coarseDates) {
            if (!agrees(coarse)) {
                return false;
            }
        }
        for (Event.Location a : places) {
            for (Event.Location b : other.places) {
                if (!placesCompatible.test(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Takes in the places and dates of another cluster. */
    void absorb(EventCluster other) {
        for (Event.Location l : other.places) {
            if (places.stream().noneMatch(p -> same(p, l))) {
                places.add(l);
            }
        }
        for (String c : other.coarseDates) {
            if (!coarseDates.contains(c)) {
                coarseDates.add(c);
            }
        }
        firstDay = Math.min(firstDay, other.firstDay);
        lastDay = Math.max(lastDay, other.lastDay);
        firstStated = Math.min(firstStated, other.firstStated);
        lastStated = Math.max(lastStated, other.lastStated);
    }

    private boolean hasDays() {
        return firstDay <= lastDay;
    }

    /** Whether a month or year agrees with this cluster's dates: one is a prefix of the other. */
    private boolean agrees(String coarse) {
        for (String c : coarseDates) {
            if (!c.startsWith(coarse) && !coarse.startsWith(c)) {
                return false;
            }
        }
        return !hasDays() || (day(firstDay).startsWith(coarse) && day(lastDay).startsWith(coarse));
    }

    private static String day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    private static boolean same(Event.Location a, Event.Location b) {
        return a.name().toLowerCase(Locale.ROOT).equals(b.name().toLowerCase(Locale.ROOT))
                && java.util.Objects.equals(a.entity(), b.entity());
    }
}
