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
    void weekdaysAndMonthsOfDateLinesAreNoNames() {
        // Before the date rule the CRF took each of these weekdays for a place, an organisation or a name.
        List<String> lines = List.of("Mon, 12 Feb 2026", "Fri 09:30", "Sun, Feb 8 2026", "Tues 10 February 2026, 10:15",
                "Published Tue 10 Feb 2026", "The army said on Mon 9 Feb that two soldiers were killed.",
                "Police said the attack happened on Sat. 7 Feb in the capital.", "Updated: Thu, 12 Feb 2026 08:00",
                "Posted on Sept. 3, 2025 by Staff", "Troops withdrew since Fri and talks resume next Tue.", "MON 12 FEB 2026 - TROOPS ENTER THE CITY AFTER HEAVY FIGHTING");
        for (String line : lines) {
            assertThat(tagger.tag(line).names()).as(line).isEmpty();
        }
        NameTagger.Tagged byline = tagger.tag("Fri, 13 Feb 2026 | Reuters");
        assertThat(byline.names()).extracting(Name::text).containsExactly("Reuters");
        NameTagger.Tagged lead = tagger.tag("Explosion hit Kharkiv on Mon, officials said the situation remained tense.");
        assertThat(lead.names()).extracting(Name::text).containsExactly("Kharkiv");
        // The CRF runs this place on into the weekday: "Odesa on Sun".
        NameTagger.Tagged ranOn = tagger.tag("Gunfire fire Odesa on Sun, accountability the before said launched.");
        assertThat(ranOn.names()).extracting(Name::text).containsExactly("Odesa");
    }

    @Test
    void namesThatLookLikeDatesStay() {
        assertThat(names(tagger.tag("Theresa May said on Tuesday that Britain would not retreat."), Name.Type.PERSON))
                .containsExactly("Theresa May");
        assertThat(names(tagger.tag("The Sun reported on Friday that the minister had resigned."), Name.Type.ORGANIZATION))
                .containsExactly("Sun");
        assertThat(tagger.tag("The Sun, Feb 8 2026: Minister quits.").names()).extracting(Name::text).containsExactly("Sun");
        assertThat(names(tagger.tag("Britain's Sun newspaper reported the deal."), Name.Type.ORGANIZATION))
                .containsExactly("Sun");
        assertThat(names(tagger.tag("Fighting was reported in Mon State near the Thai border."), Name.Type.PLACE))
                .isNotEmpty().allMatch(n -> n.startsWith("Mon"));
        assertThat(names(tagger.tag("The ministry commented on Sun's report."), Name.Type.ORGANIZATION)).containsExactly("Sun");
        assertThat(names(tagger.tag("Jan Kowalski was arrested in Warsaw."), Name.Type.PERSON)).containsExactly("Jan Kowalski");
        assertThat(names(tagger.tag("Sun Microsystems was bought by Oracle in 2010."), Name.Type.ORGANIZATION))
                .contains("Sun Microsystems");
        assertThat(names(tagger.tag("Sheffield Wednesday beat Leeds 2-1 on Saturday."), Name.Type.ORGANIZATION))
                .contains("Sheffield Wednesday");
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
