package org.storyline.store;

import java.util.List;
import java.util.Objects;
import org.storyline.model.PartialDate;

/**
 * An article or a quote that matches a search.
 *
 * @param kind          ARTICLE or QUOTE
 * @param id            the article's or the quote's id
 * @param article       the article (for a quote, the one it is in)
 * @param document      the document of that article
 * @param title         the article's title (else its document's), or null
 * @param outlet        the outlet of the document, or null
 * @param date          the article's date, else its document's publication date, or null
 * @param score         relevance (higher is better; 1 when there are no words to match)
 * @param snippets      up to three stretches of the text, HTML-escaped, with the matched words in {@code <mark>…</mark>}
 * @param speaker       who a quote is by, as the article names them ("Olena Marchenko", "a spokesman"), or null (always
 *                      for an article)
 * @param speakerEntity the entity id of a quote's speaker when resolved, else null (always for an article)
 * @param cue           a quote's reporting verb ("said", "wrote on Telegram"), or null (always for an article)
 * @param hedge         the reporter's framing of a quote ("without evidence"), or null (always for an article)
 */
public record SearchHit(SearchRequest.Kind kind, String id, String article, String document, String title, String outlet,
                        PartialDate date, float score, List<String> snippets, String speaker, String speakerEntity,
                        String cue, String hedge) {
    public SearchHit {
        if (kind == null || kind == SearchRequest.Kind.ANY) {
            throw new IllegalArgumentException("search hit kind must be ARTICLE or QUOTE: " + kind);
        }
        Objects.requireNonNull(id, "search hit id must not be null");
        Objects.requireNonNull(article, "search hit article must not be null");
        Objects.requireNonNull(document, "search hit document must not be null");
        snippets = List.copyOf(snippets);
        if (kind == SearchRequest.Kind.ARTICLE && (speaker != null || speakerEntity != null || cue != null || hedge != null)) {
            throw new IllegalArgumentException("an article hit has no speaker, cue or hedge: " + id);
        }
    }

}
