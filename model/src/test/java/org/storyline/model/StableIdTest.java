package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StableIdTest {
    @Test
    void sameInputGivesSameId() {
        assertThat(StableId.of('e', "Moscow", 3, "place")).isEqualTo(StableId.of('e', "Moscow", 3, "place"));
    }

    @Test
    void prefixAndLength() {
        String id = StableId.of('v', "x");
        assertThat(id).startsWith("v").hasSize(17).matches("v[0-9a-f]{16}");
    }

    @Test
    void differentInputsOrKindsGiveDifferentIds() {
        assertThat(StableId.of('e', "a")).isNotEqualTo(StableId.of('e', "b"));
        assertThat(StableId.of('e', "a").substring(1)).isEqualTo(StableId.of('s', "a").substring(1));
        assertThat(StableId.of('e', "a")).isNotEqualTo(StableId.of('s', "a"));
    }

    @Test
    void partsAreSeparatedSoConcatenationDoesNotCollide() {
        assertThat(StableId.of('e', "ab", "c")).isNotEqualTo(StableId.of('e', "a", "bc"));
        assertThat(StableId.of('e', "abc")).isNotEqualTo(StableId.of('e', "ab", "c"));
    }

    @Test
    void knownValue() {
        // SHA-256 of "x\0" starts with these 16 hex digits.
        assertThat(StableId.of('e', "x")).isEqualTo("e" + StableId.sha256("x\0".getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    @Test
    void sha256OfEmptyInput() {
        assertThat(StableId.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void documentIdIsDPlusFirst16HexDigits() {
        String sha = StableId.sha256("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(sha).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(StableId.document(sha)).isEqualTo("dba7816bf8f01cfea");
    }

    @Test
    void articleIdsDependOnDocumentAndIndex() {
        String a0 = StableId.article("d1", 0);
        assertThat(a0).matches("a[0-9a-f]{16}").isEqualTo(StableId.article("d1", 0));
        assertThat(a0).isNotEqualTo(StableId.article("d1", 1)).isNotEqualTo(StableId.article("d2", 0));
        // usable as an article id
        new Article(a0, "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", "");
    }
}
