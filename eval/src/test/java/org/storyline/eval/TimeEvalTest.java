package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.eval.timeml.TimeMlDocument;
import org.storyline.eval.timeml.TimeMlReader;
import org.storyline.language.TemporalTagger;
import org.storyline.language.Timex;
import org.storyline.model.Span;

/**
 * The TempEval-3 style scorer on a small TimeML text, and the accuracy of our temporal tagger on the shared TimeML
 * set (TimeBank and AQUAINT as cleaned for TempEval-3), asserted as floors. The data set is identified by its file
 * count and a checksum over its file names and bytes before anything is scored, so that a changed set fails loudly
 * instead of moving the figures.
 *
 * <p>Reads the folder named by the system property {@code storyline.shared} (Surefire sets it); the accuracy test
 * is skipped when the data is absent.
 */
class TimeEvalTest {
    /** The {@code .tml} files of {@code data/time}: 183 from TimeBank, 73 from AQUAINT. */
    static final int FILES = 256;
    /** SHA-256 over the files in path order: each relative path, a zero byte, the file's bytes. */
    static final String SHA256 = "d1f4cb15fbe4e58ccc29799eeaa7dda335c42653a9d48124b4b10b5b51655343";
    static final double MIN_RELAXED_F1 = 0.85;
    static final double MIN_VALUE_F1 = 0.75;
    /** Floors a little under what the tagger reached when the set was added (strict 0.88, type 0.90). */
    static final double MIN_STRICT_F1 = 0.85;
    static final double MIN_TYPE_F1 = 0.85;

    static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-06T10:28:00" temporalFunction="false" functionInDocument="CREATION_TIME">20260206</TIMEX3></DCT>
            <TEXT>
            AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2026-02-05">yesterday</TIMEX3> that profit \
            rose in <TIMEX3 tid="t2" type="DATE" value="2025-Q4">the fourth quarter</TIMEX3> and will rise for \
            <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3>, &quot;at least&quot; until <TIMEX3 tid="t4" type="DATE" value="2028">2028</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTheTextTheCreationTimeAndTheGoldSpans() {
        TimeMlDocument doc = TimeMlReader.parse("test.tml", DOCUMENT);
        assertThat(doc.creationTime().value()).isEqualTo("2026-02-06");
        assertThat(doc.text()).contains("AT&T said yesterday").contains("\"at least\"").doesNotContain("<").doesNotContain("&amp;");
        assertThat(doc.timexes()).extracting(TimeMlDocument.GoldTimex::text)
                .containsExactly("yesterday", "the fourth quarter", "two years", "2028");
        assertThat(doc.timexes()).allSatisfy(t -> assertThat(t.span().of(doc.text())).isEqualTo(t.text()));
        assertThat(doc.timexes().get(2).type()).isEqualTo("DURATION");
        assertThat(doc.timexes().get(2).value()).isEqualTo("P2Y");
    }

    @Test
    void scoresStrictAndRelaxedSpansAndAttributesAsTempEval3Does() {
        TimeMlDocument doc = TimeMlReader.parse("test.tml", DOCUMENT);
        String text = doc.text();
        // exact and right; overlapping with a wrong value; overlapping with a wrong type; missed "2028"; one spurious
        List<Timex> found = List.of(
                timex(text, "yesterday", Timex.Type.DATE, "2026-02-05"),
                timex(text, "fourth quarter", Timex.Type.DATE, "2026-Q4"),
                timex(text, "two years", Timex.Type.DATE, "P2Y"),
                timex(text, "profit", Timex.Type.DATE, "PRESENT_REF"));
        TimeEval.DocumentScore score = TimeEval.score(doc, found);
        assertThat(score.strict()).isEqualTo(2);
        assertThat(score.relaxedGold()).isEqualTo(3);
        assertThat(score.relaxedFound()).isEqualTo(3);
        assertThat(score.missed()).extracting(TimeEval.Expression::text).containsExactly("2028");
        assertThat(score.spurious()).extracting(TimeEval.Expression::text).containsExactly("profit");
        TimeEval.Result result = new TimeEval.Result(List.of(score));
        assertThat(result.strictPrecision()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(result.strictRecall()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(result.relaxedF1()).isCloseTo(0.75, within(1e-9));
        assertThat(result.valueF1()).isCloseTo(0.75 * 2 / 3, within(1e-9));
        assertThat(result.typeF1()).isCloseTo(0.75 * 2 / 3, within(1e-9));
        assertThat(result.summaryLine())
                .isEqualTo("eval time: relaxed_f1=0.7500 strict_f1=0.5000 value_f1=0.5000 type_f1=0.5000 docs=1");
    }

    @Test
    void accuracyOnTheSharedTimeMlSetIsAtLeastTheFloors() throws IOException {
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "system property storyline.shared is not set: time evaluation skipped");
        Path dir = Path.of(shared, "data", "time");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared TimeML set at " + dir + ": time evaluation skipped");
        List<Path> files = TimeEval.files(dir);
        assertThat(files).as("TimeML files under %s", dir).hasSize(FILES);
        assertThat(sha256(dir, files)).as("SHA-256 of the TimeML set %s (the set changed: review it, then update the constant)", dir)
                .isEqualTo(SHA256);

        TimeEval.Result result = TimeEval.score(dir, TemporalTagger.english());
        System.out.println(result.summaryLine());
        System.out.println("eval time: " + result.details());
        assertThat(result.documents()).hasSize(FILES);
        assertThat(result.relaxedF1()).as("relaxed span F1 (%s)", result.details()).isGreaterThanOrEqualTo(MIN_RELAXED_F1);
        assertThat(result.valueF1()).as("value F1 (%s)", result.details()).isGreaterThanOrEqualTo(MIN_VALUE_F1);
        assertThat(result.strictF1()).as("strict span F1 (%s)", result.details()).isGreaterThanOrEqualTo(MIN_STRICT_F1);
        assertThat(result.typeF1()).as("type F1 (%s)", result.details()).isGreaterThanOrEqualTo(MIN_TYPE_F1);
    }

    static Timex timex(String text, String words, Timex.Type type, String value) {
        int start = text.indexOf(words);
        return new Timex(new Span(start, start + words.length()), words, type, value, false);
    }

    static String sha256(Path dir, List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
