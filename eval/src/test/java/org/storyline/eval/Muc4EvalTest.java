package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.eval.muc4.AnswerKeys;
import org.storyline.eval.muc4.Messages;
import org.storyline.eval.muc4.RoleFillers;

/**
 * The event finder on MUC-4 TST1+TST2 (200 messages, the GRIT "dev" split): incident-type accuracy and role-filler
 * F1 as floors. The set is identified by its files' count and checksums before anything is scored.
 *
 * <p>Floors: type accuracy 0.80 (the target; 0.879 reached). Role-filler micro F1 0.403 is what the rules
 * reach (0.414 by head noun, 0.328 exact) minus 0.01, above the target of 0.40: the gap is recall (0.36),
 * mostly perpetrators the text names far from the attack and victims the name tagger misses in capitals.
 */
class Muc4EvalTest {
    static final Map<String, String> FILES = Map.of(
            "tst1/key-tst1.v7", "fbb42e10cd0cbeceb88fd2da53788e17996d46b2df5c4830afb88a71c1980626",
            "tst1/tst1-muc3", "be50135363ad2b7d6950b81d3f8f1786aa31993e25404bcfea3ae2b772ff6483",
            "tst2/key-tst2.v4", "bec015ce975a3941261ba40ec23048f090a67f47ed400e025c7b5e926b34719e",
            "tst2/tst2-muc4", "f5b73f56f0a08fe126d0067995c5b158928e989b676153f305818b46f975d17d");
    static final double MIN_TYPE_ACCURACY = 0.80;
    static final double MIN_ROLE_F1 = 0.403;

    @Test
    void tst1AndTst2ScoreAtLeastTheFloors() throws IOException {
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "system property storyline.shared is not set: MUC-4 evaluation skipped");
        Path corpora = Path.of(shared, "data", "events", "muc4", "corpora");
        Assumptions.assumeTrue(Files.isDirectory(corpora.resolve("tst1")) && Files.isDirectory(corpora.resolve("tst2")),
                "no MUC-4 TST1/TST2 at " + corpora + ": MUC-4 evaluation skipped");
        for (String folder : List.of("tst1", "tst2")) {
            try (Stream<Path> s = Files.list(corpora.resolve(folder))) {
                assertThat(s.count()).as("files in %s", folder).isEqualTo(2);
            }
        }
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            assertThat(WebEvalTest.sha256(corpora.resolve(f.getKey())))
                    .as("SHA-256 of %s (the evaluation set changed: review it, then update the constant)", f.getKey()).isEqualTo(f.getValue());
        }
        Muc4Eval.Result r = new Muc4Eval(2).score(List.of(corpora.resolve("tst1"), corpora.resolve("tst2")));
        System.out.println(r.summaryLine());
        assertThat(r.messages()).hasSize(200);
        assertThat(r.relevant()).isEqualTo(116);
        assertThat(r.typeAccuracy()).isGreaterThanOrEqualTo(MIN_TYPE_ACCURACY);
        assertThat(r.micro(false).f1()).isGreaterThanOrEqualTo(MIN_ROLE_F1);
    }

    @Test
    void answerKeysAndMessagesAreRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path keys = dir.resolve("key-x");
        Files.writeString(keys, """
                ;;; a comment
                0.  MESSAGE: ID                     TST9-MUC4-0001
                1.  MESSAGE: TEMPLATE               1
                4.  INCIDENT: TYPE                  BOMBING / ATTACK
                6.  INCIDENT: INSTRUMENT ID         "CAR BOMB" / "BOMB"
                9.  PERP: INDIVIDUAL ID             "URBAN GUERRILLAS"
                                                    ? "MEN"
                23. HUM TGT: EFFECT OF INCIDENT     DEATH: "PEASANT"

                0.  MESSAGE: ID                     TST9-MUC4-0002 (NCCOSC)
                1.  MESSAGE: TEMPLATE               *
                4.  INCIDENT: TYPE                  *
                """);
        Map<String, List<AnswerKeys.Template>> read = AnswerKeys.read(keys);
        assertThat(read).containsOnlyKeys("TST9-MUC4-0001", "TST9-MUC4-0002");
        AnswerKeys.Template t = read.get("TST9-MUC4-0001").getFirst();
        assertThat(t.types()).containsExactly("BOMBING", "ATTACK");
        assertThat(t.fills(6)).containsExactly(List.of("CAR BOMB", "BOMB"));
        assertThat(t.fills(9)).containsExactly(List.of("URBAN GUERRILLAS"), List.of("MEN"));
        assertThat(t.effects()).contains("DEATH");
        assertThat(read.get("TST9-MUC4-0002").getFirst().types()).isEmpty();

        Path texts = dir.resolve("tst9-muc4");
        Files.writeString(texts, "TST9-MUC4-0001\n\n   LIMA, 1 JAN 90 -- A BOMB EXPLODED.\n\nTST9-MUC4-0002 (NOSC)\n\n   NOTHING HAPPENED.\n");
        assertThat(Messages.read(texts)).containsOnlyKeys("TST9-MUC4-0001", "TST9-MUC4-0002");
    }

    @Test
    void fillersMatchByHeadNounOrExactly() {
        assertThat(RoleFillers.match("President Cerezo", "CEREZO", true)).isTrue();
        assertThat(RoleFillers.match("members of the FMLN", "MEMBERS", true)).isTrue();
        assertThat(RoleFillers.match("Enrique Lopez", "ENRIQUE LOPEZ ALBUJAR", true)).isTrue();
        assertThat(RoleFillers.match("the guerrillas", "GUERRILLAS", false)).isTrue();
        assertThat(RoleFillers.match("FMLN guerrillas", "GUERRILLAS", false)).isFalse();
        assertThat(RoleFillers.match("police", "POLICE PATROL CAR", true)).isFalse();
        // one to one: two fillers for one entity count once
        assertThat(RoleFillers.matched(List.of("guerrillas", "urban guerrillas"), List.of(List.of("GUERRILLAS")), true)).isEqualTo(1);
        assertThat(RoleFillers.matched(List.of("farm", "la eminencia farm"),
                List.of(List.of("PRESIDENTIAL FARM"), List.of("\"LA EMINENCIA\" FARM", "FARM")), true)).isEqualTo(2);
    }
}
