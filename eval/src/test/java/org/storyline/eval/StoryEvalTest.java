package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.stories.StoryClusterer;

/** Story clustering on ECB+ (../shared/data/stories/ecbplus-val): a B-cubed floor, and little change with input order. */
class StoryEvalTest {
    /** dataset.conll as shipped in ../shared/data/stories/ecbplus-val. */
    private static final String EXPECTED_SHA256 = "b1f775022130a68afe76942c50b57a4676c6bce40aa078109ac514ea688fc4a7";
    private static final int EXPECTED_DOCUMENTS = 308;
    private static final int EXPECTED_SUBTOPICS = 26;

    static Path dir;
    static List<StoryEval.Document> documents;

    @BeforeAll
    static void read() throws Exception {
        dir = Path.of(System.getProperty("storyline.shared", "../../shared"), "data/stories/ecbplus-val");
        Path file = dir.resolve("dataset.conll");
        assumeTrue(Files.isRegularFile(file), "ECB+ dataset.conll absent at " + file + ": skipping the story clustering floors");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(sha).as("checksum of " + file).isEqualTo(EXPECTED_SHA256);
        documents = StoryEval.read(dir);
        assertThat(documents).hasSize(EXPECTED_DOCUMENTS);
        assertThat(documents.stream().map(StoryEval.Document::subtopic).distinct().count()).isEqualTo(EXPECTED_SUBTOPICS);
    }

    @Test
    void bcubedF1IsAtLeastTheFloor() {
        StoryEval.Result r = StoryEval.score(dir);
        System.out.println(r.summaryLine());
        assertThat(r.summaryLine()).matches("eval stories: bcubed_f1=[01]\\.\\d{4} p=[01]\\.\\d{4} r=[01]\\.\\d{4}( .*)?");
        assertThat(r.documents()).isEqualTo(EXPECTED_DOCUMENTS);
        assertThat(r.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shufflingTheInputChangesF1ByLessThanTwoPoints() {
        double inOrder = StoryEval.score(documents, StoryClusterer.Options.defaults(), false, -1).f1();
        for (long seed = 1; seed <= 5; seed++) {
            StoryEval.Result shuffled = StoryEval.score(documents, StoryClusterer.Options.defaults(), false, seed);
            assertThat(Math.abs(shuffled.f1() - inOrder)).as("F1 with shuffle seed " + seed + " against " + inOrder).isLessThan(0.02);
        }
    }

    @Test
    void sameInputSameStories() {
        StoryEval.Result a = StoryEval.score(documents, StoryClusterer.Options.defaults(), false, 3);
        StoryEval.Result b = StoryEval.score(documents, StoryClusterer.Options.defaults(), false, 3);
        assertThat(a.f1()).isEqualTo(b.f1());
        assertThat(a.stories()).isEqualTo(b.stories());
    }

    @Test
    void bcubedOfKnownClusterings() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        assertThat(StoryEval.bcubed(gold, Map.of("a", "1", "b", "1", "c", "2", "d", "2"))).containsExactly(1.0, 1.0, 1.0);
        double[] oneCluster = StoryEval.bcubed(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
        assertThat(oneCluster[0]).isEqualTo(0.5);
        assertThat(oneCluster[1]).isEqualTo(1.0);
        double[] singletons = StoryEval.bcubed(gold, Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
        assertThat(singletons[0]).isEqualTo(1.0);
        assertThat(singletons[1]).isEqualTo(0.5);
    }

    @Test
    void subtopicOfADocumentId() {
        assertThat(StoryEval.subtopic("12/12ecbplus/3")).isEqualTo("12/12ecbplus");
        assertThat(StoryEval.subtopic("2/2ecb/11")).isEqualTo("2/2ecb");
    }
}
