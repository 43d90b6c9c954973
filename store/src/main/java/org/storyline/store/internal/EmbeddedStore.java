package org.storyline.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.storyline.model.Article;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.CountMention;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.NameMention;
import org.storyline.model.Span;
import org.storyline.model.TimeMention;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.PartialDate;
import org.storyline.model.Severity;
import org.storyline.model.StableId;
import org.storyline.store.SearchRequest;
import org.storyline.store.SearchResults;
import org.storyline.store.Store;

/**
 * The embedded store: one data directory with a SQLite database ({@code storyline.db}, schema by Flyway) and a
 * Lucene index ({@code index/}).
 *
 * <p>Design decision: one connection serialises all SQL; SQLite allows one writer at a time anyway, and the stages,
 * not the store, are where the CPU goes. The Lucene writer opens on first use, so read-only commands (status,
 * export) work while a run holds the index.
 */
public final class EmbeddedStore implements Store {
    private final Path dir;
    private final Connection db;
    private ArticleIndex index;
    private final Set<String> unindexed = new HashSet<>();

    public EmbeddedStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + dir.resolve("storyline.db");
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        Flyway.configure().dataSource(source).locations("classpath:db/migration/embedded")
                .loggers("slf4j").load().migrate();
        try {
            db = source.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized InputReceipt receive(String source, byte[] bytes) {
        String sha = StableId.sha256(bytes);
        return tx(() -> {
            putBlob(sha, bytes);
            try (PreparedStatement q = db.prepareStatement("SELECT source, complete FROM input WHERE sha256 = ?")) {
                q.setString(1, sha);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return new InputReceipt(sha, rs.getInt(2) == 1, rs.getString(1));
                    }
                }
            }
            update("INSERT INTO input (sha256, source, received_at) VALUES (?, ?, ?)", sha, source, now());
            return new InputReceipt(sha, false, source);
        });
    }

    @Override
    public synchronized void unpacked(String inputSha256, String format, int pages) {
        tx(() -> update("UPDATE input SET complete = 1, format = ?, pages = ? WHERE sha256 = ?", format, pages, inputSha256));
    }

    @Override
    public synchronized Admission admit(NewDocument page) {
        String sha = StableId.sha256(page.bytes());
        return tx(() -> {
            try (PreparedStatement q = db.prepareStatement("SELECT id, source FROM document WHERE sha256 = ?")) {
                q.setString(1, sha);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return new Admission(rs.getString(1), false, rs.getString(2));
                    }
                }
            }
            putBlob(sha, page.bytes());
            String id = StableId.document(sha);
            update("INSERT INTO document (id, sha256, input_sha256, source, url, content_type, format, declared_title,"
                            + " declared_published, admitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, sha, page.inputSha256(), page.source(), page.url(), page.contentType(), page.format(), page.title(),
                    page.published() == null ? null : page.published().value(), now());
            return new Admission(id, true, page.source());
        });
    }

    private void putBlob(String sha, byte[] bytes) throws SQLException {
        if (!query("SELECT 1 FROM blob WHERE sha256 = ?", rs -> 1, sha).isEmpty()) {
            return;
        }
        byte[] deflated = RawCodec.deflate(bytes);
        if (deflated != null) {
            update("INSERT INTO blob (sha256, size, data, encoding) VALUES (?, ?, ?, 'deflate')", sha, bytes.length, deflated);
        } else {
            update("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", sha, bytes.length, bytes);
        }
    }

    @Override
    public synchronized void fail(String source, String stage, String message) {
        String at = now();
        tx(() -> update("INSERT INTO failure (source, stage, message, attempts, first_attempt, last_attempt)"
                + " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (source) DO UPDATE SET stage = excluded.stage,"
                + " message = excluded.message, attempts = attempts + 1, last_attempt = excluded.last_attempt",
                source, stage, message, at, at));
    }

    @Override
    public synchronized void clearFailure(String source) {
        tx(() -> update("DELETE FROM failure WHERE source = ?", source));
    }

    @Override
    public synchronized List<Failure> failures() {
        return query("SELECT source, stage, message, attempts, last_attempt FROM failure ORDER BY first_attempt, source",
                rs -> new Failure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
    }

    @Override
    public synchronized void note(Diagnostic d) {
        tx(() -> {
            insertDiagnostic(d);
            return null;
        });
    }

    @Override
    public synchronized List<PendingDocument> pending(int limit, int maxAttempts) {
        return query("SELECT id, source, url, sha256, content_type, format, declared_title, declared_published, attempts"
                        + " FROM document WHERE state = 'pending' OR (state = 'failed' AND attempts < ?) ORDER BY seq LIMIT ?",
                rs -> new PendingDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), date(rs.getString(8)), rs.getInt(9)),
                maxAttempts, limit);
    }

    @Override
    public synchronized byte[] raw(String sha256) {
        List<byte[]> found = query("SELECT data, encoding, size FROM blob WHERE sha256 = ?",
                rs -> "deflate".equals(rs.getString(2)) ? RawCodec.inflate(rs.getBytes(1), rs.getInt(3)) : rs.getBytes(1), sha256);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no raw bytes stored with sha256 " + sha256);
        }
        return found.getFirst();
    }

    @Override
    public void saveProcessed(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                              List<Diagnostic> diagnostics) {
        saveRows(document, articles, annotations, diagnostics);
        indexDocument(document, articles, extraction(document.id()));
    }

    @Override
    public void saveProcessed(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                              Extraction extraction, List<Diagnostic> diagnostics) {
        saveRows(document, articles, annotations, diagnostics);
        saveExtractionRows(document.id(), extraction);
        indexDocument(document, articles, extraction);
    }

    private void saveRows(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                          List<Diagnostic> diagnostics) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Article a : articles) {
            if (!a.document().equals(document.id())) {
                throw new IllegalArgumentException("article " + a.id() + " belongs to " + a.document() + ", not " + document.id());
            }
            ids.add(a.id());
        }
        for (ArticleAnnotations an : annotations) {
            if (!ids.contains(an.article())) {
                throw new IllegalArgumentException("annotations of " + an.article() + ", which is not an article of " + document.id());
            }
        }
        synchronized (this) {
            tx(() -> {
                int changed = update("UPDATE document SET state = 'processed', attempts = attempts + 1, title = ?, published = ?,"
                                + " outlet = ?, byline = ?, language = ?, indexed = 0, processed_at = ? WHERE id = ?",
                        document.title(), document.published() == null ? null : document.published().value(),
                        document.outlet(), document.byline(), document.language(), now(), document.id());
                if (changed != 1) {
                    throw new IllegalArgumentException("no document " + document.id() + " in the store");
                }
                update("DELETE FROM article WHERE document_id = ?", document.id());
                update("DELETE FROM diagnostic WHERE document_id = ?", document.id());
                for (Article a : articles) {
                    update("INSERT INTO article (id, document_id, idx, title, dateline, date, date_basis, language, text, segments)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.document(), a.index(), a.title(), a.dateline(),
                            a.date() == null ? null : a.date().value(), a.dateBasis().label(), a.language(), a.text(),
                            Segments.format(a.segments()));
                }
                for (ArticleAnnotations an : annotations) {
                    insertAnnotations(an);
                }
                for (Diagnostic d : diagnostics) {
                    insertDiagnostic(d.of(document.id()));
                }
                return null;
            });
        }
    }

    private void indexDocument(Document document, List<Article> articles, Extraction extraction) {
        List<ArticleIndex.Entry> entries = articles.stream().map(a -> new ArticleIndex.Entry(a.id(), a.document(),
                a.title() != null ? a.title() : document.title(), a.text(), a.date() != null ? a.date() : document.published(),
                document.outlet())).toList();
        index().put(document.id(), entries, extraction);
        // Only once its articles are in the index writer may a commit() mark the document indexed.
        synchronized (this) {
            unindexed.add(document.id());
        }
    }

    /** Every article with what the index needs of its document, by document; calls {@code action} holding the lock. */
    private synchronized void forEachEntry(String documentId, Consumer<ArticleIndex.Entry> action) {
        String sql = "SELECT a.id, a.document_id, COALESCE(a.title, d.title), a.text, COALESCE(a.date, d.published), d.outlet"
                + " FROM article a JOIN document d ON d.id = a.document_id"
                + (documentId == null ? "" : " WHERE a.document_id = ?") + " ORDER BY a.document_id, a.idx";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            if (documentId != null) {
                st.setString(1, documentId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    action.accept(new ArticleIndex.Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            date(rs.getString(5)), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store in " + dir + ": " + e.getMessage(), e);
        }
    }

    private List<ArticleIndex.Entry> entries(String documentId) {
        List<ArticleIndex.Entry> out = new ArrayList<>();
        forEachEntry(documentId, out::add);
        return out;
    }

    @Override
    public synchronized void saveFailed(String documentId, Diagnostic error) {
        tx(() -> {
            if (update("UPDATE document SET state = 'failed', attempts = attempts + 1 WHERE id = ?", documentId) != 1) {
                throw new IllegalArgumentException("no document " + documentId + " in the store");
            }
            update("DELETE FROM diagnostic WHERE document_id = ?", documentId);
            insertDiagnostic(error.of(documentId));
            return null;
        });
    }

    @Override
    public void commit() {
        List<String> done;
        synchronized (this) {
            if (index == null) {
                return;
            }
            done = List.copyOf(unindexed);
            unindexed.clear();
        }
        index.commit();
        synchronized (this) {
            tx(() -> {
                for (String id : done) {
                    update("UPDATE document SET indexed = 1 WHERE id = ?", id);
                }
                return null;
            });
        }
    }

    /**
     * The index, opened on first use; documents processed but never committed to it are indexed again, and an index
     * of an older schema is rebuilt.
     */
    private synchronized ArticleIndex index() {
        if (index == null) {
            CorpusFields fields = CorpusFields.of(corpus());
            index = new ArticleIndex(dir.resolve("index"), fields);
            if (!index.current()) {
                rebuildIndex(fields);
                return index;
            }
            List<String> missing = query("SELECT id FROM document WHERE state = 'processed' AND indexed = 0", rs -> rs.getString(1));
            for (String id : missing) {
                index.put(id, entries(id), extraction(id));
                unindexed.add(id);
            }
            if (!missing.isEmpty()) {
                commit();
            }
        }
        return index;
    }

    /** Indexes every article and quote again with these corpus fields, in one index commit. */
    private synchronized void rebuildIndex(CorpusFields fields) {
        List<String> processed = query("SELECT id FROM document WHERE state = 'processed'", rs -> rs.getString(1));
        unindexed.clear();
        index.rebuild(fields, action -> forEachEntry(null, action), this::extraction);
        tx(() -> {
            for (String id : processed) {
                update("UPDATE document SET indexed = 1 WHERE id = ?", id);
            }
            return null;
        });
    }

    @Override
    public synchronized List<Article> articles(String documentId) {
        return query("SELECT id, document_id, idx, title, dateline, date, date_basis, language, text, segments FROM article"
                + " WHERE document_id = ? ORDER BY idx", EmbeddedStore::article, documentId);
    }

    @Override
    public synchronized Status status() {
        Map<String, Long> states = new LinkedHashMap<>();
        for (String s : List.of("pending", "processed", "failed")) {
            states.put(s, 0L);
        }
        query("SELECT state, COUNT(*) FROM document GROUP BY state", rs -> states.put(rs.getString(1), rs.getLong(2)));
        long inputs = single("SELECT COUNT(*) FROM input");
        long bytes = single("SELECT COALESCE(SUM(size), 0) FROM blob");
        long articles = single("SELECT COUNT(*) FROM article");
        long warnings = single("SELECT COUNT(*) FROM diagnostic WHERE severity = 'warning'");
        List<Diagnostic> errors = query("SELECT document_id, source, stage, severity, message FROM diagnostic"
                + " WHERE severity = 'error' ORDER BY seq", EmbeddedStore::diagnostic);
        return new Status(inputs, bytes, states, articles, failures(), errors, warnings);
    }

    @Override
    public void forEachDocument(Consumer<Document> action) {
        List<Document> docs;
        synchronized (this) {
            Map<String, List<String>> articleIds = new LinkedHashMap<>();
            query("SELECT document_id, id FROM article ORDER BY document_id, idx",
                    rs -> articleIds.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            docs = query("SELECT id, source, sha256, title, published, outlet, byline, language FROM document ORDER BY source, id",
                    rs -> new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
                            rs.getString(6), rs.getString(7), rs.getString(8), articleIds.getOrDefault(rs.getString(1), List.of())));
        }
        docs.forEach(action);
    }

    @Override
    public void forEachArticle(Consumer<Article> action) {
        List<String> ids;
        synchronized (this) {
            ids = query("SELECT id FROM document ORDER BY source, id", rs -> rs.getString(1));
        }
        for (String id : ids) {
            List<Article> articles;
            synchronized (this) {
                articles = articles(id);
            }
            articles.forEach(action);
        }
    }

    @Override
    public void forEachDiagnostic(Consumer<Diagnostic> action) {
        List<Diagnostic> all;
        synchronized (this) {
            all = query("SELECT document_id, source, stage, severity, message FROM diagnostic ORDER BY seq", EmbeddedStore::diagnostic);
        }
        all.forEach(action);
    }

    @Override
    public List<Hit> search(String query, int limit) {
        return index().search(query, limit);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return index().search(request);
    }

    @Override
    public synchronized void close() {
        try {
            if (index != null) {
                commit();
                index.close();
                index = null;
            }
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    // ---- SQL plumbing -------------------------------------------------------------------------------------

    private interface Work<T> {
        T run() throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T tx(Work<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store in " + dir + ": " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store in " + dir + ": " + e.getMessage(), e);
        }
    }

    private long single(String sql) {
        return query(sql, rs -> rs.getLong(1)).getFirst();
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            switch (a) {
                case null -> st.setNull(i + 1, Types.NULL);
                case byte[] b -> st.setBytes(i + 1, b);
                case Integer n -> st.setInt(i + 1, n);
                case Long n -> st.setLong(i + 1, n);
                default -> st.setString(i + 1, a.toString());
            }
        }
    }

    private void insertAnnotations(ArticleAnnotations an) throws SQLException {
        update("UPDATE article SET sentences = ?, tokens = ? WHERE id = ?", an.sentences(), an.tokens(), an.article());
        for (NameMention n : an.names()) {
            update("INSERT INTO name_mention (article_id, start, \"end\", text, type) VALUES (?, ?, ?, ?, ?)",
                    an.article(), n.span().start(), n.span().end(), n.text(), n.type().name());
        }
        for (TimeMention t : an.times()) {
            update("INSERT INTO time_mention (article_id, start, \"end\", text, type, value, relative) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    an.article(), t.span().start(), t.span().end(), t.text(), t.type(), t.value(), t.relative() ? 1 : 0);
        }
        for (CountMention c : an.counts()) {
            update("INSERT INTO count_mention (article_id, start, \"end\", text, value, qualifier, noun) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    an.article(), c.span().start(), c.span().end(), c.text(), c.value(), c.qualifier().name(), c.noun());
        }
    }

    @Override
    public synchronized ArticleAnnotations annotations(String articleId) {
        List<int[]> size = query("SELECT sentences, tokens FROM article WHERE id = ?", rs -> new int[] {rs.getInt(1), rs.getInt(2)}, articleId);
        if (size.isEmpty()) {
            return ArticleAnnotations.empty(articleId);
        }
        List<NameMention> names = query("SELECT start, \"end\", text, type FROM name_mention WHERE article_id = ? ORDER BY start",
                rs -> new NameMention(articleId, new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3), EntityType.valueOf(rs.getString(4))),
                articleId);
        List<TimeMention> times = query("SELECT start, \"end\", text, type, value, relative FROM time_mention WHERE article_id = ? ORDER BY start",
                rs -> new TimeMention(articleId, new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6) == 1), articleId);
        List<CountMention> counts = query("SELECT start, \"end\", text, value, qualifier, noun FROM count_mention WHERE article_id = ? ORDER BY start",
                rs -> new CountMention(articleId, new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3), rs.getLong(4),
                        Event.Qualifier.valueOf(rs.getString(5)), rs.getString(6)), articleId);
        return new ArticleAnnotations(articleId, size.getFirst()[0], size.getFirst()[1], names, times, counts);
    }

    @Override
    public void saveExtraction(String documentId, Extraction extraction) {
        saveExtractionRows(documentId, extraction);
        List<ArticleIndex.Entry> entries = entries(documentId);
        if (!entries.isEmpty()) {
            index().put(documentId, entries, extraction);
            synchronized (this) {
                unindexed.add(documentId);
            }
        }
    }

    private synchronized void saveExtractionRows(String documentId, Extraction extraction) {
        String quotes = Json.write(extraction.quotes());
        String events = Json.write(extraction.events());
        tx(() -> {
            if (query("SELECT 1 FROM document WHERE id = ?", rs -> 1, documentId).isEmpty()) {
                throw new IllegalArgumentException("no document " + documentId + " in the store");
            }
            update("INSERT INTO extraction (document_id, quotes, events) VALUES (?, ?, ?) ON CONFLICT (document_id)"
                    + " DO UPDATE SET quotes = excluded.quotes, events = excluded.events", documentId, quotes, events);
            return null;
        });
    }

    @Override
    public synchronized Extraction extraction(String documentId) {
        List<Extraction> found = query("SELECT quotes, events FROM extraction WHERE document_id = ?",
                rs -> new Extraction(Json.quotes(rs.getString(1)), Json.events(rs.getString(2))), documentId);
        return found.isEmpty() ? Extraction.NONE : found.getFirst();
    }

    @Override
    public synchronized void saveCorpus(Corpus corpus) {
        tx(() -> {
            update("DELETE FROM corpus_item");
            int i = 0;
            for (var e : corpus.entities()) {
                update("INSERT INTO corpus_item (kind, position, id, json) VALUES ('entity', ?, ?, ?)", i++, e.id(), Json.write(e));
            }
            i = 0;
            for (var e : corpus.events()) {
                update("INSERT INTO corpus_item (kind, position, id, json) VALUES ('event', ?, ?, ?)", i++, e.id(), Json.write(e));
            }
            i = 0;
            for (var q : corpus.quotes()) {
                update("INSERT INTO corpus_item (kind, position, id, json) VALUES ('quote', ?, ?, ?)", i++, q.id(), Json.write(q));
            }
            i = 0;
            for (var st : corpus.stories()) {
                update("INSERT INTO corpus_item (kind, position, id, json) VALUES ('story', ?, ?, ?)", i++, st.id(), Json.write(st));
            }
            return null;
        });
        index();
        rebuildIndex(CorpusFields.of(corpus));
    }

    @Override
    public synchronized Corpus corpus() {
        return new Corpus(
                query("SELECT json FROM corpus_item WHERE kind = 'entity' ORDER BY position", rs -> Json.entity(rs.getString(1))),
                query("SELECT json FROM corpus_item WHERE kind = 'event' ORDER BY position", rs -> Json.event(rs.getString(1))),
                query("SELECT json FROM corpus_item WHERE kind = 'quote' ORDER BY position", rs -> Json.quote(rs.getString(1))),
                query("SELECT json FROM corpus_item WHERE kind = 'story' ORDER BY position", rs -> Json.story(rs.getString(1))));
    }

    private void insertDiagnostic(Diagnostic d) throws SQLException {
        update("INSERT INTO diagnostic (document_id, source, stage, severity, message, at) VALUES (?, ?, ?, ?, ?, ?)",
                d.document(), d.source(), d.stage(), d.severity().label(), d.message(), now());
    }

    private static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                date(rs.getString(6)), DateBasis.parse(rs.getString(7)), rs.getString(8), rs.getString(9),
                Segments.parse(rs.getString(10)));
    }

    private static Diagnostic diagnostic(ResultSet rs) throws SQLException {
        return new Diagnostic(rs.getString(1), rs.getString(2), rs.getString(3),
                Severity.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)), rs.getString(5));
    }

    private static PartialDate date(String value) {
        return value == null ? null : new PartialDate(value);
    }

    private static String now() {
        return Instant.now().toString();
    }
}
