package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The smaller records' checks. */
class RecordsTest {
    @Test
    void mentionTextMustMatchSpanLength() {
        Mention m = new Mention("a1", new Span(0, 6), "Moscow");
        assertThat(m.span().length()).isEqualTo(6);
        assertThatThrownBy(() -> new Mention("a1", new Span(0, 5), "Moscow"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Moscow").hasMessageContaining("[0,5)");
    }

    @Test
    void attributeAndStoryNeedSources() {
        assertThatThrownBy(() -> new Attribute("role", "deputy head", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role=deputy head");
        assertThatThrownBy(() -> new Story("s1", "t", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s1");
        assertThat(new Story("s1", "t", List.of("a1"), List.of()).articles()).containsExactly("a1");
    }

    @Test
    void geoRange() {
        assertThat(new Geo(-90, 180, "geonames:1").lat()).isEqualTo(-90);
        assertThatThrownBy(() -> new Geo(91, 0, "g")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lat=91");
        assertThatThrownBy(() -> new Geo(0, -181, "g")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lon=-181");
    }

    @Test
    void pageNeedsCharsetAndFormat() {
        assertThatThrownBy(() -> new Page("d1", "x", null, Page.Format.HTML, "", " ", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charset");
        assertThatThrownBy(() -> new Page("d1", "x", null, null, "", "UTF-8", null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void quoteAndProvenanceIds() {
        assertThatThrownBy(() -> new Quote("a1", null, "he", "words", true, "said", null, "a1", new Span(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'q'");
        assertThatThrownBy(() -> new Provenance("d1", new Span(0, 1), "clean"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }
}
