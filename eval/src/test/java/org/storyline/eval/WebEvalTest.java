package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the clean stage on the shared web evaluation set (the development split of the trafilatura and
 * htmldate evaluations): main-text F1 and publication-date accuracy, asserted as floors. The data set is
 * identified by its size and checksum before anything is scored, so that a changed set fails loudly instead of
 * moving the figures.
 *
 * <p>Reads the folder named by the system property {@code storyline.shared} (Surefire sets it) and is skipped
 * when the data is absent.
 */
class WebEvalTest {
    /** SHA-256 of {@code data/web/content.json}: 990 pages with snippets to keep and boilerplate to drop. */
    static final String CONTENT_SHA256 = "6179b235b77918840552e9b166adcfc411e56a3342fc4873cc0d35944cc30b52";
    /** SHA-256 of {@code data/web/dates.json}: 800 pages with their publication day. */
    static final String DATES_SHA256 = "ea8ccf2e1c780993fe579a9c614be732081d686190b2f26518a421269cbb644b";
    static final int CONTENT_PAGES = 990;
    static final int DATED_PAGES = 800;
    static final double MIN_CONTENT_F1 = 0.90;
    static final double MIN_DATE_ACCURACY = 0.85;

    Path web;

    @BeforeEach
    void findTheDataSet() throws IOException {
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "system property storyline.shared is not set: web evaluation skipped");
        web = Path.of(shared, "data", "web");
        Assumptions.assumeTrue(Files.isRegularFile(web.resolve("content.json")) && Files.isRegularFile(web.resolve("dates.json"))
                && Files.isDirectory(web.resolve("pages")), "no shared web evaluation set at " + web + ": web evaluation skipped");
        checkIdentity(web.resolve("content.json"), CONTENT_PAGES, CONTENT_SHA256);
        checkIdentity(web.resolve("dates.json"), DATED_PAGES, DATES_SHA256);
    }

    /** Fails unless the gold file holds the expected number of pages and has the expected checksum. */
    static void checkIdentity(Path json, int pages, String sha256) throws IOException {
        assertThat(new ObjectMapper().readTree(json.toFile()).size()).as("pages in %s", json).isEqualTo(pages);
        assertThat(sha256(json)).as("SHA-256 of %s (the evaluation set changed: review it, then update the constant)", json)
                .isEqualTo(sha256);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Test
    void mainTextF1IsAtLeastTheFloor() {
        WebEval.ContentResult result = new WebEval(web.resolve("pages"), 2).content(web.resolve("content.json"));
        System.out.printf("web content: %d pages, F1 %.3f (precision %.3f, recall %.3f; tp %d fn %d fp %d tn %d)%n",
                result.pages().size(), result.f1(), result.precision(), result.recall(), result.tp(), result.fn(),
                result.fp(), result.tn());
        assertThat(result.pages()).hasSize(CONTENT_PAGES);
        assertThat(result.f1()).as("main-text F1 on %d pages (worst: %s)", CONTENT_PAGES,
                result.worst(3).stream().map(WebEval.PageScore::file).toList()).isGreaterThanOrEqualTo(MIN_CONTENT_F1);
    }

    @Test
    void publicationDateAccuracyIsAtLeastTheFloor() {
        WebEval.DateResult result = new WebEval(web.resolve("pages"), 2).dates(web.resolve("dates.json"));
        System.out.printf("web dates: %d pages, accuracy %.3f (%d with a date found)%n",
                result.pages().size(), result.accuracy(), result.found());
        assertThat(result.pages()).hasSize(DATED_PAGES);
        assertThat(result.accuracy()).as("publication-date accuracy on %d pages", DATED_PAGES)
                .isGreaterThanOrEqualTo(MIN_DATE_ACCURACY);
    }
}
