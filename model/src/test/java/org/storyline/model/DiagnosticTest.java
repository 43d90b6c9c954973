package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void warningWithoutDocumentCanBeAttachedToOne() {
        Diagnostic warning = Diagnostic.warning(null, "https://example.org/x", "ingest", "unreachable");
        assertThat(warning.document()).isNull();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);

        Diagnostic attached = warning.of("d0123456789abcdef");
        assertThat(attached.document()).isEqualTo("d0123456789abcdef");
        assertThat(attached.source()).isEqualTo(warning.source());
        assertThat(attached.stage()).isEqualTo(warning.stage());
        assertThat(attached.severity()).isEqualTo(Severity.WARNING);
        assertThat(attached.message()).isEqualTo(warning.message());
        assertThat(warning.document()).as("the original is unchanged").isNull();
    }

    @Test
    void errorFactory() {
        Diagnostic error = Diagnostic.error("d1", "a.html", "decode", "binary");
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.severity().label()).isEqualTo("error");
        assertThat(error.of("d2")).isEqualTo(new Diagnostic("d2", "a.html", "decode", Severity.ERROR, "binary"));
    }

    @Test
    void ofChecksTheDocumentId() {
        Diagnostic warning = Diagnostic.warning(null, "a.html", "ingest", "x");
        assertThatThrownBy(() -> warning.of("a1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'d'");
    }

    @Test
    void requiredFields() {
        assertThatThrownBy(() -> Diagnostic.warning(null, " ", "ingest", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> Diagnostic.warning(null, "a", "", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage");
        assertThatThrownBy(() -> Diagnostic.warning(null, "a", "ingest", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> new Diagnostic(null, "a", "ingest", null, "x")).isInstanceOf(NullPointerException.class);
    }
}
