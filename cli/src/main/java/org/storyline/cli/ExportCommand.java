package org.storyline.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.storyline.store.ContractExport;
import org.storyline.store.CsvExport;
import org.storyline.store.GeoJsonExport;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline export}: the export contract, or its events as a table or a map, to a file or standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write everything the store knows in the export contract (schema storyline/1),",
                "or its events as a table (csv, ACLED-like columns) or a map (geojson)."})
final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format { json, jsonl, csv, geojson }

    @Mixin
    DataDir data;

    @Option(names = "--format", description = "json (one object), jsonl (one document per line), csv (one row per event) "
                    + "or geojson (one point per located event); default: ${DEFAULT-VALUE}.",
            defaultValue = "json")
    Format format = Format.json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data.dir)) {
            throw new IllegalArgumentException("no data directory at " + data.dir + " (run storyline run PATH... first, or pass --data DIR)");
        }
        try (Store store = data.open()) {
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                write(store, stdout);
                stdout.flush();
            } else {
                // Written to a temporary file and moved, so a failed export never leaves half a file behind.
                Path dir = out.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    write(store, o);
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return Exit.OK;
    }

    private void write(Store store, OutputStream o) {
        switch (format) {
            case json -> ContractExport.json(store, o);
            case jsonl -> ContractExport.jsonl(store, o);
            case csv -> CsvExport.write(store, o);
            case geojson -> GeoJsonExport.write(store, o);
        }
    }
}
