package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.PartialDate;

class SyndicationTest {
    static final String WIRE = "A gunman opened fire at a crowded supermarket in Dayton on Saturday afternoon, killing three "
            + "people and wounding five others before he was arrested by police officers who arrived within minutes, "
            + "the city's police chief Laura Bennett told reporters at the scene. The suspect, a 34-year-old local man, "
            + "was taken into custody without further incident and is expected to appear in court on Monday. Witnesses "
            + "described shoppers running for the exits as shots rang out near the checkout lanes. The motive for the "
            + "attack was not immediately clear, and investigators were searching the suspect's home on the east side.";

    @Test
    void aReprintWithAnotherHeadlineAndBylineIsOneOrigin() {
        Syndication s = new Syndication();
        s.add(new StoryArticle("a1", null, "Global Wire", "Three killed in Dayton supermarket shooting", WIRE,
                new PartialDate("2025-03-08"), null, null, null));
        String origin = s.add(new StoryArticle("a2", null, "Daily Herald", "Gunman kills three at Dayton store",
                "By Global Wire staff. " + WIRE, new PartialDate("2025-03-08"), null, null, null));
        assertThat(origin).isEqualTo("a1");
        assertThat(s.origin("a2")).isEqualTo("a1");
        assertThat(s.independentOrigins(List.of("a1", "a2"))).isEqualTo(1);
    }

    @Test
    void anIndependentReportOfTheSameShootingIsAnotherOrigin() {
        Syndication s = new Syndication();
        s.add("a1", WIRE);
        s.add("a2", "Three people died on Saturday when a man started shooting inside a Dayton grocery store. Police "
                + "chief Laura Bennett said officers detained the 34-year-old within minutes. Five more were hurt.");
        assertThat(s.origin("a2")).isEqualTo("a2");
        assertThat(s.independentOrigins(List.of("a1", "a2"))).isEqualTo(2);
        assertThat(s.origins()).containsOnlyKeys("a1", "a2");
    }

    @Test
    void theEarliestCopyNamesTheOriginWhateverTheArrivalOrder() {
        Syndication s = new Syndication();
        s.add(new StoryArticle("b", null, null, null, WIRE, new PartialDate("2025-03-09"), null, null, null));
        s.add(new StoryArticle("c", null, null, null, WIRE, null, null, null, null));
        s.add(new StoryArticle("a", null, null, null, WIRE + " Updated.", new PartialDate("2025-03-08"), null, null, null));
        assertThat(s.origin("b")).isEqualTo("a");
        assertThat(s.origin("c")).isEqualTo("a");
        assertThat(s.origins()).containsExactly(java.util.Map.entry("a", List.of("a", "b", "c")));
    }

    @Test
    void emptyAndTinyTextsAreTheirOwnOrigins() {
        Syndication s = new Syndication();
        s.add("e1", "");
        s.add("e2", "");
        s.add("t1", "Breaking news");
        assertThat(s.origin("e2")).isEqualTo("e2");
        assertThat(s.independentOrigins(List.of("e1", "e2", "t1"))).isEqualTo(3);
    }

    @Test
    void unknownArticlesAndBadThresholdsAreRejectedByName() {
        Syndication s = new Syndication();
        assertThatThrownBy(() -> s.origin("nope")).hasMessageContaining("nope");
        s.add("x", WIRE);
        assertThatThrownBy(() -> s.add("x", WIRE)).hasMessageContaining("x").hasMessageContaining("already");
        assertThatThrownBy(() -> new Syndication(1.5)).hasMessageContaining("1.5");
    }
}
