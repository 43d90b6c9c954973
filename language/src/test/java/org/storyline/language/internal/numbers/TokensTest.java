package org.storyline.language.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens of the quantity rules: words, numbers and symbols, their gaps, and their lexicon entries. */
class TokensTest {
    static List<String> tokens(String text) {
        Tokens t = Tokens.of(text, Lexicon.get());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            String gap = switch (t.gap[i]) {
                case Tokens.GLUED -> "";
                case Tokens.SPACE -> "_";
                default -> "¶";
            };
            out.add(gap + text.substring(t.start[i], t.end[i]));
        }
        return out;
    }

    @Test
    void separatesWordsNumbersAndSymbols() {
        assertThat(tokens("Su-34 jets, 2,600 homes; $43m"))
            .containsExactly("¶Su", "-", "34", "_jets", ",", "_2,600", "_homes", ";", "_$", "43", "m");
    }

    @Test
    void keepsApostrophesAndMarksInsideWords() {
        assertThat(tokens("Russia’s o'clock cafe\u0301 'quoted'"))
            .containsExactly("¶Russia’s", "_o'clock", "_cafe\u0301", "_'", "quoted", "'");
    }

    @Test
    void paragraphBreaksAreGaps() {
        assertThat(tokens("a\nb\n\nc\r\n\r\nd")).containsExactly("¶a", "_b", "¶c", "¶d");
    }

    @Test
    void lexiconLooksUpAnyCaseAndTypographicApostrophes() {
        Lexicon lexicon = Lexicon.get();
        assertThat(lexicon.lookup("TWENTY", 0, 6)).isEqualTo(lexicon.require("twenty"));
        assertThat(lexicon.lookup("o’clock", 0, 7)).isEqualTo(lexicon.require("o'clock"));
        assertThat(lexicon.lookup("dronez", 0, 6)).isEqualTo(-1);
        assertThat(lexicon.value(lexicon.require("million"))).isEqualTo(1_000_000);
    }
}
