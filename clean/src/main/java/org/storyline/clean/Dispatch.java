package org.storyline.clean;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Segment;
import org.storyline.model.DateBasis;
import org.storyline.model.PartialDate;

/**
 * One dispatch of a page: its clean text, where its stretches come from in the page, and the dateline and date that
 * apply to it.
 */
public record Dispatch(String title, String dateline, PartialDate date, DateBasis dateBasis, String text,
                       List<Segment> segments) {
    public Dispatch {
        Objects.requireNonNull(dateBasis, "dispatch date basis must not be null");
        Objects.requireNonNull(text, "dispatch text must not be null");
        segments = List.copyOf(segments);
    }
}
