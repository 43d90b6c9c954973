package org.storyline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code storyline} command lines in process, with standard output and error captured, in a temporary folder. */
abstract class CommandLineHarness {
    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** The real standard output and error, for what a test wants seen in the build log. */
    PrintStream stdout;
    PrintStream stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    /** Runs one command line and returns its exit code; {@link #out} and {@link #err} hold only what it printed. */
    int storyline(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    /** The data directory of this test. */
    String data() {
        return tmp.resolve("data").toString();
    }

    /**
     * The seed pages in the folder named by the system property {@code storyline.shared} (Surefire sets it); the
     * test is skipped, saying why, when they are absent.
     */
    static Path seeds(String skipped) {
        String property = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(property != null, "system property storyline.shared is not set: " + skipped);
        Path seeds = Path.of(property).resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seed corpus at " + seeds + ": " + skipped);
        return seeds;
    }
}
