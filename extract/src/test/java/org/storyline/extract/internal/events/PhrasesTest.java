package org.storyline.extract.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Participant texts cut out of wire copy. */
class PhrasesTest {
    @Test
    void halvesOfBracketsAreCutAway() {
        assertThat(Phrases.unbracketed("TEXT] HONDURAN GUERRILLAS")).isEqualTo("HONDURAN GUERRILLAS");
        assertThat(Phrases.unbracketed("RNF (REBEL NATIONAL FRONT")).isEqualTo("RNF");
        assertThat(Phrases.unbracketed("ELN [ARMY")).isEqualTo("ELN");
        assertThat(Phrases.unbracketed("500) HELICOPTER GUNSHIPS")).isEqualTo("HELICOPTER GUNSHIPS");
    }

    @Test
    void anEditorsNoteAloneIsNothingAndClosedBracketsStay() {
        assertThat(Phrases.unbracketed("[WORDS INDISTINCT]")).isEmpty();
        assertThat(Phrases.unbracketed("DAS [SECURITY DEPARTMENT] OFFICES")).isEqualTo("DAS [SECURITY DEPARTMENT] OFFICES");
        assertThat(Phrases.unbracketed("Islamic State (IS) fighters")).isEqualTo("Islamic State (IS) fighters");
    }
}
