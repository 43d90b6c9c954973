package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.DateBasis;
import org.storyline.model.PartialDate;

class DispatchesTest {
    private static List<Block> blocks(String... texts) {
        List<Block> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Block(Block.Kind.PARAGRAPH, t, -1, -1));
        }
        return out;
    }

    @Test
    void datelinesOfManyShapesAreRecognised() {
        assertThat(Dispatches.dateline("(PARIS) — The talks resumed.")).isEqualTo("PARIS");
        assertThat(Dispatches.dateline("(BERLIN and WARSAW) — Leaders met.")).isEqualTo("BERLIN and WARSAW");
        assertThat(Dispatches.dateline("NAIROBI (Reuters) - Police said.")).isEqualTo("NAIROBI");
        assertThat(Dispatches.dateline("LIMA, Peru — Protesters gathered.")).isEqualTo("LIMA, Peru");
        assertThat(Dispatches.dateline("NEW YORK — Markets fell.")).isEqualTo("NEW YORK");
        assertThat(Dispatches.dateline("UPDATE — The figures were revised.")).isNull();
        assertThat(Dispatches.dateline("The (UN) — said nothing.")).isNull();
        assertThat(Dispatches.dateline("A normal sentence - with a dash.")).isNull();
    }

    @Test
    void onePageOneDispatchInheritsThePageDay() {
        List<Dispatches.Draft> d = Dispatches.split(blocks("(PARIS) — The talks resumed on Monday.", "More text."), "Talks resume",
                new PartialDate("2025-05-05T10:00"));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.dateline()).isEqualTo("PARIS");
            assertThat(x.date()).hasToString("2025-05-05");
            assertThat(x.basis()).isEqualTo(DateBasis.DOCUMENT);
        });
    }

    @Test
    void onlyTheHeadlinedDispatchOfALiveBlogInheritsThePageDate() {
        List<Dispatches.Draft> d = Dispatches.split(blocks(
                        "(ROME) — Firefighters battled a wildfire near the coast, the civil protection agency said.",
                        "Residents were evacuated overnight.",
                        "(ROME and ATHENS) — Ministers agreed on a joint fund for the harbour.",
                        "(ATHENS) — Ferry workers went on strike over pay."),
                "Wildfire near the coast forces evacuations, civil protection says", new PartialDate("2025-07-14"));
        assertThat(d).extracting(Dispatches.Draft::dateline).containsExactly("ROME", "ROME and ATHENS", "ATHENS");
        assertThat(d.get(0).date()).hasToString("2025-07-14");
        assertThat(d.get(1).date()).isNull();
        assertThat(d.get(1).basis()).isEqualTo(DateBasis.UNKNOWN);
        assertThat(d.get(2).date()).isNull();
    }

    @Test
    void aDispatchThatStatesThePageDateInheritsIt() {
        List<Dispatches.Draft> d = Dispatches.split(blocks(
                        "(OSLO) — Snow closed the airport.",
                        "(BERGEN) — On July 14, 2025, the harbour reopened after repairs."),
                null, new PartialDate("2025-07-14"));
        assertThat(d.get(0).date()).isNull();
        assertThat(d.get(1).date()).hasToString("2025-07-14");
    }

    @Test
    void withoutAPageDateNothingIsDated() {
        List<Dispatches.Draft> d = Dispatches.split(blocks("(OSLO) — Snow.", "(BERGEN) — Rain."), "Snow", null);
        assertThat(d).allSatisfy(x -> assertThat(x.basis()).isEqualTo(DateBasis.UNKNOWN));
    }

    @Test
    void anIntroBeforeTheFirstDatelineIsItsOwnDispatch() {
        List<Dispatches.Draft> d = Dispatches.split(blocks("Here is the latest from the region.", "(OSLO) — Snow.",
                "(BERGEN) — Rain."), null, null);
        assertThat(d).hasSize(3);
        assertThat(d.getFirst().dateline()).isNull();
    }
}
