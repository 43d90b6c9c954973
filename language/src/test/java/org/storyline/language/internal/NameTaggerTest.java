package org.storyline.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.language.Name;
import org.storyline.language.Sentence;

/** Names, sentences and tokens on invented news sentences. */
class NameTaggerTest {
    static NameTagger tagger;

    @BeforeAll
    static void load() {
        tagger = NameTagger.load();
    }

    private static List<String> names(NameTagger.Tagged t, Name.Type type) {
        return t.names().stream().filter(n -> n.type() == type).map(Name::text).toList();
    }

    @Test
    void peopleOrganisationsPlacesAndGroups() {
        String text = "Foreign Minister Anna Kowalska met executives of Siemens AG in Geneva on Monday. "
                + "Polish diplomats said the talks with Brazilian envoys were useful.";

        NameTagger.Tagged t = tagger.tag(text);

        assertThat(names(t, Name.Type.PERSON)).contains("Anna Kowalska");
        assertThat(names(t, Name.Type.ORGANIZATION)).contains("Siemens AG");
        assertThat(names(t, Name.Type.PLACE)).contains("Geneva");
        assertThat(names(t, Name.Type.GROUP)).contains("Polish", "Brazilian");
        assertThat(t.sentences()).hasSize(2);
    }

    @Test
    void spansPointAtTheText() {
        String text = "Mayor Lena Hart of Springfield said on Tuesday that the city would rebuild.\n\nPaul Ortiz agreed.";
        NameTagger.Tagged t = tagger.tag(text);
        for (Name n : t.names()) {
            assertThat(text.substring(n.span().start(), n.span().end())).isEqualTo(n.text());
        }
        for (Sentence s : t.sentences()) {
            for (var token : s.tokens()) {
                assertThat(token.start()).isGreaterThanOrEqualTo(s.span().start());
            }
        }
        assertThat(t.sentences()).hasSize(2);
    }

    @Test
    void capitalsGoToTheCaselessModel() {
        List<String> words = List.of("PRESIDENT", "ALFREDO", "CRISTIANI", "ARRIVED", "IN", "SAN", "SALVADOR", "TODAY", "WITH",
                "THE", "ARMED", "FORCES", "COMMANDER", ".");
        List<String> labels = tagger.labels(words);
        assertThat(labels.get(1)).isEqualTo("PERSON");
        assertThat(labels.get(2)).isEqualTo("PERSON");
        assertThat(labels.get(5)).isEqualTo("LOCATION");
        assertThat(labels.get(6)).isEqualTo("LOCATION");
    }

    @Test
    void sameOutputFromManyThreads() throws Exception {
        String text = "Chancellor Olaf Brenner visited Lyon and met executives of Renault, officials said.";
        NameTagger.Tagged expected = tagger.tag(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NameTagger.Tagged>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> tagger.tag(text)));
            }
            for (Future<NameTagger.Tagged> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndOddInputs() {
        assertThat(tagger.tag("").names()).isEmpty();
        assertThat(tagger.tag("   \n\n ").sentences()).isEmpty();
        assertThat(tagger.tag("\u0000\uFFFF \uD83D\uDE00 ⟨⟩ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢").names()).isNotNull();
    }
}
