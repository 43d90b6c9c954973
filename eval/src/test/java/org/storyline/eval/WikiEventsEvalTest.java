package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.eval.wikievents.WikiDocument;

/**
 * The event finder on WikiEvents dev (20 documents): trigger F1 for Conflict.Attack, Life.Die and Life.Injure and
 * argument head F1, as floors that are what the rules reach minus 0.02 (trigger 0.6685, arguments 0.2998). The file
 * is identified by its line count and checksum before anything is scored.
 */
class WikiEventsEvalTest {
    static final String DEV_SHA256 = "74a6cbef44c44f1add6882e54f0a966f0f1a35cc260f3079de1fe4312eabe285";
    static final int DOCUMENTS = 20;
    static final double MIN_TRIGGER_F1 = 0.648;
    static final double MIN_ARGUMENT_F1 = 0.279;

    @Test
    void devScoresAtLeastTheFloors() throws IOException {
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "system property storyline.shared is not set: WikiEvents evaluation skipped");
        Path dev = Path.of(shared, "data", "events", "wikievents", "dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(dev), "no WikiEvents dev set at " + dev + ": WikiEvents evaluation skipped");
        assertThat(Files.readAllLines(dev).stream().filter(l -> !l.isBlank()).count()).as("documents in %s", dev).isEqualTo(DOCUMENTS);
        assertThat(WebEvalTest.sha256(dev)).as("SHA-256 of %s (the evaluation set changed: review it, then update the constant)", dev)
                .isEqualTo(DEV_SHA256);
        List<WikiDocument> documents = WikiEventsEval.read(dev);
        WikiEventsEval.Result r = WikiEventsEval.score(documents);
        System.out.println(r.summaryLine());
        assertThat(r.triggers().gold()).isEqualTo(174);
        assertThat(r.triggers().f1()).isGreaterThanOrEqualTo(MIN_TRIGGER_F1);
        assertThat(r.arguments().f1()).isGreaterThanOrEqualTo(MIN_ARGUMENT_F1);
    }

    @Test
    void documentsAreRebuiltFromTheirTokens() throws IOException {
        String line = """
                {"doc_id": "x", "tokens": ["A", "bomb", "killed", "two", ".", "It", "exploded"],
                 "sentences": [[[["A", 0, 1], ["bomb", 2, 6], ["killed", 7, 13], ["two", 14, 17], [".", 17, 18]], "A bomb killed two."],
                               [[["It", 18, 20], ["exploded", 21, 29]], "It exploded"]],
                 "entity_mentions": [{"id": "x-T1", "sent_idx": 0, "start": 1, "end": 2, "entity_type": "WEA", "text": "bomb"}],
                 "relation_mentions": [],
                 "event_mentions": [{"id": "x-E1", "event_type": "Life.Die.Unspecified", "trigger": {"start": 2, "end": 3, "text": "killed"},
                                     "arguments": [{"entity_id": "x-T1", "role": "Instrument", "text": "bomb"}]},
                                    {"id": "x-E2", "event_type": "Contact.Contact.Broadcast", "trigger": {"start": 5, "end": 6, "text": "It"},
                                     "arguments": []}]}
                """;
        WikiDocument d = WikiDocument.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
        assertThat(d.text()).isEqualTo("A bomb killed two.\n\nIt exploded");
        assertThat(d.triggers()).hasSize(1);
        assertThat(d.triggers().getFirst().type()).isEqualTo("Life.Die");
        assertThat(d.triggers().getFirst().arguments().getFirst().head()).isEqualTo(1);
        assertThat(d.token(d.text().indexOf("exploded"))).isEqualTo(6);
    }
}
