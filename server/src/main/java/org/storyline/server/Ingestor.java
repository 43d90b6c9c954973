package org.storyline.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What takes inputs the API receives into the store: ingest, processing and the corpus pass (the engine's local
 * runner, wired by the command line). Called on one background thread, one job at a time.
 */
@FunctionalInterface
public interface Ingestor {

    /** Runs the inputs through every stage, telling progress; problems with single inputs are told, not thrown. */
    void ingest(List<Submission> inputs, Progress progress) throws Exception;

    /** One input of a job. */
    sealed interface Submission {
        /** The name a user sees: the uploaded file's name or the URL. */
        String name();

        /** An uploaded file, kept at {@code file} until ingest has stored its bytes. */
        record Upload(String name, Path file) implements Submission {
            public Upload {
                Objects.requireNonNull(name, "upload name must not be null");
                Objects.requireNonNull(file, "upload file must not be null");
            }
        }

        /** A URL to fetch. */
        record Url(URI uri) implements Submission {
            public Url {
                Objects.requireNonNull(uri, "url must not be null");
            }

            @Override
            public String name() {
                return uri.toString();
            }
        }
    }

    /** What a job is doing, for {@code GET /api/ingest/jobs}. */
    interface Progress {
        /** A stage begins (ingesting, processing, corpus) with its number of steps. */
        void stage(String stage, long total);

        void step();

        /** One input or document could not be read or processed; the job goes on. */
        void problem(String message);

        /** What ingest made of the inputs. */
        void counts(int added, int duplicates, int failed);
    }
}
