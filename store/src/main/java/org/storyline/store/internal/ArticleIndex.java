package org.storyline.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.storyline.model.EventType;
import org.storyline.model.PartialDate;
import org.storyline.model.Quote;
import org.storyline.store.FacetCount;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchRequest;
import org.storyline.store.SearchResults;
import org.storyline.store.Store;

/**
 * The Lucene index searched by the store: one Lucene document per article and one per quote, each carrying its
 * article's corpus fields (event types, places, countries, entities, story, disagreement) as filters and facets.
 *
 * <p>Design decision: readers see the index only as of a commit. The searcher is refreshed right after each commit,
 * under a write lock that waits for puts in flight, so a search never sees a document half replaced, and a corpus
 * update (every document rebuilt with the new corpus fields) is one commit: old state or new, never a mix. Each
 * searcher carries the corpus labels and facet state of its own commit.
 *
 * <p>Design decision: with both kinds searched, a word in an article's title counts {@value #TITLE_BOOST} times as
 * much as one in its text, and a quote's score is multiplied by {@value #QUOTE_WEIGHT}. A quote and an article share
 * the text field (so a word is as rare in one as in the other), and BM25 measures a match against that field's
 * average length: a one-line quote is far shorter than the average and an article far longer, so a quote holding the
 * word once outranked the article it came from, even one with the word in its title and all through its text. The
 * title is the surest sign of what an article is about; the quote weight takes back about what shortness gives a
 * one-line quote, and a milder length normalisation ({@value #LENGTH_NORMALISATION} instead of 0.75) the rest, so a
 * quote ranks first when it matches clearly better, not merely for being short. With one kind asked for, the quote
 * weight is not applied.
 */
