package org.storyline.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Something a user pointed Storyline at: a file or an http(s) URL. */
public sealed interface Input {
    /** The input as the user named it; diagnostics and the export use this. */
    String source();

    /** A file found directly or inside a folder. */
    record File(Path path, String source) implements Input {
        public File {
            Objects.requireNonNull(path, "file path must not be null");
            Objects.requireNonNull(source, "file source must not be null");
        }
    }

    /** An http or https URL to fetch. */
    record Url(URI uri) implements Input {
        public Url {
            Objects.requireNonNull(uri, "url must not be null");
            String scheme = uri.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("only http and https URLs can be fetched: " + uri);
            }
        }

        @Override
        public String source() {
            return uri.toString();
        }
    }
}
