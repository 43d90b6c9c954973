package org.storyline.extract.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation regions from quotation marks alone. */
class MarksTest {
    static List<String> quoted(String text) {
        return Marks.find(text).stream()
                .map(r -> String.join(" | ", r.parts().stream().map(p -> p.of(text)).toList()))
                .toList();
    }

    @Test
    void curlyStraightDoubledAndGuillemets() {
        assertThat(quoted("He said “yes, now,” and left.")).containsExactly("yes, now,");
        assertThat(quoted("He said \"no\" twice.")).containsExactly("no");
        assertThat(quoted("''We stay,'' she said.")).containsExactly("We stay,");
        assertThat(quoted("Il a dit «non» hier.")).containsExactly("non");
    }

    @Test
    void nestedMarksBelongToTheOuterQuotation() {
        assertThat(quoted("“He called it ‘a disaster’ twice,” she said.")).containsExactly("He called it ‘a disaster’ twice,");
    }

    @Test
    void singleQuotesOutsideDoubleOnesButNotApostrophes() {
        assertThat(quoted("The ‘Peace Through Strength’ slogan isn’t new.")).containsExactly("Peace Through Strength");
        assertThat(quoted("The voters’ choice didn’t change.")).isEmpty();
    }

    @Test
    void quotationContinuesIntoAParagraphThatOpensWithAMark() {
        String text = "“We will not negotiate under fire.\n\n“And we will not surrender,” he said.";
        assertThat(quoted(text)).containsExactly("We will not negotiate under fire. | And we will not surrender,");
        assertThat(Marks.find(text).getFirst().closed()).isTrue();
    }

    @Test
    void unclosedQuotationEndsWithItsParagraph() {
        String text = "“We will not negotiate under fire.\n\nThe talks ended.";
        assertThat(quoted(text)).containsExactly("We will not negotiate under fire.");
        assertThat(Marks.find(text).getFirst().closed()).isFalse();
    }
}