final class ArticleIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String DOCUMENT = "document";
    private static final String ARTICLE = "article";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** How much more a word in an article's title weighs than one in its text. */
    static final float TITLE_BOOST = 2f;
    /**
     * BM25's b: how much a text's length discounts its matches. Lucene's default 0.75 let one-line quotes outrank
     * the articles they come from (a match in a short text counts for more); at 0.3 an article that uses the words
     * several times ranks above a quote holding them once, and a long article still pays something for its length.
     */
    static final float LENGTH_NORMALISATION = 0.3f;
    /** What a quote's relevance is multiplied by when articles and quotes are ranked together. */
    static final float QUOTE_WEIGHT = 0.5f;
    /** The title shown with a hit (an article's, for a quote its article's); stored, not searched. */
    private static final String HEADING = "heading";
    private static final String SPEAKER = "speaker";
    /** A quote's resolved speaker (an entity id), its reporting verb and the reporter's hedge; stored, not searched. */
    private static final String SPEAKER_ENTITY = "speaker_entity";
    private static final String CUE = "cue";
    private static final String HEDGE = "hedge";
    private static final String OUTLET = "outlet";
    private static final String DATE = "date";
    private static final String TYPE = "type";
    private static final String PLACE = "place";
    private static final String COUNTRY = "country";
    private static final String ENTITY = "entity";
    private static final String STORY = "story";
    private static final String DISAGREEMENT = "disagreement";
    private static final String MONTH = "month";
    /** Bumped whenever the fields change: an index of another schema is rebuilt from the database when opened. */
    static final String SCHEMA = "3";
    private static final String SCHEMA_KEY = "storyline.schema";
    /** Sorts after every character a date holds, so "2026-01~" is past every day and time of January. */
    private static final String AFTER_DATES = "~";
    private static final int MAX_SNIPPETS = 3;
    private static final int TOP_ENTITIES = 20;
    private static final int TOP_VALUES = 50;

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** The corpus fields documents are indexed with; replaced by {@link #rebuild}. */
    private volatile CorpusFields fields;
    private final boolean current;

    /** One article with what the index needs of its document. */
    record Entry(String article, String document, String title, String text, PartialDate date, String outlet) {
    }

    /** A searcher over one commit, with the corpus labels and facet state that belong to it. */
    private static final class Snapshot extends IndexSearcher {
        final CorpusFields fields;
        final SortedSetDocValuesReaderState facets;

        Snapshot(IndexReader reader, CorpusFields fields, SortedSetDocValuesReaderState facets) {
            super(reader);
            setSimilarity(new org.apache.lucene.search.similarities.BM25Similarity(1.2f, LENGTH_NORMALISATION));
            this.fields = fields;
            this.facets = facets;
        }
    }

    ArticleIndex(Path dir, CorpusFields fields) {
        this.fields = fields;
        for (String dim : List.of(TYPE, COUNTRY, ENTITY)) {
            facetsConfig.setMultiValued(dim, true);
        }
        try {
            writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64));
            Map<String, String> data = new LinkedHashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            current = SCHEMA.equals(data.get(SCHEMA_KEY));
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    return new Snapshot(reader, ArticleIndex.this.fields, facetState(reader));
                }
            });
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the index in " + dir + " is in use by another storyline process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether the index on disk was built with the current fields (else it needs a {@link #rebuild}). */
    boolean current() {
        return current;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException e) {
            return null; // no document carries a facet yet
        }
    }

    /**
     * Replaces the articles and quotes of a document, with the corpus fields known now; searchable after the next
     * {@link #commit()}.
     *
     * @param extraction what the extract stage found in the document (its quotes, and event types until a corpus
     *                   pass knows the articles)
     */
    void put(String documentId, List<Entry> entries, Store.Extraction extraction) {
        lock.readLock().lock();
        try {
            writer.deleteDocuments(new Term(DOCUMENT, documentId));
            CorpusFields now = fields;
            for (Entry e : entries) {
                add(e, now, extraction);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + documentId + ": " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Indexes every article again with new corpus fields, and commits once: a search sees the old index or the new
     * one, never a mix.
     *
     * @param entries      calls its argument with every article of every processed document
     * @param extractionOf the extraction of a document, asked only for documents the corpus does not know
     * @return how many articles were indexed
     */
    int rebuild(CorpusFields next, Consumer<Consumer<Entry>> entries, Function<String, Store.Extraction> extractionOf) {
        lock.writeLock().lock();
        try {
            writer.deleteAll();
            int[] count = {0};
            Map<String, Store.Extraction> lastExtraction = new java.util.HashMap<>(); // entries come by document
            entries.accept(e -> {
                Store.Extraction extraction = Store.Extraction.NONE;
                if (!next.knows(e.article())) {
                    if (!lastExtraction.containsKey(e.document())) {
                        lastExtraction.clear();
                        lastExtraction.put(e.document(), extractionOf.apply(e.document()));
                    }
                    extraction = lastExtraction.get(e.document());
                }
                try {
                    add(e, next, extraction);
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot index article " + e.article() + ": " + ex.getMessage(), ex);
                }
                count[0]++;
            });
            fields = next;
            commitLocked();
            return count[0];
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException ignored) {
                // the writer is closed either way; the error below says why
            }
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void add(Entry e, CorpusFields corpus, Store.Extraction extraction) throws IOException {
        CorpusFields.OfArticle known = corpus.of(e.article());
        if (!corpus.knows(e.article())) {
            Set<String> types = new java.util.TreeSet<>();
            extraction.events().stream().filter(v -> v.mentions().stream().anyMatch(m -> m.article().equals(e.article())))
                    .forEach(v -> types.add(v.type().label()));
            known = new CorpusFields.OfArticle(types, known.places(), known.countries(), known.entities(), known.story(),
                    known.disagreement());
        }
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(ID, e.article(), Field.Store.YES));
        doc.add(new StringField(KIND, "article", Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(KIND, "article"));
        common(doc, e, known);
        if (e.title() != null) {
            doc.add(new Field(TITLE, e.title(), TextField.TYPE_NOT_STORED));
        }
        doc.add(new Field(TEXT, e.text(), TEXT_WITH_OFFSETS));
        writer.addDocument(facetsConfig.build(doc));

        List<Quote> quotes = corpus.knows(e.article()) ? corpus.quotesOf(e.article())
                : extraction.quotes().stream().filter(q -> q.article().equals(e.article())).map(corpus::resolved).toList();
        for (Quote q : quotes) {
            var qd = new org.apache.lucene.document.Document();
            qd.add(new StringField(ID, q.id(), Field.Store.YES));
            qd.add(new StringField(KIND, "quote", Field.Store.YES));
            qd.add(new SortedSetDocValuesFacetField(KIND, "quote"));
            CorpusFields.OfArticle withSpeaker = known;
            if (q.speakerEntity() != null && !known.entities().contains(q.speakerEntity())) {
                Set<String> entities = new java.util.TreeSet<>(known.entities());
                entities.add(q.speakerEntity());
                withSpeaker = new CorpusFields.OfArticle(known.types(), known.places(), known.countries(), entities,
                        known.story(), known.disagreement());
            }
            common(qd, e, withSpeaker);
            if (q.speakerText() != null) {
                qd.add(new Field(SPEAKER, q.speakerText(), TextField.TYPE_STORED));
            }
            stored(qd, SPEAKER_ENTITY, q.speakerEntity());
            stored(qd, CUE, q.cue());
            stored(qd, HEDGE, q.hedge());
            qd.add(new Field(TEXT, q.text(), TEXT_WITH_OFFSETS));
            writer.addDocument(facetsConfig.build(qd));
        }
    }

    private static void stored(org.apache.lucene.document.Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    /** The fields an article and its quotes share: where they are, when, who published them, and the corpus fields. */
    private static void common(org.apache.lucene.document.Document doc, Entry e, CorpusFields.OfArticle c) {
        doc.add(new StringField(ARTICLE, e.article(), Field.Store.YES));
        doc.add(new StringField(DOCUMENT, e.document(), Field.Store.YES));
        if (e.title() != null) {
            doc.add(new StoredField(HEADING, e.title()));
        }
        if (e.outlet() != null && !e.outlet().isBlank()) {
            doc.add(new StringField(OUTLET, e.outlet(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(OUTLET, e.outlet()));
        }
        if (e.date() != null) {
            String date = e.date().value();
            doc.add(new StringField(DATE, date, Field.Store.YES));
            doc.add(new SortedDocValuesField(DATE, new org.apache.lucene.util.BytesRef(date)));
            if (date.length() >= 7) {
                doc.add(new SortedSetDocValuesFacetField(MONTH, date.substring(0, 7)));
            }
        }
        for (String t : c.types()) {
            doc.add(new StringField(TYPE, t, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TYPE, t));
        }
        for (String p : c.places()) {
            doc.add(new StringField(PLACE, p, Field.Store.NO));
        }
        for (String cc : c.countries()) {
            doc.add(new StringField(COUNTRY, cc, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(COUNTRY, cc));
        }
        for (String en : c.entities()) {
            doc.add(new StringField(ENTITY, en, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ENTITY, en));
        }
        if (c.story() != null) {
            doc.add(new StringField(STORY, c.story(), Field.Store.YES));
        }
        if (c.disagreement()) {
            doc.add(new StringField(DISAGREEMENT, "true", Field.Store.NO));
        }
    }

    /** Commits what was put and makes it searchable. */
    void commit() {
        lock.writeLock().lock();
        try {
            commitLocked();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void commitLocked() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Articles whose title or text match a Lucene query, best first. */
    List<Store.Hit> search(String queryText, int limit) {
        Query words = parse(queryText);
        Query query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, "article")), BooleanClause.Occur.FILTER).build();
        return withSearcher(searcher -> {
            List<Store.Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                var doc = searcher.storedFields().document(sd.doc, Set.of(ID, DOCUMENT));
                hits.add(new Store.Hit(doc.get(ID), doc.get(DOCUMENT), sd.score));
            }
            return hits;
        });
    }

    SearchResults search(SearchRequest r) {
        Query words = r.text().isEmpty() ? null : parse(r.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query ranked = words == null || r.kind() != SearchRequest.Kind.ANY ? words
                : FunctionScoreQuery.boostByQuery(words, new TermQuery(new Term(KIND, "quote")), QUOTE_WEIGHT);
        b.add(words == null ? new MatchAllDocsQuery() : ranked, words == null ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        if (r.kind() != SearchRequest.Kind.ANY) {
            b.add(new TermQuery(new Term(KIND, r.kind().label())), BooleanClause.Occur.FILTER);
        }
        if (!r.types().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (EventType t : r.types()) {
                any.add(new TermQuery(new Term(TYPE, t.label())), BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            b.add(TermRangeQuery.newStringRange(DATE, r.from() == null ? null : r.from().value(),
                    r.to() == null ? null : r.to().value() + AFTER_DATES, true, true), BooleanClause.Occur.FILTER);
        }
        filter(b, PLACE, r.place());
        filter(b, COUNTRY, r.country());
        filter(b, ENTITY, r.entity());
        filter(b, OUTLET, r.outlet());
        if (r.disagreement()) {
            filter(b, DISAGREEMENT, "true");
        }
        Query query = b.build();
        SortField newest = new SortField(DATE, SortField.Type.STRING, true);
        newest.setMissingValue(SortField.STRING_FIRST);
        Sort sort = r.sort() == SearchRequest.Sort.DATE
                ? new Sort(newest, SortField.FIELD_SCORE, SortField.FIELD_DOC)
                : new Sort(SortField.FIELD_SCORE, newest);
        int wanted = r.offset() + r.limit();
        return withSearcher(searcher -> {
            Snapshot snapshot = (Snapshot) searcher;
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, wanted, sort, true,
                    new FacetsCollectorManager());
            FacetsCollector fc = found.facetsCollector();
            long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            ScoreDoc[] page = found.topDocs().scoreDocs;
            int from = Math.min(r.offset(), page.length);
            ScoreDoc[] slice = java.util.Arrays.copyOfRange(page, from, page.length);
            String[] snippets = snippets(searcher, words, slice);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < slice.length; i++) {
                var doc = searcher.storedFields().document(slice[i].doc);
                String date = doc.get(DATE);
                float score = Float.isNaN(slice[i].score) ? 1f : slice[i].score;
                boolean quote = "quote".equals(doc.get(KIND));
                hits.add(new SearchHit(quote ? SearchRequest.Kind.QUOTE : SearchRequest.Kind.ARTICLE,
                        doc.get(ID), doc.get(ARTICLE), doc.get(DOCUMENT), doc.get(HEADING), doc.get(OUTLET),
                        date == null ? null : new PartialDate(date), words == null ? 1f : score, split(snippets[i]),
                        doc.get(SPEAKER), doc.get(SPEAKER_ENTITY), doc.get(CUE), doc.get(HEDGE)));
            }
            return new SearchResults(total, hits, facets(snapshot, fc));
        });
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private Query parse(String text) {
        try {
            return new MultiFieldQueryParser(new String[] {TITLE, TEXT, SPEAKER}, analyzer, Map.of(TITLE, TITLE_BOOST))
                    .parse(text);
        } catch (ParseException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("not a valid search query: " + text + " (" + why + ")", e);
        }
    }

    private String[] snippets(IndexSearcher searcher, Query words, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(1)
                .build();
        Query q = words == null ? new MatchAllDocsQuery() : words;
        return highlighter.highlightFields(new String[] {TEXT}, q, ids, new int[] {MAX_SNIPPETS}).get(TEXT);
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(String.valueOf(MarkFormatter.SEPARATOR))).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }

    private Map<String, List<FacetCount>> facets(Snapshot snapshot, FacetsCollector fc) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        SearchResults.FACETS.forEach(f -> out.put(f, List.of()));
        if (snapshot.facets == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snapshot.facets, fc);
        Set<String> dims = new java.util.HashSet<>();
        snapshot.facets.getDims().forEach(dims::add);
        for (String dim : SearchResults.FACETS) {
            if (!dims.contains(dim)) {
                continue;
            }
            FacetResult result = switch (dim) {
                case MONTH -> counts.getAllChildren(dim);
                case ENTITY -> counts.getTopChildren(TOP_ENTITIES, dim);
                default -> counts.getTopChildren(TOP_VALUES, dim);
            };
            if (result == null) {
                continue;
            }
            List<FacetCount> list = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                if (lv.value.longValue() > 0) {
                    list.add(new FacetCount(lv.label, snapshot.fields.label(dim, lv.label), lv.value.longValue()));
                }
            }
            list.sort(MONTH.equals(dim) ? Comparator.comparing(FacetCount::value)
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            out.put(dim, List.copyOf(list));
        }
        return out;
    }

    private interface Read<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    int size() {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index: " + e.getMessage(), e);
        }
    }
}
