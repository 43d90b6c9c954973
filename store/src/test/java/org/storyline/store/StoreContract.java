package org.storyline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.PartialDate;
import org.storyline.model.StableId;

/**
 * The behaviour every {@link Store} must show. An implementation's test extends this class and says how to open a
 * store kept in a directory; the same directory opened again must give the same store back (durability).
 *
 * <p>Shipped in the store module's test-jar ({@code storyline-store}, type {@code test-jar}) so other modules run the
 * same suite against their implementation.
 */
public abstract class StoreContract {

    /** Data directory of the store under test; a fresh one for each test. */
    @TempDir
    protected Path dir;

    /** The store under test, opened on {@link #dir} before each test and closed after it. */
    protected Store store;

    private final List<Store> extra = new ArrayList<>();

    /** Opens (creating when needed) the store kept in {@code dir}; opening the same dir again reopens it. */
    protected abstract Store open(Path dir);

    /**
     * Whether only one store at a time may hold the full-text index of a data directory (as with a Lucene index on
     * local disk). An implementation that allows several writers on the same data returns false.
     */
    protected boolean exclusiveIndex() {
        return true;
    }

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStores() {
        for (Store s : extra) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // best effort: the test already failed or the store is already closed
            }
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Closes the store under test and opens the same data again. */
    protected Store reopen() {
        store.close();
        store = null;
        store = open(dir);
        return store;
    }

    // ---- receive / raw ---------------------------------------------------------------------------------------

    @Test
    void receivingTheSameBytesTwiceGivesTheSameReceiptCompleteOnlyOnceUnpacked() {
        byte[] bytes = "<html><body>one input</body></html>".getBytes(UTF_8);
        String sha = StableId.sha256(bytes);

        Store.InputReceipt first = store.receive("first.html", bytes);
        assertThat(first).isEqualTo(new Store.InputReceipt(sha, false, "first.html"));

        Store.InputReceipt second = store.receive("second.html", bytes);
        assertThat(second.sha256()).isEqualTo(sha);
        assertThat(second.alreadyComplete()).as("complete before unpacked()").isFalse();
        assertThat(second.firstSource()).isEqualTo("first.html");

        store.unpacked(sha, "html", 1);
        Store.InputReceipt third = store.receive("third.html", bytes);
        assertThat(third).isEqualTo(new Store.InputReceipt(sha, true, "first.html"));

        Store.Status status = store.status();
        assertThat(status.inputs()).as("one input however often received").isEqualTo(1);
        assertThat(status.rawBytes()).as("raw bytes are kept once").isEqualTo(bytes.length);
    }

    @Test
    void unpackingOneInputLeavesOthersIncomplete() {
        byte[] a = "input a".getBytes(UTF_8);
        byte[] b = "input b".getBytes(UTF_8);
        store.receive("a.txt", a);
        store.receive("b.txt", b);
        store.unpacked(StableId.sha256(a), "text", 1);

        assertThat(store.receive("a.txt", a).alreadyComplete()).isTrue();
        assertThat(store.receive("b.txt", b).alreadyComplete()).isFalse();
    }

    @Test
    void rawReturnsTheExactBytesReceived() {
        byte[] big = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(big);
        byte[] empty = new byte[0];
        byte[] small = {0, 1, 2, (byte) 0xff, 0, (byte) 0x80};

        String bigSha = store.receive("big.bin", big).sha256();
        String emptySha = store.receive("empty.bin", empty).sha256();
        String smallSha = store.receive("small.bin", small).sha256();

        assertThat(bigSha).isEqualTo(StableId.sha256(big));
        assertThat(emptySha).isEqualTo(StableId.sha256(empty));
        assertThat(store.raw(bigSha)).isEqualTo(big);
        assertThat(store.raw(emptySha)).isNotNull().isEmpty();
        assertThat(store.raw(smallSha)).isEqualTo(small);
        assertThat(store.status().rawBytes()).isEqualTo(big.length + small.length);
    }

