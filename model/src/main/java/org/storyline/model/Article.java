package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One dispatch of a document: a page may hold several (live blogs, round-ups).
 *
 * @param index    position of the dispatch in its document, from 0
 * @param dateline place named at the start of the dispatch ("LONDON"), or null
 * @param date     the dispatch's own date, or null when unknown
 * @param text     clean body text, no clutter; all spans of extracted things index into it
 * @param segments where stretches of the text come from in the decoded page, in text order (may be empty)
 */
public record Article(String id, String document, int index, String title, String dateline, PartialDate date,
                      DateBasis dateBasis, String language, String text, List<Segment> segments) {
    public Article {
        Checks.id(id, 'a', "article id");
        Checks.id(document, 'd', "article document");
        Checks.notNegative(index, "article index");
        Objects.requireNonNull(dateBasis, "article date basis must not be null");
        Objects.requireNonNull(text, "article text must not be null");
        if ((date == null) != (dateBasis == DateBasis.UNKNOWN)) {
            throw new IllegalArgumentException(
                    "article date and basis disagree: date=" + date + ", basis=" + dateBasis.label()
                            + " (a date needs a basis other than unknown, and unknown needs no date)");
        }
        segments = Checks.list(segments, "article segments");
        int last = 0;
        for (Segment s : segments) {
            if (s.text().end() > text.length() || s.text().start() < last) {
                throw new IllegalArgumentException("article segments must lie in the text, in order: " + s.text()
                        + " after " + last + " in a text of " + text.length());
            }
            last = s.text().end();
        }
    }

    /** An article whose text has no recorded source segments. */
    public Article(String id, String document, int index, String title, String dateline, PartialDate date,
                   DateBasis dateBasis, String language, String text) {
        this(id, document, index, title, dateline, date, dateBasis, language, text, List.of());
    }

    /** The offset in the decoded page of a text offset, or -1 when no segment covers it. */
    public int rawOffset(int textOffset) {
        for (Segment s : segments) {
            if (s.text().start() <= textOffset && textOffset <= s.text().end()) {
                return Math.min(s.raw().end(), s.raw().start() + (textOffset - s.text().start()));
            }
        }
        return -1;
    }
}
