package org.storyline.store;

import java.nio.file.Path;
import org.storyline.store.internal.EmbeddedStore;

/** Opens stores. */
public final class Stores {
    /** The data directory used when none is given. */
    public static final Path DEFAULT_DIR = Path.of("storyline-data");

    private Stores() {
    }

    /** The embedded store in {@code dir} (SQLite + Lucene), created and migrated when needed. */
    public static Store embedded(Path dir) {
        return new EmbeddedStore(dir);
    }
}