    @Test
    void rawOfUnknownBytesFailsNamingTheHash() {
        String unknown = StableId.sha256("never stored".getBytes(UTF_8));
        assertThatThrownBy(() -> store.raw(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown);
    }

    @Test
    void articleSegmentsSurviveTheRoundTrip() {
        byte[] bytes = html("Segments lead back to the page.");
        String id = store.admit(page("https://news.example/seg", bytes)).documentId();
        String text = "First block.\n\nSecond block.";
        Article a = new Article(StableId.article(id, 0), id, 0, null, null, null, DateBasis.UNKNOWN, "en", text,
                List.of(new org.storyline.model.Segment(new org.storyline.model.Span(0, 12), new org.storyline.model.Span(15, 27)),
                        new org.storyline.model.Segment(new org.storyline.model.Span(14, 27), new org.storyline.model.Span(40, 53))));

        store.saveProcessed(document(id, "https://news.example/seg", bytes, List.of(a)), List.of(a), List.of());

        assertThat(store.articles(id)).containsExactly(a);
        assertThat(store.articles(id).getFirst().rawOffset(16)).isEqualTo(42);
    }

    /** An event using every nested record of the model. */
    protected static org.storyline.model.Event event(String id, String documentId, String articleId) {
        var span = new org.storyline.model.Span(3, 9);
        return new org.storyline.model.Event(id, org.storyline.model.EventType.ATTACK, "shooting",
                org.storyline.model.Event.Status.ATTEMPTED,
                new org.storyline.model.Event.EventDate(new PartialDate("2026-02-06"), DateBasis.RELATIVE),
                new org.storyline.model.Event.Location(null, "Moscow", "residential building on Volokolamskoye Highway"),
                List.of(new org.storyline.model.Event.Participant(org.storyline.model.Event.Role.VICTIM, "e0123456789abcdef", "Vladimir Alekseyev")),
                java.util.Map.of("killed", new org.storyline.model.Event.Count(4, org.storyline.model.Event.Qualifier.AT_LEAST)),
                List.of(new org.storyline.model.Mention(articleId, span, "shot: ")),
                List.of(documentId), 1,
                List.of(new org.storyline.model.Event.Fact("condition", "critical", List.of(documentId))),
                List.of(new org.storyline.model.Event.Disagreement("condition", List.of(
                        new org.storyline.model.Event.Fact("condition", "critical", List.of(documentId)),
                        new org.storyline.model.Event.Fact("condition", "serious", List.of("d0000000000000001"))))));
    }

    @Test
    void extractionAndCorpusSurviveTheRoundTrip() {
        byte[] bytes = html("A shooting in Moscow.");
        String id = store.admit(page("https://news.example/x", bytes)).documentId();
        Article a = article(id, 0, null, null, "A shooting in Moscow.");
        store.saveProcessed(document(id, "https://news.example/x", bytes, List.of(a)), List.of(a), List.of());
        var quote = new org.storyline.model.Quote("q0123456789abcdef", null, "Dmitry Peskov", "Special services are doing their job",
                true, "said", "without evidence", a.id(), new org.storyline.model.Span(0, 5), new org.storyline.model.Span(6, 9), null);
        var ev = event("v0123456789abcdef", id, a.id());

        store.saveExtraction(id, new Store.Extraction(List.of(quote), List.of(ev)));
        var entity = new org.storyline.model.Entity("e0123456789abcdef", org.storyline.model.EntityType.PERSON, "Vladimir Alekseyev",
                List.of("Alexeyev"), List.of(new org.storyline.model.Mention(a.id(), new org.storyline.model.Span(0, 1), "A")),
                List.of(new org.storyline.model.Attribute("age", "64", List.of(a.id()))), new org.storyline.model.Geo(55.75, 37.62, "geonames:524901"));
        var story = new org.storyline.model.Story("s0123456789abcdef", "Shooting", List.of(a.id()), List.of(ev.id()));
        store.saveCorpus(new Store.Corpus(List.of(entity), List.of(ev), List.of(quote), List.of(story)));
        reopen();

        assertThat(store.extraction(id)).isEqualTo(new Store.Extraction(List.of(quote), List.of(ev)));
        assertThat(store.corpus()).isEqualTo(new Store.Corpus(List.of(entity), List.of(ev), List.of(quote), List.of(story)));
        assertThat(store.extraction("d00000000000000ff")).isEqualTo(Store.Extraction.NONE);
    }

    // ---- admit / pending -------------------------------------------------------------------------------------

    @Test
    void admittingANewPageOpensAPendingDocumentIdentifiedByItsBytes() {
        byte[] bytes = html("A page about the harbour.");
        String sha = StableId.sha256(bytes);
        Store.InputReceipt input = store.receive("https://news.example/a", bytes);

        Store.Admission admission = store.admit(new Store.NewDocument("https://news.example/a",
                "https://news.example/a?utm=1", bytes, "text/html; charset=utf-8", "html", "Declared",
                new PartialDate("2026-02-06T10:28"), input.sha256()));

        assertThat(admission.added()).isTrue();
        assertThat(admission.documentId()).isEqualTo(StableId.document(sha));
        assertThat(store.pending(10, 3)).containsExactly(new Store.PendingDocument(admission.documentId(),
                "https://news.example/a", "https://news.example/a?utm=1", sha, "text/html; charset=utf-8", "html",
                "Declared", new PartialDate("2026-02-06T10:28"), 0));
        assertThat(store.raw(sha)).isEqualTo(bytes);
        assertThat(store.status().documents()).containsEntry("pending", 1L);
    }

    @Test
    void admittingKnownBytesUnderAnotherSourceKeepsTheFirst() {
        byte[] bytes = html("Same story, syndicated.");
        Store.Admission first = store.admit(page("https://one.example/story", bytes));
        Store.Admission again = store.admit(page("https://two.example/copy", bytes));

        assertThat(first.added()).isTrue();
        assertThat(again.added()).isFalse();
        assertThat(again.documentId()).isEqualTo(first.documentId());
        assertThat(again.existingSource()).isEqualTo("https://one.example/story");
        assertThat(store.pending(10, 3)).singleElement()
                .satisfies(p -> assertThat(p.source()).isEqualTo("https://one.example/story"));
        assertThat(documents()).hasSize(1);
        assertThat(store.status().rawBytes()).isEqualTo(bytes.length);
    }

    @Test
    void pendingListsDocumentsInAdmissionOrderAndRespectsTheLimit() {
        List<String> ids = new ArrayList<>();
        for (String source : List.of("c.html", "a.html", "e.html", "b.html", "d.html")) {
            ids.add(store.admit(page(source, html("page " + source))).documentId());
        }

        assertThat(store.pending(10, 3)).extracting(Store.PendingDocument::id).containsExactlyElementsOf(ids);
        assertThat(store.pending(2, 3)).extracting(Store.PendingDocument::id).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(store.pending(1, 3)).extracting(Store.PendingDocument::id).containsExactly(ids.getFirst());
    }

    // ---- saveProcessed ---------------------------------------------------------------------------------------

    @Test
    void processedDocumentAndArticlesComeBack() {
        byte[] bytes = html("Two dispatches.");
        String id = store.admit(page("https://news.example/live", bytes)).documentId();
        List<Article> articles = List.of(
                article(id, 0, "LONDON", "2026-02-06", "First dispatch about the harbour."),
                new Article(StableId.article(id, 1), id, 1, null, null, null, DateBasis.UNKNOWN, "en", "Second one."));
        Document doc = document(id, "https://news.example/live", bytes, articles);
        Diagnostic warning = Diagnostic.warning(null, "https://news.example/live", "clean", "boilerplate kept");

        store.saveProcessed(doc, articles, List.of(warning));

        assertThat(documents()).containsExactly(doc);
        assertThat(allArticles()).containsExactlyElementsOf(articles);
        assertThat(store.articles(id)).containsExactlyElementsOf(articles);
        assertThat(diagnostics()).containsExactly(warning.of(id));
        assertThat(store.pending(10, 3)).isEmpty();

        Store.Status status = store.status();
        assertThat(status.documents()).containsEntry("processed", 1L).containsEntry("pending", 0L);
        assertThat(status.documentCount()).isEqualTo(1);
        assertThat(status.articles()).isEqualTo(2);
        assertThat(status.warnings()).isEqualTo(1);
        assertThat(status.errors()).isEmpty();
    }

    @Test
    void articlesComeBackByIndexWhateverTheOrderSaved() {
        byte[] bytes = html("Three dispatches.");
        String id = store.admit(page("live.html", bytes)).documentId();
        List<Article> ordered = List.of(article(id, 0, null, null, "zero"), article(id, 1, null, null, "one"),
                article(id, 2, null, null, "two"));
        List<Article> shuffled = List.of(ordered.get(2), ordered.get(0), ordered.get(1));

        store.saveProcessed(document(id, "live.html", bytes, ordered), shuffled, List.of());

        assertThat(store.articles(id)).containsExactlyElementsOf(ordered);
        assertThat(allArticles()).containsExactlyElementsOf(ordered);
        assertThat(documents()).singleElement().satisfies(d -> assertThat(d.articles())
                .containsExactlyElementsOf(ordered.stream().map(Article::id).toList()));
    }

    @Test
    void processingAgainReplacesArticlesAndDiagnostics() {
        byte[] bytes = html("Reprocessed.");
        String id = store.admit(page("re.html", bytes)).documentId();
        List<Article> before = List.of(article(id, 0, null, null, "obsolete walrus text"),
                article(id, 1, null, null, "more obsolete text"), article(id, 2, null, null, "and more"));
        store.saveProcessed(document(id, "re.html", bytes, before), before, List.of(
                Diagnostic.warning(id, "re.html", "clean", "old warning 1"),
                Diagnostic.warning(id, "re.html", "segment", "old warning 2")));
        store.commit();

        List<Article> after = List.of(article(id, 0, "PARIS", "2026-02-07", "fresh pelican text"));
        Diagnostic fresh = Diagnostic.warning(id, "re.html", "clean", "new warning");
        store.saveProcessed(document(id, "re.html", bytes, after), after, List.of(fresh));
        store.commit();

        assertThat(store.articles(id)).containsExactlyElementsOf(after);
        assertThat(allArticles()).containsExactlyElementsOf(after);
        assertThat(documents()).singleElement().satisfies(d -> assertThat(d.articles()).containsExactly(after.getFirst().id()));
        assertThat(diagnostics()).containsExactly(fresh);
        Store.Status status = store.status();
        assertThat(status.articles()).isEqualTo(1);
        assertThat(status.warnings()).isEqualTo(1);
        assertThat(status.documents()).containsEntry("processed", 1L);
        assertThat(store.search("walrus", 10)).as("old articles left the index").isEmpty();
        assertThat(store.search("pelican", 10)).extracting(Store.Hit::article).containsExactly(after.getFirst().id());
    }

    @Test
    void anArticleOfAnotherDocumentIsRejected() {
        byte[] bytes = html("Mine.");
        String id = store.admit(page("mine.html", bytes)).documentId();
        String other = store.admit(page("other.html", html("Other."))).documentId();
        List<Article> articles = List.of(article(id, 0, null, null, "mine"), article(other, 0, null, null, "theirs"));

        assertThatThrownBy(() -> store.saveProcessed(document(id, "mine.html", bytes, List.of()), articles, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(other);

        assertThat(allArticles()).isEmpty();
        assertThat(store.pending(10, 3)).extracting(Store.PendingDocument::id).containsExactly(id, other);
    }

    @Test
    void savingAnUnknownDocumentFails() {
        byte[] bytes = html("Never admitted.");
        String id = StableId.document(StableId.sha256(bytes));
        List<Article> articles = List.of(article(id, 0, null, null, "ghost text"));

        assertThatThrownBy(() -> store.saveProcessed(document(id, "ghost.html", bytes, articles), articles,
                List.of(Diagnostic.warning(id, "ghost.html", "clean", "ghost warning"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(id);

        assertThat(documents()).isEmpty();
        assertThat(allArticles()).isEmpty();
        assertThat(diagnostics()).isEmpty();
        store.commit();
        assertThat(store.search("ghost", 10)).isEmpty();
    }

    // ---- saveFailed ------------------------------------------------------------------------------------------

    @Test
    void failedDocumentsAreRetriedUntilMaxAttempts() {
        String id = store.admit(page("flaky.html", html("Flaky."))).documentId();

        Diagnostic first = Diagnostic.error(null, "flaky.html", "clean", "parser blew up");
        store.saveFailed(id, first);
        assertThat(store.pending(10, 3)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.attempts()).isEqualTo(1);
        });
        assertThat(store.pending(10, 1)).as("failed once, at most one attempt").isEmpty();
        Store.Status status = store.status();
        assertThat(status.documents()).containsEntry("failed", 1L).containsEntry("pending", 0L);
        assertThat(status.errors()).contains(first.of(id));

        Diagnostic second = Diagnostic.error(id, "flaky.html", "segment", "still broken");
        store.saveFailed(id, second);
        assertThat(store.pending(10, 3)).singleElement().satisfies(p -> assertThat(p.attempts()).isEqualTo(2));
        assertThat(store.pending(10, 2)).isEmpty();
        assertThat(store.status().errors()).contains(second);

        store.saveFailed(id, second);
        assertThat(store.pending(10, 3)).isEmpty();
        assertThat(store.pending(10, 4)).extracting(Store.PendingDocument::attempts).containsExactly(3);
        assertThat(documents()).singleElement().satisfies(d -> assertThat(d.articles()).isEmpty());
    }

    @Test
    void processingAFailedDocumentClearsItsError() {
        byte[] bytes = html("Recovered.");
        String id = store.admit(page("rec.html", bytes)).documentId();
        store.saveFailed(id, Diagnostic.error(id, "rec.html", "clean", "transient"));

        List<Article> articles = List.of(article(id, 0, null, null, "recovered text"));
        store.saveProcessed(document(id, "rec.html", bytes, articles), articles, List.of());

        Store.Status status = store.status();
        assertThat(status.documents()).containsEntry("processed", 1L).containsEntry("failed", 0L);
        assertThat(status.errors()).isEmpty();
        assertThat(store.pending(10, 10)).isEmpty();
    }

    @Test
    void failingAnUnknownDocumentFails() {
        String unknown = StableId.document(StableId.sha256("nobody".getBytes(UTF_8)));
        assertThatThrownBy(() -> store.saveFailed(unknown, Diagnostic.error(unknown, "x.html", "clean", "boom")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown);
        assertThat(diagnostics()).isEmpty();
        assertThat(store.status().errors()).isEmpty();
    }

    // ---- fail / clearFailure / failures ----------------------------------------------------------------------

    @Test
    void failuresCountAttemptsAndCanBeCleared() {
        store.fail("https://gone.example/x", "fetch", "connection refused");
        assertThat(store.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("https://gone.example/x");
            assertThat(f.stage()).isEqualTo("fetch");
            assertThat(f.message()).isEqualTo("connection refused");
            assertThat(f.attempts()).isEqualTo(1);
            assertThat(f.lastAttempt()).isNotBlank();
        });

        store.fail("https://gone.example/x", "fetch", "HTTP 404");
        store.fail("missing/file.html", "read", "no such file");
        store.fail("https://gone.example/x", "decode", "HTTP 410");

        List<Store.Failure> failures = store.failures();
        assertThat(failures).extracting(Store.Failure::source).containsExactly("https://gone.example/x", "missing/file.html");
        assertThat(failures.getFirst().attempts()).isEqualTo(3);
        assertThat(failures.getFirst().message()).isEqualTo("HTTP 410");
        assertThat(failures.getFirst().stage()).isEqualTo("decode");
        assertThat(failures.get(1).attempts()).isEqualTo(1);
        assertThat(store.status().failures()).isEqualTo(failures);

        store.clearFailure("https://gone.example/x");
        store.clearFailure("never/failed.html");
        assertThat(store.failures()).extracting(Store.Failure::source).containsExactly("missing/file.html");

        store.fail("https://gone.example/x", "fetch", "again");
        assertThat(store.failures()).filteredOn(f -> f.source().equals("https://gone.example/x"))
                .singleElement().satisfies(f -> assertThat(f.attempts()).as("counting restarts after clear").isEqualTo(1));
    }

    // ---- note ------------------------------------------------------------------------------------------------

    @Test
    void documentLessDiagnosticsAreKept() {
        Diagnostic warning = Diagnostic.warning(null, "crawl.warc.gz", "ingest", "record 17 truncated");
        Diagnostic error = Diagnostic.error(null, "crawl.warc.gz", "ingest", "record 18 unreadable");
        store.note(warning);
        store.note(error);

        assertThat(diagnostics()).containsExactly(warning, error);
        assertThat(diagnostics()).allSatisfy(d -> assertThat(d.document()).isNull());
        Store.Status status = store.status();
        assertThat(status.warnings()).isEqualTo(1);
        assertThat(status.errors()).containsExactly(error);
    }

    @Test
    void diagnosticsComeBackInTheOrderRecorded() {
        byte[] bytes = html("Diagnosed.");
        String id = store.admit(page("diag.html", bytes)).documentId();
        Diagnostic loose1 = Diagnostic.warning(null, "a.warc", "ingest", "first");
        Diagnostic mine = Diagnostic.warning(id, "diag.html", "clean", "second");
        Diagnostic loose2 = Diagnostic.error(null, "b.warc", "ingest", "third");
        store.note(loose1);
        List<Article> articles = List.of(article(id, 0, null, null, "text"));
        store.saveProcessed(document(id, "diag.html", bytes, articles), articles, List.of(mine));
        store.note(loose2);

        assertThat(diagnostics()).containsExactly(loose1, mine, loose2);
    }

    // ---- search ----------------------------------------------------------------------------------------------

    @Test
    void committedArticlesAreSearchable() {
        byte[] bytes = html("Searchable.");
        String id = store.admit(page("search.html", bytes)).documentId();
        Article harbour = new Article(StableId.article(id, 0), id, 0, "Lighthouse keeper retires", "OSLO",
                new PartialDate("2026-02-06"), DateBasis.STATED, "en", "The zeppelin landed near the harbour.");
        Article other = article(id, 1, null, null, "Nothing to see here.");
        store.saveProcessed(document(id, "search.html", bytes, List.of(harbour, other)), List.of(harbour, other), List.of());
        store.commit();

        assertThat(store.search("zeppelin", 10)).singleElement().satisfies(h -> {
            assertThat(h.article()).isEqualTo(harbour.id());
            assertThat(h.document()).isEqualTo(id);
        });
        assertThat(store.search("lighthouse", 10)).as("titles are searched").extracting(Store.Hit::article)
                .containsExactly(harbour.id());
        assertThat(store.search("HARBOUR", 10)).as("case does not matter").extracting(Store.Hit::article)
                .containsExactly(harbour.id());
        assertThat(store.search("quokka", 10)).isEmpty();
    }

    @Test
    void searchRespectsTheLimitAndRanksBestFirst() {
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            byte[] bytes = html("doc " + i);
            String id = store.admit(page("s" + i + ".html", bytes)).documentId();
            String text = i == 2 ? "ferry ferry ferry ferry ferry" : "a ferry among many other words in a longer sentence " + i;
            List<Article> articles = List.of(article(id, 0, null, null, text));
            all.addAll(articles);
            store.saveProcessed(document(id, "s" + i + ".html", bytes, articles), articles, List.of());
        }
        store.commit();

        List<Store.Hit> hits = store.search("ferry", 2);
        assertThat(hits).hasSize(2);
        assertThat(hits.getFirst().article()).isEqualTo(all.get(2).id());
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(1).score());
        assertThat(store.search("ferry", 10)).hasSize(4);
    }

    @Test
    void aMalformedQueryIsAnIllegalArgumentNamingTheQuery() {
        String query = "harbour AND (unclosed";
        assertThatThrownBy(() -> store.search(query, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(query);
    }

    @Test
    void searchingAnEmptyStoreFindsNothing() {
        assertThat(store.search("anything", 10)).isEmpty();
    }

    // ---- durability ------------------------------------------------------------------------------------------

    @Test
    void everythingSurvivesCloseAndReopen() {
        byte[] input = html("The whole input.");
        String inputSha = store.receive("input.html", input).sha256();
        store.unpacked(inputSha, "html", 3);

        byte[] p1 = html("processed page");
        byte[] p2 = html("failed page");
        byte[] p3 = html("pending page");
        String processed = store.admit(new Store.NewDocument("input.html#1", null, p1, "text/html", "html", "P1",
                new PartialDate("2026-02"), inputSha)).documentId();
        String failed = store.admit(new Store.NewDocument("input.html#2", null, p2, "text/html", "html", null, null,
                inputSha)).documentId();
        store.admit(new Store.NewDocument("input.html#3", "https://x.example/3", p3, null, "text", "P3",
                new PartialDate("2025"), inputSha));
        List<Article> articles = List.of(article(processed, 0, "KYIV", "2026-02-06", "Durable marmalade report."),
                article(processed, 1, null, null, "Another durable dispatch."));
        store.saveProcessed(document(processed, "input.html#1", p1, articles), articles,
                List.of(Diagnostic.warning(processed, "input.html#1", "clean", "kept a caption")));
        store.saveFailed(failed, Diagnostic.error(failed, "input.html#2", "decode", "unknown charset"));
        store.note(Diagnostic.warning(null, "input.html", "ingest", "odd record"));
        store.fail("https://down.example/", "fetch", "timeout");
        store.commit();

        List<Document> documents = documents();
        List<Article> allArticles = allArticles();
        List<Diagnostic> diagnostics = diagnostics();
        List<Store.Failure> failures = store.failures();
        List<Store.PendingDocument> pending = store.pending(10, 3);
        Store.Status status = store.status();

        reopen();

        assertThat(documents()).isEqualTo(documents);
        assertThat(allArticles()).isEqualTo(allArticles);
        assertThat(store.articles(processed)).isEqualTo(articles);
        assertThat(diagnostics()).isEqualTo(diagnostics);
        assertThat(store.failures()).isEqualTo(failures);
        assertThat(store.pending(10, 3)).isEqualTo(pending);
        assertThat(store.status()).isEqualTo(status);
        assertThat(store.raw(inputSha)).isEqualTo(input);
        assertThat(store.raw(StableId.sha256(p2))).isEqualTo(p2);
        assertThat(store.receive("again.html", input)).isEqualTo(new Store.InputReceipt(inputSha, true, "input.html"));
        assertThat(store.admit(page("elsewhere.html", p1)))
                .isEqualTo(new Store.Admission(processed, false, "input.html#1"));
        assertThat(store.search("marmalade", 10)).extracting(Store.Hit::article).containsExactly(articles.getFirst().id());
    }

    @Test
    void savedButNeverCommittedIsSearchableAfterReopen() {
        byte[] bytes = html("Uncommitted.");
        String id = store.admit(page("u.html", bytes)).documentId();
        List<Article> articles = List.of(article(id, 0, null, null, "The uncommitted kumquat."));
        store.saveProcessed(document(id, "u.html", bytes, articles), articles, List.of());

        reopen();

        assertThat(store.search("kumquat", 10)).extracting(Store.Hit::article).containsExactly(articles.getFirst().id());
        assertThat(store.articles(id)).isEqualTo(articles);
    }

    @Test
    void aSecondStoreCannotTakeTheIndexWhileTheFirstHoldsIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(exclusiveIndex(), "this store allows several writers");
        byte[] bytes = html("Held.");
        String id = store.admit(page("held.html", bytes)).documentId();
        List<Article> articles = List.of(article(id, 0, null, null, "held text"));
        store.saveProcessed(document(id, "held.html", bytes, articles), articles, List.of());
        assertThat(store.search("held", 10)).hasSize(1);

        // Opening may be refused at once, or (for a store that opens its index lazily) on the first index use.
        Throwable refused = catchThrowable(() -> {
            Store second = open(dir);
            extra.add(second);
            second.search("held", 10);
        });
        assertThat(refused).as("second store on held data").isNotNull().hasMessageContaining("in use");

        // The first store is unaffected.
        store.commit();
        assertThat(store.search("held", 10)).hasSize(1);
    }

    // ---- order -----------------------------------------------------------------------------------------------

    @Test
    void documentsComeInSourceThenIdOrderWhateverTheirState() {
        byte[] c = html("c");
        byte[] a = html("a");
        byte[] b1 = html("b one");
        byte[] b2 = html("b two");
        byte[] b3 = html("b three");
        String cId = store.admit(page("c.html", c)).documentId();
        String aId = store.admit(page("a.html", a)).documentId();
        String b1Id = store.admit(page("b.html", b1)).documentId();
        String b2Id = store.admit(page("b.html", b2)).documentId();
        String b3Id = store.admit(page("b.html", b3)).documentId();

        List<Article> bArticles = List.of(article(b2Id, 1, null, null, "b2 second"), article(b2Id, 0, null, null, "b2 first"));
        store.saveProcessed(document(b2Id, "b.html", b2, List.of()), bArticles, List.of());
        List<Article> cArticles = List.of(article(cId, 0, null, null, "c only"));
        store.saveProcessed(document(cId, "c.html", c, List.of()), cArticles, List.of());
        store.saveFailed(b3Id, Diagnostic.error(b3Id, "b.html", "clean", "nope"));

        List<Document> docs = documents();
        List<Document> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing(Document::source).thenComparing(Document::id));
        assertThat(docs).isEqualTo(sorted);
        List<String> bIds = new ArrayList<>(List.of(b1Id, b2Id, b3Id));
        Collections.sort(bIds);
        List<String> expected = new ArrayList<>(List.of(aId));
        expected.addAll(bIds);
        expected.add(cId);
        assertThat(docs).extracting(Document::id).containsExactlyElementsOf(expected);
        assertThat(docs).extracting(Document::sha256).containsExactlyInAnyOrder(StableId.sha256(a), StableId.sha256(b1),
                StableId.sha256(b2), StableId.sha256(b3), StableId.sha256(c));

        for (Document d : docs) {
            if (d.id().equals(aId) || d.id().equals(b1Id) || d.id().equals(b3Id)) {
                assertThat(d.articles()).as("pending or failed %s", d.source()).isEmpty();
                assertThat(d.title()).isNull();
            }
        }

        List<Article> expectedArticles = new ArrayList<>();
        for (Document d : docs) {
            expectedArticles.addAll(store.articles(d.id()));
        }
        assertThat(allArticles()).containsExactlyElementsOf(expectedArticles)
                .extracting(Article::text).containsExactly("b2 first", "b2 second", "c only");

        assertThat(documents()).as("stable: the same order every time").isEqualTo(docs);
    }

    // ---- threads ---------------------------------------------------------------------------------------------

    @Test
    void concurrentAdmissionsKeepEveryPageOnce() throws Exception {
        int threads = 4;
        int perThread = 50;
        byte[] duplicate = html("the one page every thread admits");
        byte[] sharedInput = html("the one input every thread receives");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Store.Admission>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Store.Admission> duplicates = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        store.admit(page("t" + thread + "/p" + i + ".html", html("thread " + thread + " page " + i)));
                        if (i % 10 == 0) {
                            duplicates.add(store.admit(page("dup-from-" + thread + ".html", duplicate)));
                            store.receive("input-from-" + thread, sharedInput);
                        }
                    }
                    return duplicates;
                }));
            }
            start.countDown();
            List<Store.Admission> duplicates = new ArrayList<>();
            for (Future<List<Store.Admission>> f : futures) {
                duplicates.addAll(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(duplicates).filteredOn(Store.Admission::added).hasSize(1);
            assertThat(duplicates).extracting(Store.Admission::documentId).containsOnly(
                    StableId.document(StableId.sha256(duplicate)));
            String winner = duplicates.stream().filter(Store.Admission::added).findFirst().orElseThrow().existingSource();
            assertThat(duplicates).filteredOn(d -> !d.added()).extracting(Store.Admission::existingSource)
                    .containsOnly(winner);
        } finally {
            pool.shutdownNow();
        }

        int expected = threads * perThread + 1;
        assertThat(store.status().documentCount()).isEqualTo(expected);
        assertThat(documents()).hasSize(expected).extracting(Document::id).doesNotHaveDuplicates();
        assertThat(store.pending(1000, 3)).hasSize(expected);
        assertThat(store.status().inputs()).isEqualTo(1);
    }

    @Test
    void concurrentProcessingAndCommitsLoseNothing() throws Exception {
        int count = 40;
        List<String> ids = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = html("concurrent " + i);
            pages.add(bytes);
            ids.add(store.admit(page("c" + i + ".html", bytes)).documentId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String id = ids.get(n);
                    List<Article> articles = List.of(article(id, 0, null, null, "common platypus number" + n));
                    store.saveProcessed(document(id, "c" + n + ".html", pages.get(n), articles), articles, List.of());
                    if (n % 5 == 0) {
                        store.commit();
                    }
                    store.status();
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        store.commit();

        assertThat(store.status().documents()).containsEntry("processed", (long) count);
        assertThat(store.search("platypus", 1000)).hasSize(count);
        reopen();
        assertThat(store.search("platypus", 1000)).hasSize(count);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A small HTML page holding {@code text}. */
    protected static byte[] html(String text) {
        return ("<html><body><p>" + text + "</p></body></html>").getBytes(UTF_8);
    }

    /** A page as ingest would hand it over, not tied to a received input. */
    protected static Store.NewDocument page(String source, byte[] bytes) {
        return new Store.NewDocument(source, null, bytes, "text/html", "html", null, null, null);
    }

    /** An article of {@code documentId}; a date means basis stated, no date means basis unknown. */
    protected static Article article(String documentId, int index, String dateline, String date, String text) {
        return new Article(StableId.article(documentId, index), documentId, index, "Title " + index, dateline,
                date == null ? null : new PartialDate(date), date == null ? DateBasis.UNKNOWN : DateBasis.STATED, "en", text);
    }

    /** The processed document, as {@code forEachDocument} should give it back after saving {@code articles}. */
    protected static Document document(String id, String source, byte[] bytes, List<Article> articles) {
        return new Document(id, source, StableId.sha256(bytes), "Title of " + source, new PartialDate("2026-02-06T10:28"),
                "Example News", "By A. Reporter", "en", articles.stream().map(Article::id).toList());
    }

    protected List<Document> documents() {
        List<Document> out = new ArrayList<>();
        store.forEachDocument(out::add);
        return out;
    }

    protected List<Article> allArticles() {
        List<Article> out = new ArrayList<>();
        store.forEachArticle(out::add);
        return out;
    }

    protected List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        store.forEachDiagnostic(out::add);
        return out;
    }
}
