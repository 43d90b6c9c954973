package org.storyline.clean;

import java.util.Objects;
import org.storyline.model.DateBasis;
import org.storyline.model.PartialDate;

/** One dispatch of a page: its clean text and the dateline and date that apply to it. */
public record Dispatch(String title, String dateline, PartialDate date, DateBasis dateBasis, String text) {
    public Dispatch {
        Objects.requireNonNull(dateBasis, "dispatch date basis must not be null");
        Objects.requireNonNull(text, "dispatch text must not be null");
    }
}
