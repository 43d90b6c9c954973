package org.storyline.server.internal;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.storyline.server.Ingestor;

/**
 * Where uploads wait until ingest has stored their bytes: one folder per request, its files by number and their
 * names in {@code labels.txt}, written last. A folder with labels was accepted (202) and is ingested again after a
 * crash; one without was never acknowledged and is dropped.
 */
final class Staging {
    private static final String LABELS = "labels.txt";
    private final Path root;

    Staging(Path root) {
        this.root = root;
    }

    /** One accepted upload: its folder and the submissions for its files. */
    record Batch(Path folder, List<Ingestor.Submission> inputs) {
    }

    /** Keeps the files of one request; nothing is left behind when it fails. */
    Batch keep(List<UploadedFile> files) throws IOException {
        Path folder = Files.createDirectories(root).resolve("upload-" + System.nanoTime());
        Files.createDirectories(folder);
        try {
            List<String> labels = new ArrayList<>();
            int n = 0;
            for (UploadedFile f : files) {
                // Design decision: the client's file name is a label only, never part of a path.
                try (InputStream in = f.content()) {
                    Files.copy(in, folder.resolve(file(n++)), StandardCopyOption.REPLACE_EXISTING);
                }
                labels.add("upload:" + label(f.filename()));
            }
            Path tmp = folder.resolve(LABELS + ".tmp");
            Files.write(tmp, labels, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(LABELS), StandardCopyOption.ATOMIC_MOVE);
            return read(folder);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** The batches a stopped server accepted and never ingested, oldest first; unacknowledged folders are removed. */
    List<Batch> leftovers() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Batch> out = new ArrayList<>();
        try (var folders = Files.list(root)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith("upload-")).sorted().toList()) {
                if (Files.isRegularFile(folder.resolve(LABELS))) {
                    out.add(read(folder));
                } else {
                    delete(folder);
                }
            }
        }
        return out;
    }

    private static Batch read(Path folder) throws IOException {
        List<String> labels = Files.readAllLines(folder.resolve(LABELS), StandardCharsets.UTF_8);
        List<Ingestor.Submission> inputs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            inputs.add(new Ingestor.Submission.Upload(labels.get(i), folder.resolve(file(i))));
        }
        return new Batch(folder, inputs);
    }

    private static String file(int n) {
        return String.format(Locale.ROOT, "%04d.upload", n);
    }

    /** A safe display name for an uploaded file: its last path part, printable, at most 200 characters. */
    static String label(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "unnamed";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // what is left is dropped at the next start
        }
    }
}
