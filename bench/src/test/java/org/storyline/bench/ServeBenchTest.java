package org.storyline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Document;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/** The serve benchmark's machinery on a tiny corpus: pages the clean stage reads, every endpoint asked, the summary. */
class ServeBenchTest {
    @TempDir
    Path dir;

    @Test
    void buildsAStoreServesItAndEndsWithTheSummaryLine() {
        Path data = dir.resolve("data");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ServeBench.Result r = ServeBench.run(new ServeBench.Options(120, 12, data, false, 2),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertTrue(r.summaryLine().matches("bench serve: articles=\\d+ search_p95_ms=\\d+\\.\\d dossier_p95_ms=\\d+\\.\\d "
                + "story_p95_ms=\\d+\\.\\d stories_p95_ms=\\d+\\.\\d timeline_p95_ms=\\d+\\.\\d heap_mb=\\d+"), r.summaryLine());
        assertEquals(120, r.articles(), log.toString(StandardCharsets.UTF_8));
        assertTrue(r.buildSeconds() > 0);
        for (String endpoint : ServeBench.ENDPOINTS) {
            assertEquals(12, r.sequential().get(endpoint).count(), endpoint);
            assertEquals(12, r.concurrent().get(endpoint).count(), endpoint);
        }
        // the generated pages are read as dated articles of named outlets
        List<Document> documents = new ArrayList<>();
        try (Store store = Stores.embedded(data)) {
            store.forEachDocument(documents::add);
        }
        assertEquals(120, documents.size());
        assertTrue(documents.stream().allMatch(d -> d.published() != null && d.outlet() != null && d.title() != null),
                () -> documents.stream().filter(d -> d.published() == null || d.outlet() == null).findFirst().orElseThrow().toString());

        // a second run reuses the kept store
        ServeBench.Result again = ServeBench.run(new ServeBench.Options(120, 3, data, false, 2),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(Double.isNaN(again.buildSeconds()));
        assertFalse(again.sequential().isEmpty());
    }
}
