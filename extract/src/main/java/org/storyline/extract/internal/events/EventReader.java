package org.storyline.extract.internal.events;

import java.util.List;
import org.storyline.language.Annotated;
import org.storyline.model.Event;
import org.storyline.model.PartialDate;

/** Entry to the event rules for the public finder. Please don't depend on the APIs implemented here. */
public final class EventReader {
    private EventReader() {
    }

    public static List<Event> read(String documentId, String articleId, String text, Annotated annotated, PartialDate articleDate) {
        return new Reading(Lexicon.english(), documentId, articleId, text, annotated, articleDate).read();
    }
}
