package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/**
 * Kills {@code storyline run} with SIGKILL during ingest and again during processing, then runs it to the end: every
 * page must be stored exactly once, processed, and searchable.
 */
class KillAndResumeTest {
    private static final int PAGES = 600;

    @TempDir
    Path tmp;

    @Test
    void aRunKilledTwiceFinishesWithEveryPageStoredOnce() throws Exception {
        Path pages = tmp.resolve("pages");
        Files.createDirectories(pages);
        String filler = "<p>" + "Officials said the talks would continue next week in the capital. ".repeat(40) + "</p>";
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(pages.resolve(String.format("page-%04d.html", i)),
                    "<html><head><title>Report " + i + "</title></head><body><p>Dispatch number " + i
                            + " says that the zebrafish survey of the northern lakes found more fish than last year.</p>"
                            + filler + "</body></html>");
        }
        Path data = tmp.resolve("data");

        Process first = start(data, pages);
        awaitCount(first, data, "SELECT COUNT(*) FROM document", PAGES / 4);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long afterFirst = count(data, "SELECT COUNT(*) FROM document");

        Process second = start(data, pages);
        awaitCount(second, data, "SELECT COUNT(*) FROM document WHERE state = 'processed'", 1);
        second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process third = start(data, pages);
        assertThat(third.waitFor(120, TimeUnit.SECONDS)).as("third run finishes").isTrue();
        String output = new String(third.getInputStream().readAllBytes());
        assertThat(third.exitValue()).as(output).isZero();

        assertThat(afterFirst).as("the first run was killed during ingest").isLessThan(PAGES);
        assertThat(count(data, "SELECT COUNT(*) FROM document")).isEqualTo(PAGES);
        assertThat(count(data, "SELECT COUNT(DISTINCT sha256) FROM document")).isEqualTo(PAGES);
        assertThat(count(data, "SELECT COUNT(*) FROM document WHERE state = 'processed'")).isEqualTo(PAGES);
        assertThat(count(data, "SELECT COUNT(*) FROM article")).isEqualTo(PAGES);
        assertThat(count(data, "SELECT COUNT(*) FROM input WHERE complete = 1")).isEqualTo(PAGES);
        try (Store store = Stores.embedded(data)) {
            assertThat(store.search("zebrafish", 10 * PAGES)).hasSize(PAGES);
        }
    }

    private static Process start(Path data, Path pages) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--quiet", "--threads", "2", "--data", data.toString(), pages.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits until the query counts at least {@code atLeast}, or the process ends. */
    private static void awaitCount(Process process, Path data, String sql, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(data.resolve("storyline.db")) && count(data, sql) >= atLeast) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return 0;
            }
            throw e;
        }
    }
}
