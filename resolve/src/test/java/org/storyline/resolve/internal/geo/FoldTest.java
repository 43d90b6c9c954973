package org.storyline.resolve.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(Fold.key("Genève")).isEqualTo("geneve");
        assertThat(Fold.key("U.S.")).isEqualTo("us");
        assertThat(Fold.key("Rostov-on-Don")).isEqualTo("rostov on don");
        assertThat(Fold.key("  Côte d’Ivoire ")).isEqualTo("cote divoire");
        assertThat(Fold.key("Łódź")).isEqualTo("lodz");
        assertThat(Fold.key("Tromsø")).isEqualTo("tromso");
        assertThat(Fold.key("St. Petersburg")).isEqualTo("saint petersburg");
        assertThat(Fold.key("KHARKIV")).isEqualTo("kharkiv");
        assertThat(Fold.key("---")).isEmpty();
    }

    @Test
    void transliteratesOtherScripts() {
        assertThat(Fold.key("Київ")).isEqualTo("kiiv");
        assertThat(Fold.key("Москва")).isEqualTo("moskva");
    }

    @Test
    void variantsAreSpellingsNotOtherNames() {
        assertThat(GazetteerIndex.variant("geneva", "geneve")).isTrue();
        assertThat(GazetteerIndex.variant("odessa", "odesa")).isTrue();
        assertThat(GazetteerIndex.variant("kharkov", "kharkiv")).isTrue();
        assertThat(GazetteerIndex.variant("kiev", "kyiv")).isFalse();
        assertThat(GazetteerIndex.variant("dnipropetrovsk", "dnipro")).isFalse();
    }
}
