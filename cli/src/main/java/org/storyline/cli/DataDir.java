package org.storyline.cli;

import java.nio.file.Path;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that uses a store shares. */
final class DataDir {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "storyline-data")
    Path dir = Stores.DEFAULT_DIR;

    Store open() {
        return Stores.embedded(dir);
    }
}
