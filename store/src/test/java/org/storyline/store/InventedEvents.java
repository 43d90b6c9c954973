package org.storyline.store;

import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.DateBasis;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Geo;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;
import org.storyline.model.StableId;

/**
 * Invented records for the event exports: a fully populated event in a geocoded port, an event with nothing known
 * about its date or place, and one whose place has no coordinates.
 */
final class InventedEvents {
    static final String D1 = StableId.document("1".repeat(64));
    static final String D2 = StableId.document("2".repeat(64));
    static final String A1 = StableId.article(D1, 0);
    static final String TEXT = "KHERSON, Ukraine — Officials said the port was hit at dawn. Drones struck the grain "
            + "terminal, killing at least four dock workers, the governor said. Repairs begin Monday.";
    static final String OUTLET_1 = "Daily \"Quoted\", News";
    static final String OUTLET_2 = "Wire\nService";

    static final Article ARTICLE = new Article(A1, D1, 0, "Port hit", "KHERSON", new PartialDate("2026-02-06"),
            DateBasis.STATED, "en", TEXT);
    static final Document DOC1 = new Document(D1, "https://one.example/port", "1".repeat(64), "Port hit",
            new PartialDate("2026-02-06T10:28"), OUTLET_1, null, "en", List.of(A1));
    static final Document DOC2 = new Document(D2, "https://two.example/port", "2".repeat(64), "Port struck",
            new PartialDate("2026-02-07"), OUTLET_2, null, "en", List.of());

    static final Entity PORT = new Entity(StableId.of('e', "port"), EntityType.PLACE, "Kherson", List.of("Kherson city"),
            List.of(mention("KHERSON")), List.of(new Attribute("country", "Ukraine", List.of(A1))),
            new Geo(46.6354, 32.6169, "geonames:706448"));
    static final Entity VILLAGE = new Entity(StableId.of('e', "village"), EntityType.PLACE, "Nowhere Village",
            List.of(), List.of(), List.of(), null);

    static final Event FULL = new Event(StableId.of('v', "full"), EventType.ATTACK, "drone", Event.Status.COMPLETED,
            new Event.EventDate(new PartialDate("2026-02-06"), DateBasis.STATED),
            new Event.Location(PORT.id(), "Kherson", "grain terminal, \"Pier 3\""),
            List.of(new Event.Participant(Event.Role.PERPETRATOR, null, "Drones"),
                    new Event.Participant(Event.Role.ACTOR, null, "Smith, Jones"),
                    new Event.Participant(Event.Role.VICTIM, null, "dock workers"),
                    new Event.Participant(Event.Role.TARGET, null, "grain terminal"),
                    new Event.Participant(Event.Role.SPEAKER, null, "the governor")),
            Map.of("killed", new Event.Count(4, Event.Qualifier.AT_LEAST),
                    "injured", new Event.Count(12, Event.Qualifier.EXACT),
                    "launched", new Event.Count(30, Event.Qualifier.ABOUT),
                    "intercepted", new Event.Count(25, Event.Qualifier.EXACT),
                    "impacted", new Event.Count(5, Event.Qualifier.EXACT)),
            List.of(mention("struck")), List.of(D1, D2), 2,
            List.of(new Event.Fact("killed", "at least 4", List.of(D1)), new Event.Fact("killed", "3", List.of(D2))),
            List.of(new Event.Disagreement("killed", List.of(new Event.Fact("killed", "at least 4", List.of(D1)),
                    new Event.Fact("killed", "3", List.of(D2))))));

    static final Event UNKNOWN = new Event(StableId.of('v', "unknown"), EventType.PROTEST, null, null,
            Event.EventDate.unknown(), null, List.of(), Map.of(), List.of(), List.of(D2), 1, List.of(), List.of());

    static final Event UNLOCATED = new Event(StableId.of('v', "unlocated"), EventType.ARREST, null, Event.Status.PLANNED,
            new Event.EventDate(new PartialDate("2025-12"), DateBasis.RELATIVE),
            new Event.Location(VILLAGE.id(), "Nowhere Village", null), List.of(), Map.of(), List.of(), List.of(), 0,
            List.of(), List.of());

    static final List<Event> EVENTS = List.of(FULL, UNKNOWN, UNLOCATED);

    static EventLookup lookup() {
        EventLookup base = EventLookup.of(List.of(PORT, VILLAGE), List.of(DOC1, DOC2));
        return new EventLookup(base.entity(), base.document(), id -> id.equals(A1) ? ARTICLE : null);
    }

    private static Mention mention(String text) {
        int start = TEXT.indexOf(text);
        return new Mention(A1, new Span(start, start + text.length()), text);
    }

    private InventedEvents() {
    }
}
