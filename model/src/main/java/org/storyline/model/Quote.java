package org.storyline.model;

import java.util.Objects;

/**
 * Who said what, and how the reporter framed it.
 *
 * @param speakerEntity the resolved entity id, or null
 * @param direct        whether the words are in quotation marks
 * @param cue           the reporting verb ("said", "wrote on Telegram")
 * @param hedge         the reporter's framing ("without evidence"), or null
 * @param span          where the quoted or reported content is in the article
 * @param speakerSpan   where the speaker is named (the name itself when a pronoun was resolved), or null
 * @param cueSpan       where the cue is, or null
 */
public record Quote(String id, String speakerEntity, String speakerText, String text, boolean direct, String cue,
                    String hedge, String article, Span span, Span speakerSpan, Span cueSpan) {
    public Quote {
        Checks.id(id, 'q', "quote id");
        Checks.nonBlank(text, "quote text");
        Checks.id(article, 'a', "quote article");
        Objects.requireNonNull(span, "quote span must not be null");
    }

    /** A quote without speaker and cue positions. */
    public Quote(String id, String speakerEntity, String speakerText, String text, boolean direct, String cue,
                 String hedge, String article, Span span) {
        this(id, speakerEntity, speakerText, text, direct, cue, hedge, article, span, null, null);
    }
}
