package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;
import org.storyline.model.StableId;

/** The contract run against the embedded (SQLite + Lucene) store, plus what only the embedded store promises. */
class EmbeddedStoreTest extends StoreContract {

    @Override
    protected Store open(Path dir) {
        return Stores.embedded(dir);
    }

    @Test
    void theDataDirectoryHoldsTheDatabaseAndTheIndex() {
        assertThat(dir.resolve("storyline.db")).isRegularFile();

        byte[] bytes = html("Indexed.");
        String id = store.admit(page("i.html", bytes)).documentId();
        List<Article> articles = List.of(article(id, 0, null, null, "indexed text"));
        store.saveProcessed(document(id, "i.html", bytes, articles), articles, List.of());
        store.commit();

        assertThat(dir.resolve("index")).isDirectory();
        assertThat(dir.resolve("index")).isNotEmptyDirectory();
    }

    @Test
    void flywayCreatedTheSchema() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyline.db"));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("flyway_schema_history", "blob", "input", "document", "article", "diagnostic",
                    "failure");
            try (ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL"
                    + " ORDER BY installed_rank")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("1");
                assertThat(rs.getBoolean(2)).isTrue();
            }
        }
    }

    @Test
    void reopeningDoesNotMigrateAgain() throws SQLException {
        reopen();
        reopen();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyline.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aSecondStoreCanReadWhileTheFirstHoldsTheIndex() {
        byte[] bytes = html("Shared.");
        String id = store.admit(page("shared.html", bytes)).documentId();
        List<Article> articles = List.of(article(id, 0, null, null, "shared text"));
        store.saveProcessed(document(id, "shared.html", bytes, articles), articles, List.of());
        store.commit();

        // status and export open no index, so they work while a run holds it.
        try (Store reader = open(dir)) {
            assertThat(reader.status().documents()).containsEntry("processed", 1L);
            List<String> ids = new ArrayList<>();
            reader.forEachDocument(d -> ids.add(d.id()));
            assertThat(ids).containsExactly(id);
            assertThat(reader.articles(id)).isEqualTo(articles);
        }
        assertThat(store.search("shared", 10)).hasSize(1);
    }

    /**
     * A process killed without commit() or close() loses nothing it was told was saved: the documents are in the
     * database and are indexed again when the index is next opened.
     */
    @Test
    void aKilledProcessLosesNothingSaved() throws IOException, InterruptedException {
        store.close();
        store = null;

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", Crasher.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        boolean finished = child.waitFor(120, TimeUnit.SECONDS);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            child.destroyForcibly();
        }
        assertThat(finished).as("child finished: %s", output).isTrue();
        assertThat(child.exitValue()).as("child halted after saving: %s", output).isEqualTo(Crasher.HALTED);

        store = open(dir);
        assertThat(store.status().documents()).containsEntry("processed", 2L).containsEntry("failed", 1L);
        assertThat(store.search("committed", 10)).hasSize(1);
        assertThat(store.search("uncommitted", 10)).as("saved, never committed, then killed").hasSize(1);
        assertThat(store.status().errors()).extracting(Diagnostic::message).containsExactly("killed mid-run");
    }

    /** Saves, commits part of it, then halts the JVM without committing or closing (no shutdown hooks run). */
    static final class Crasher {
        static final int HALTED = 37;

        public static void main(String[] args) {
            Store store = Stores.embedded(Path.of(args[0]));
            save(store, "committed.html", "the committed walnut");
            store.commit();
            save(store, "uncommitted.html", "the uncommitted hazelnut");
            String failed = store.admit(page("failed.html", html("failed"))).documentId();
            store.saveFailed(failed, Diagnostic.error(failed, "failed.html", "clean", "killed mid-run"));
            Runtime.getRuntime().halt(HALTED);
        }

        private static void save(Store store, String source, String text) {
            byte[] bytes = html(source);
            String id = store.admit(page(source, bytes)).documentId();
            List<Article> articles = List.of(article(id, 0, null, null, text));
            store.saveProcessed(document(id, source, bytes, articles), articles, List.of());
            if (!StableId.document(StableId.sha256(bytes)).equals(id)) {
                throw new AssertionError("unexpected id " + id);
            }
        }
    }

    @Test
    void theIndexFolderIsCreatedOnlyWhenFirstUsed() throws IOException {
        // Read-only commands never create or lock the index.
        store.status();
        store.forEachDocument(d -> { });
        assertThat(Files.exists(dir.resolve("index"))).isFalse();
        store.search("anything", 1);
        assertThat(dir.resolve("index")).isDirectory();
    }
}
