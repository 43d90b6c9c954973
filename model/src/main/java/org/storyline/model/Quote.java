package org.storyline.model;

import java.util.Objects;

/**
 * Who said what, and how the reporter framed it.
 *
 * @param speakerEntity the resolved entity id, or null
 * @param direct        whether the words are in quotation marks
 * @param cue           the reporting verb ("said", "wrote on Telegram")
 * @param hedge         the reporter's framing ("without evidence"), or null
 */
public record Quote(String id, String speakerEntity, String speakerText, String text, boolean direct, String cue,
                    String hedge, String article, Span span) {
    public Quote {
        Checks.id(id, 'q', "quote id");
        Checks.nonBlank(text, "quote text");
        Checks.id(article, 'a', "quote article");
        Objects.requireNonNull(span, "quote span must not be null");
    }
}
