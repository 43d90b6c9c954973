package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {
    private static final String SHA = StableId.sha256("page".getBytes(StandardCharsets.UTF_8));

    private static Document document(String id, String sha, List<String> articles) {
        return new Document(id, "news/page.html", sha, "Title", new PartialDate("2026-02-06"), "Outlet", "By A. Writer",
                "en", articles);
    }

    @Test
    void validDocument() {
        Document doc = document(StableId.document(SHA), SHA, List.of("a1", "a2"));
        assertThat(doc.id()).isEqualTo("d" + SHA.substring(0, 16));
        assertThat(doc.articles()).containsExactly("a1", "a2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc",
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
            "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
    void sha256MustBe64LowerCaseHexDigits(String sha) {
        assertThatThrownBy(() -> document("d1", sha, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha256")
                .hasMessageEndingWith(": " + sha);
    }

    @Test
    void nullSha256IsRejected() {
        assertThatThrownBy(() -> document("d1", null, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void idMustStartWithD() {
        assertThatThrownBy(() -> document("a123", SHA, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document id")
                .hasMessageContaining("'d'")
                .hasMessageContaining("a123");
        assertThatThrownBy(() -> document("d", SHA, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleIdsMustStartWithA() {
        assertThatThrownBy(() -> document("d1", SHA, List.of("a1", "v2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'")
                .hasMessageContaining("v2");
    }

    @Test
    void blankSourceIsRejected() {
        assertThatThrownBy(() -> new Document("d1", "  ", SHA, null, null, null, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    }

    @Test
    void articlesAreCopiedAndImmutable() {
        List<String> articles = new ArrayList<>(List.of("a1"));
        Document doc = document("d1", SHA, articles);
        articles.add("a2");
        assertThat(doc.articles()).containsExactly("a1");
        assertThatThrownBy(() -> doc.articles().add("a3")).isInstanceOf(UnsupportedOperationException.class);
    }
}
