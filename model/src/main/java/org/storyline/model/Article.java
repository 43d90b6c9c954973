package org.storyline.model;

import java.util.Objects;

/**
 * One dispatch of a document: a page may hold several (live blogs, round-ups).
 *
 * @param index    position of the dispatch in its document, from 0
 * @param dateline place named at the start of the dispatch ("LONDON"), or null
 * @param date     the dispatch's own date, or null when unknown
 * @param text     clean body text, no clutter; all spans of extracted things index into it
 */
public record Article(String id, String document, int index, String title, String dateline, PartialDate date,
                      DateBasis dateBasis, String language, String text) {
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
    }
}
