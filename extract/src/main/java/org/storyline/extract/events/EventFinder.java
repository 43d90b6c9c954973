package org.storyline.extract.events;

import java.util.List;
import java.util.Objects;
import org.storyline.extract.internal.events.EventReader;
import org.storyline.language.Annotated;
import org.storyline.model.Event;
import org.storyline.model.PartialDate;

/**
 * Finds the events a dispatch tells: attacks (shooting, bombing, car bomb, poisoning, stabbing, kidnapping, arson),
 * strikes (drone, missile, air, artillery), clashes, protests, arrests, talks, agreements, sanctions, prisoner
 * exchanges, deaths and mutinies, each with its status, date, place, participants by role and the counts the text
 * states (killed, injured, launched, intercepted, impacted). Background events count too ("In April 2025, a car
 * bomb in Balashikha killed …" is its own event, dated 2025-04); the mentions of one happening in a dispatch are one
 * event.
 *
 * <p>What an event carries beyond the contract's fields:
 * <ul>
 *   <li>{@code mentions}: every trigger of the event, the act ("shooting", "car bomb") and the deaths and injuries
 *       tied to it ("killed", "wounded"), as spans of the dispatch;</li>
 *   <li>{@code facts}: {@code condition} ("critical" for "remains in critical condition"), {@code instrument}
 *       ("car bomb", "explosive device", "131 drones" as written), {@code blamed_on} (whom someone blames, not a
 *       perpetrator), {@code claimed_by} (who claimed responsibility), each with this document as source;</li>
 *   <li>{@code counts}: numbers as stated with their hedging; where no number is stated but people are named as
 *       killed or injured, their number, {@code at_least} ("X was killed along with his assistant" is at least 2).</li>
 * </ul>
 * Dates are honest: a date stated in the text (basis stated), a relative one resolved against the dispatch's date
 * (relative), the dispatch's date only for its main, current event when nothing else dates it (document), else
 * unknown. Thread-safe and deterministic; the part-of-speech models load on first use and only sentences that carry
 * a trigger are tagged.
 */
public final class EventFinder {
    private static final EventFinder ENGLISH = new EventFinder();

    private EventFinder() {
    }

    /** The finder for English news. */
    public static EventFinder english() {
        return ENGLISH;
    }

    /**
     * The events of one dispatch, in the order they are first mentioned.
     *
     * @param documentId  the document the dispatch is in ("d…"), the source of every event and fact
     * @param articleId   the dispatch ("a…"), for mentions and ids
     * @param text        the dispatch's text, as annotated
     * @param annotated   what the language stage read in {@code text}
     * @param articleDate the dispatch's own date, or null when unknown (relative dates then stay unknown)
     */
    public List<Event> find(String documentId, String articleId, String text, Annotated annotated, PartialDate articleDate) {
        Objects.requireNonNull(documentId, "document id must not be null");
        Objects.requireNonNull(articleId, "article id must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(annotated, "annotations must not be null");
        return EventReader.read(documentId, articleId, text, annotated, articleDate);
    }
}
