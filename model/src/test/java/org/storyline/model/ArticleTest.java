package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleTest {
    private static final PartialDate DATE = new PartialDate("2026-02-06");

    private static Article article(PartialDate date, DateBasis basis) {
        return new Article("a1", "d1", 0, "Title", "LONDON", date, basis, "en", "LONDON - Text.");
    }

    @ParameterizedTest
    @EnumSource(value = DateBasis.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void aDateWithAKnownBasisIsFine(DateBasis basis) {
        Article article = article(DATE, basis);
        assertThat(article.date()).isEqualTo(DATE);
        assertThat(article.dateBasis()).isEqualTo(basis);
    }

    @Test
    void noDateWithUnknownBasisIsFine() {
        assertThat(article(null, DateBasis.UNKNOWN).date()).isNull();
    }

    @Test
    void aDateWithUnknownBasisIsRejected() {
        assertThatThrownBy(() -> article(DATE, DateBasis.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date=2026-02-06")
                .hasMessageContaining("basis=unknown");
    }

    @ParameterizedTest
    @EnumSource(value = DateBasis.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void noDateWithAKnownBasisIsRejected(DateBasis basis) {
        assertThatThrownBy(() -> article(null, basis))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date=null")
                .hasMessageContaining("basis=" + basis.label());
    }

    @Test
    void nullBasisIsRejected() {
        assertThatThrownBy(() -> article(null, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("basis");
    }

    @Test
    void idsMustCarryTheirPrefixes() {
        assertThatThrownBy(() -> new Article("d1", "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'").hasMessageContaining("d1");
        assertThatThrownBy(() -> new Article("a1", "a1", 0, null, null, null, DateBasis.UNKNOWN, "en", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'d'");
        assertThatThrownBy(() -> new Article("a", "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeIndexIsRejected() {
        assertThatThrownBy(() -> new Article("a1", "d1", -1, null, null, null, DateBasis.UNKNOWN, "en", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void dateBasisLabelsRoundTrip() {
        for (DateBasis basis : DateBasis.values()) {
            assertThat(DateBasis.parse(basis.label())).isEqualTo(basis);
        }
        assertThat(DateBasis.parse("Stated")).isEqualTo(DateBasis.STATED);
    }
}
