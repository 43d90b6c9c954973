package org.storyline.extract.quotes;

import java.util.List;
import java.util.Objects;
import org.storyline.extract.internal.quotes.QuoteRules;
import org.storyline.language.Annotated;
import org.storyline.model.Quote;

/**
 * Finds who said what in an article: direct quotations (curly, straight and doubled-apostrophe marks, over several
 * paragraphs, interrupted by their attribution), indirect speech ("said that", "claimed", "told reporters", "wrote
 * on Telegram", "according to"), the speaker as the article names them, the cue, and the reporter's hedge.
 *
 * <ul>
 *   <li>The speaker is resolved within the article: a pronoun to the nearest compatible person before it (earlier
 *       speakers and sentence subjects first), "the mayor" to the person introduced as mayor, a surname to the
 *       fullest form of the name mentioned before ("Peskov" to "Dmitry Peskov"). {@link Quote#speakerSpan()} is
 *       where that name is; a role or group that names no one ("the ministry", "officials") is kept as written, as the
 *       whole noun phrase ("Russian investigators", never the bare "Russian"). An organisation named after the words
 *       for its kind is that organisation ("TASS" for "Russian state news agency TASS").
 *       Entities are resolved later, so {@link Quote#speakerEntity()} is null.</li>
 *   <li>The hedge is the reporter's framing found outside what was said, in the attribution's sentence ("claimed
 *       without evidence", "allegedly", "citing investigators", "according to unofficial reports") or a disclaimer
 *       in the next one ("it was not possible to independently verify").</li>
 *   <li>Design decision: one quote is one contiguous run of words, so that {@code text} is always
 *       {@code span.of(articleText)}. What one speaker said in one act of saying but in several runs (“A,” he said.
 *       “B.”; a quotation over several paragraphs; "A, he said, B") gives several quotes that share the speaker and
 *       {@link Quote#cueSpan()}. A direct quote's span is inside the quotation marks.</li>
 * </ul>
 *
 * <p>Thread-safe and deterministic: the same text and annotations give the same quotes with the same ids.
 */
public final class QuoteFinder {
    private static final QuoteFinder ENGLISH = new QuoteFinder();

    private QuoteFinder() {
    }

    /** The finder for English news text. */
    public static QuoteFinder english() {
        return ENGLISH;
    }

    /**
     * The quotes of one article, in text order.
     *
     * @param articleId the article's id ("a…"), which the quote ids derive from
     * @param text      the article's clean text
     * @param annotated the language stage's annotations of exactly that text
     */
    public List<Quote> find(String articleId, String text, Annotated annotated) {
        Objects.requireNonNull(articleId, "article id must not be null");
        Objects.requireNonNull(text, "article text must not be null");
        Objects.requireNonNull(annotated, "annotations must not be null");
        if (articleId.length() < 2 || articleId.charAt(0) != 'a') {
            throw new IllegalArgumentException("article id must start with 'a' and not be empty: " + articleId);
        }
        return QuoteRules.find(articleId, text, annotated);
    }
}
