package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void negativeStartIsRejectedAndTheMessageNamesBothValues() {
        assertThatThrownBy(() -> new Span(-1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative")
                .hasMessageContaining("start=-1")
                .hasMessageContaining("end=4");
    }

    @Test
    void startAfterEndIsRejectedAndTheMessageNamesBothValues() {
        assertThatThrownBy(() -> new Span(7, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start=7")
                .hasMessageContaining("end=3");
    }

    @Test
    void emptySpanIsAllowed() {
        Span span = new Span(5, 5);
        assertThat(span.length()).isZero();
        assertThat(span.of("hello world")).isEmpty();
    }

    @Test
    void ofReturnsTheCoveredText() {
        String text = "LONDON - Police said on Friday";
        Span span = new Span(9, 15);
        assertThat(span.of(text)).isEqualTo("Police");
        assertThat(span.length()).isEqualTo(6);
        assertThat(new Span(0, text.length()).of(text)).isEqualTo(text);
    }

    @Test
    void ofPastTheEndFailsAndSaysSo() {
        Span span = new Span(2, 10);
        assertThatThrownBy(() -> span.of("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2,10)")
                .hasMessageContaining("5");
    }

    @Test
    void containsIsInclusiveOfBothBounds() {
        Span outer = new Span(3, 10);
        assertThat(outer.contains(new Span(3, 10))).isTrue();
        assertThat(outer.contains(new Span(4, 9))).isTrue();
        assertThat(outer.contains(new Span(2, 9))).isFalse();
        assertThat(outer.contains(new Span(4, 11))).isFalse();
    }

    @Test
    void toStringIsHalfOpenNotation() {
        assertThat(new Span(1, 4)).hasToString("[1,4)");
    }
}
