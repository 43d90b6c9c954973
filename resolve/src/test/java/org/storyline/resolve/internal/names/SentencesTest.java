package org.storyline.resolve.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence bounds: abbreviations and initials do not end a sentence. */
class SentencesTest {
    @Test
    void abbreviationsAndInitialsDoNotSplit() {
        String text = "Lt. Gen. V. Alexeyev met U.S. officials. He left.\nNew line here";
        Sentences s = Sentences.of(text);
        assertThat(s.count()).isEqualTo(3);
        assertThat(text.substring(s.start(1), s.end(1))).isEqualTo("He left.\n");
        assertThat(s.indexOf(text.indexOf("officials"))).isZero();
        assertThat(s.indexOf(text.length() - 1)).isEqualTo(2);
    }
}
