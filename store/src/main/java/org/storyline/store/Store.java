package org.storyline.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.storyline.model.Article;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.PartialDate;

/**
 * Where everything the engine knows is kept: raw bytes (content-addressed), documents and their dispatches,
 * diagnostics and failures, and a full-text index.
 *
 * <p>Implementations are safe for use by several threads. Every write is durable when the method returns, so a
 * process killed at any point loses at most the call in flight; {@link #commit()} makes index updates searchable.
 */
public interface Store extends AutoCloseable {

    /**
     * Keeps the raw bytes of one input (a file, a fetched URL) before anything else is done with them.
     *
     * @return whether the same bytes were already received and fully unpacked, and under what name
     */
    InputReceipt receive(String source, byte[] bytes);

    /** Marks an input as fully unpacked into {@code pages} documents, with its sniffed format. */
    void unpacked(String inputSha256, String format, int pages);

    /** Keeps one page's raw bytes and opens a pending document for it, unless the same bytes are already stored. */
    Admission admit(NewDocument page);

    /** Records an input that could not be read (missing file, unreachable URL), to show and to retry. */
    void fail(String source, String stage, String message);

    /** Forgets a recorded failure once its input has been read. */
    void clearFailure(String source);

    /** Inputs whose last attempt failed, oldest first. */
    List<Failure> failures();

    /** Records a diagnostic that belongs to no document (a bad record inside an archive). */
    void note(Diagnostic diagnostic);

    /** Documents waiting for processing, or failed fewer than {@code maxAttempts} times, in admission order. */
    List<PendingDocument> pending(int limit, int maxAttempts);

    /** The raw bytes with this SHA-256; fails when there are none. */
    byte[] raw(String sha256);

    /**
     * Saves what the stages made of a document (replacing any earlier result) and marks it processed.
     *
     * @param annotations what the language stage read in each article (articles without any may be left out)
     */
    void saveProcessed(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                       List<Diagnostic> diagnostics);

    /**
     * Saves what the stages made of a document, extraction included (replacing any earlier result), and marks it
     * processed.
     */
    default void saveProcessed(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                               Extraction extraction, List<Diagnostic> diagnostics) {
        saveProcessed(document, articles, annotations, diagnostics);
        saveExtraction(document.id(), extraction);
    }

    /** Saves the quotes and events found in a processed document, replacing earlier ones. */
    void saveExtraction(String documentId, Extraction extraction);

    /** The quotes and events found in a document (empty when none were saved). */
    Extraction extraction(String documentId);

    /** Replaces the corpus-wide results, and updates the search index with them in one commit. */
    void saveCorpus(Corpus corpus);

    /** The corpus-wide results last saved (empty before the first corpus pass). */
    Corpus corpus();

    /** Saves a document whose articles carry no language annotations. */
    default void saveProcessed(Document document, List<Article> articles, List<Diagnostic> diagnostics) {
        saveProcessed(document, articles, List.of(), diagnostics);
    }

    /** The language annotations of one article (empty when it has none). */
    ArticleAnnotations annotations(String articleId);

    /** Marks a document as failed by a stage, with the reason; it stays retryable. */
    void saveFailed(String documentId, Diagnostic error);

    /** Makes everything saved so far searchable. */
    void commit();

    Status status();

    /** Every document in a stable order (source, then id), processed or not. */
    void forEachDocument(Consumer<Document> action);

    /** Every article, by document in the order of {@link #forEachDocument}, then by index. */
    void forEachArticle(Consumer<Article> action);

    /** The articles of one document, by index. */
    List<Article> articles(String documentId);

    /** Every diagnostic, document-less ones included, in the order recorded. */
    void forEachDiagnostic(Consumer<Diagnostic> action);

    /** Articles whose title or text match a Lucene query, best first. */
    List<Hit> search(String query, int limit);

    /**
     * Articles and quotes matching words and filters, one page of them in the requested order, with the total and
     * facet counts over every match. A search sees the index as of one commit, never part of a corpus update.
     *
     * @throws IllegalArgumentException when the words are not a valid query, naming the query
     */
    SearchResults search(SearchRequest request);

    @Override
    void close();

    /** What the extract stage found in one document. */
    record Extraction(List<Quote> quotes, List<Event> events) {
        public static final Extraction NONE = new Extraction(List.of(), List.of());

        public Extraction {
            quotes = List.copyOf(quotes);
            events = List.copyOf(events);
        }
    }

    /** The corpus-wide results: entities across documents, events merged across outlets, quotes, stories. */
    record Corpus(List<Entity> entities, List<Event> events, List<Quote> quotes, List<Story> stories) {
        public static final Corpus EMPTY = new Corpus(List.of(), List.of(), List.of(), List.of());

        public Corpus {
            entities = List.copyOf(entities);
            events = List.copyOf(events);
            quotes = List.copyOf(quotes);
            stories = List.copyOf(stories);
        }
    }

    /** A received input: its hash and whether it was already complete, and under which source. */
    record InputReceipt(String sha256, boolean alreadyComplete, String firstSource) {
    }

    /**
     * A page to keep.
     *
     * @param inputSha256 the input it came from (the same as its own hash when the input is the page)
     * @param format      html or text
     */
    record NewDocument(String source, String url, byte[] bytes, String contentType, String format, String title,
                       PartialDate published, String inputSha256) {
        public NewDocument {
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(bytes, "bytes must not be null");
            Objects.requireNonNull(format, "format must not be null");
        }
    }

    /** The outcome of {@link #admit}: the document's id, and whether it is new or the bytes were known. */
    record Admission(String documentId, boolean added, String existingSource) {
    }

    /** A document waiting for the stages, with what they need to read its raw bytes. */
    record PendingDocument(String id, String source, String url, String sha256, String contentType, String format,
                           String declaredTitle, PartialDate declaredPublished, int attempts) {
    }

    /** An input that could not be read, with how often it was tried. */
    record Failure(String source, String stage, String message, int attempts, String lastAttempt) {
    }

    /** A search result. */
    record Hit(String article, String document, float score) {
    }

    /**
     * Counts for {@code storyline status}.
     *
     * @param documents documents by state (pending, processed, failed)
     * @param errors    error diagnostics, newest last
     */
    record Status(long inputs, long rawBytes, Map<String, Long> documents, long articles, List<Failure> failures,
                  List<Diagnostic> errors, long warnings) {
        public long documentCount() {
            return documents.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
