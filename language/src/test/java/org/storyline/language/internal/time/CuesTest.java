package org.storyline.language.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tense read from the words before an expression: the nearest word that marks one decides. */
class CuesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The minister said [Friday]|-1",
            "The leaders will meet on [Friday]|1",
            "The dividend will be paid [Dec. 14]|1",
            "The sale is expected to be completed by [Dec. 15]|1",
            "The offer was extended until [Nov. 6]|1",
            "Until [Thursday]|1",
            "Mr. Gerstner said the firms will concentrate on their core business, he told reporters [Friday]|-1",
            "The thrift announced the plan [Aug. 21]|-1",
            "Protesters plan to march [Saturday]|1",
            "Nestle is calling for the redemption on [Dec. 7]|0",
            "The group could come as early as [Tuesday]|1",
            "Talks opened in Geneva. Delegates met [Monday]|-1",
            "Holders of record [Nov. 15]|1",
            "[Friday]|0"})
    void readsTheTenseBeforeAnExpression(String sentence, int tense) {
        String text = sentence.replace("[", "").replace("]", "");
        assertThat(Cues.tense(text, sentence.indexOf('['))).as(sentence).isEqualTo(tense);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "He left. She stayed [now]|He left. ",
            "It was Oct. 6 and U.S. troops moved [now]|",
            "\"It ended.\" Then it began [now]|\"It ended.\" "})
    void findsWhereASentenceBegins(String sentence, String before) {
        String text = sentence.replace("[", "").replace("]", "");
        int start = Cues.sentenceStart(text, sentence.indexOf('['));
        assertThat(text.substring(0, start)).isEqualTo(before == null ? "" : before);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Theresa [May] resigned|true",
            "Ms. [May] said no|true",
            "Sheffield [Wednesday] won|true",
            "In [June] prices rose|false",
            "Since [June] prices rose|false",
            "Published [Tuesday]|false",
            "NATO [June] summit|false",
            "in Paris. [June] was hot|false",
            "O'Neill [June]|false",
            "[June] was hot|false"})
    void findsAGivenNameOrATitleBeforeAWord(String sentence, boolean name) {
        String text = sentence.replace("[", "").replace("]", "");
        assertThat(Cues.nameBefore(text, sentence.indexOf('['))).as(sentence).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[June] Carter said|true",
            "[Sun] Microsystems|true",
            "[June] 5|false",
            "[Fri] Feb 13|false",
            "[June] was hot|false",
            "[June]. Carter said|false",
            "[June]|false"})
    void findsANameAfterAWord(String sentence, boolean name) {
        String text = sentence.replace("[", "").replace("]", "");
        assertThat(Cues.nameAfter(text, sentence.indexOf(']') - 1)).as(sentence).isEqualTo(name);
    }
}
