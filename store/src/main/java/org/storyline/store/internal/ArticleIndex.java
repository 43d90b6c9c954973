package org.storyline.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.storyline.model.Article;
import org.storyline.store.Store;

/** The Lucene full-text index of articles, one Lucene document per article, keyed by article id. */
final class ArticleIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String DOCUMENT = "document";
    private static final String TITLE = "title";
    private static final String TEXT = "text";

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    ArticleIndex(Path dir) {
        try {
            writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the index in " + dir + " is in use by another storyline process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the articles of a document. */
    void put(String documentId, List<Article> articles) {
        try {
            writer.deleteDocuments(new Term(DOCUMENT, documentId));
            for (Article a : articles) {
                var doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(ID, a.id(), Field.Store.YES));
                doc.add(new StringField(DOCUMENT, a.document(), Field.Store.YES));
                if (a.title() != null) {
                    doc.add(new TextField(TITLE, a.title(), Field.Store.NO));
                }
                doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + documentId + ": " + e.getMessage(), e);
        }
    }

    void commit() {
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index: " + e.getMessage(), e);
        }
    }

    List<Store.Hit> search(String queryText, int limit) {
        Query query;
        try {
            query = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer).parse(queryText);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a valid search query: " + queryText + " (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Store.Hit> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                    var doc = searcher.storedFields().document(sd.doc);
                    hits.add(new Store.Hit(doc.get(ID), doc.get(DOCUMENT), sd.score));
                }
                return hits;
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
