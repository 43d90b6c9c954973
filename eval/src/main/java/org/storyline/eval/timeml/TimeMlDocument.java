package org.storyline.eval.timeml;

import java.util.List;
import java.util.Objects;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;

/**
 * A TimeML document as a temporal tagger sees it: the text inside {@code <TEXT>} with its tags stripped and its
 * entities decoded, the document creation time, and the gold TIMEX3 expressions with spans into that text.
 *
 * @param file         the file's path relative to the folder it was read from
 * @param text         the stripped text
 * @param creationTime the document creation time (day precision at most), or null when the file has none
 * @param timexes      the gold expressions in text order
 */
public record TimeMlDocument(String file, String text, PartialDate creationTime, List<GoldTimex> timexes) {
    public TimeMlDocument {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(text, "text must not be null");
        timexes = List.copyOf(timexes);
    }

    /**
     * A gold TIMEX3.
     *
     * @param span  where it is in the stripped text
     * @param text  its text
     * @param type  DATE, TIME, DURATION or SET
     * @param value its TIMEX3 value, or null when the tag has none
     */
    public record GoldTimex(Span span, String text, String type, String value) {
    }
}
