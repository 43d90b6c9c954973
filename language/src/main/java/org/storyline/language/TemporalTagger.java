package org.storyline.language;

import java.util.List;
import org.storyline.model.PartialDate;

/**
 * Finds temporal expressions and normalises them against an anchor: the date of the dispatch they are in.
 * Thread-safe.
 */
public interface TemporalTagger {
    /**
     * The temporal expressions of a text, in order, without overlaps.
     *
     * @param anchor the dispatch's own date; null when unknown, and then relative expressions stay unresolved
     */
    List<Timex> find(String text, PartialDate anchor);

    /** The tagger of this module (our own rules for English news). */
    static TemporalTagger english() {
        return org.storyline.language.internal.time.EnglishTimexTagger.INSTANCE;
    }
}
