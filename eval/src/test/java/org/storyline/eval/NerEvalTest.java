package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.language.Language;

/** Names on CoNLL-2003 eng.testa (../shared/data/ner/valid.txt): floors on F1, cased and upper-cased. */
class NerEvalTest {
    static List<NerEval.Sentence> sentences;

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of(System.getProperty("storyline.shared", "../../shared"), "data/ner/valid.txt");
        assumeTrue(Files.isRegularFile(file), "CoNLL-2003 valid.txt absent at " + file + ": skipping the NER floors");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(sha).as("checksum of " + file).isEqualTo(EXPECTED_SHA256);
        sentences = NerEval.read(file);
    }

    /** eng.testa as shipped in ../shared/data/ner. */
    private static final String EXPECTED_SHA256 = "f1f6469322876887de1d04acd43c59b02f59d5b02acf42c027132fa1bf349cb2";

    @Test
    void casedTextScoresAtLeastTheFloor() {
        NerEval.Result r = NerEval.score(sentences, Language.shared()::labels, false);
        System.out.println(r.summaryLine());
        assertThat(r.tokens()).isEqualTo(51362);
        assertThat(r.perOrgLoc().f1()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void upperCasedTextScoresAtLeastTheFloor() {
        NerEval.Result r = NerEval.score(sentences, Language.shared()::labels, true);
        System.out.println(r.summaryLine());
        assertThat(r.perOrgLoc().f1()).isGreaterThanOrEqualTo(0.85);
    }
}
