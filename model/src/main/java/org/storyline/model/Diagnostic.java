package org.storyline.model;

import java.util.Objects;

/**
 * What went wrong with one input or document, kept as data next to it.
 *
 * @param document the document id, or null when the input never became a document (a missing path, an unreachable URL)
 * @param source   the input as the user named it (path or URL)
 * @param stage    the stage that noticed the problem (ingest, decode, clean, …)
 */
public record Diagnostic(String document, String source, String stage, Severity severity, String message) {
    public Diagnostic {
        if (document != null) {
            Checks.id(document, 'd', "diagnostic document");
        }
        Checks.nonBlank(source, "diagnostic source");
        Checks.nonBlank(stage, "diagnostic stage");
        Objects.requireNonNull(severity, "diagnostic severity must not be null");
        Checks.nonBlank(message, "diagnostic message");
    }

    public static Diagnostic warning(String document, String source, String stage, String message) {
        return new Diagnostic(document, source, stage, Severity.WARNING, message);
    }

    public static Diagnostic error(String document, String source, String stage, String message) {
        return new Diagnostic(document, source, stage, Severity.ERROR, message);
    }

    /** The same diagnostic attached to a document id. */
    public Diagnostic of(String documentId) {
        return new Diagnostic(documentId, source, stage, severity, message);
    }
}
