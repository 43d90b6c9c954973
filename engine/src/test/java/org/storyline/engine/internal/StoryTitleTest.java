package org.storyline.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles for stories whose articles have none: the opening sentence of the first, without its dateline. */
class StoryTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(LVIV) — Students marched through Lviv on Saturday. They demanded lower fees.|Students marched through Lviv on Saturday",
            "KHERSON, Ukraine — Drones hit the port at dawn, officials said. Repairs began.|Drones hit the port at dawn, officials said",
            "Lt. Gen. Ivan Petrov was shot on Friday in his building in the north of the city. He survived.|Lt. Gen. Ivan Petrov was shot on Friday in his building in the north of the city",
            "Russia and Ukraine - after weeks of talks - swapped prisoners on Sunday.|Russia and Ukraine - after weeks of talks - swapped prisoners on Sunday",
            "No full stop at all in this short text|No full stop at all in this short text",
    })
    void theLeadSentenceWithoutDateline(String text, String title) {
        assertThat(CorpusPass.lead(text)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'   '", "''"})
    void anEmptyTextHasNoTitle(String text) {
        assertThat(CorpusPass.lead(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aLongSentenceIsCutAtAWord() {
        String title = CorpusPass.lead("Officials in the eastern region said on Monday that " + "several villages ".repeat(12) + "were cut off.");
        assertThat(title).hasSizeLessThanOrEqualTo(121).endsWith("\u2026").doesNotContain("  ");
        assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ");
    }
}
