package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.Page;

/**
 * Mutation fuzzing of the clean stage: real web pages from the shared evaluation set and generated pages are
 * mutated (bytes flipped, cut, tag spans dropped or doubled, markup characters sprinkled in, halves swapped, a
 * chunk repeated a thousand times), decoded as UTF-8 and cleaned as HTML and as plain text. Nothing may escape the
 * cleaner but an {@link OutOfMemoryError}.
 *
 * <p>Crashers become permanent fixtures: every file in {@code src/test/resources/fuzz-fixes/} is cleaned as HTML
 * and as text by {@link #fuzzFixes()}. A failing case names its seed and mutation and is written to
 * {@code target/fuzz-crashers/}, from where it can be moved into the fixtures once reduced.
 *
 * <p>Run with {@code -Dstoryline.seed=N} for other mutations; the shared pages are read from the folder named by
 * the system property {@code storyline.shared} (Surefire sets it) and skipped when it is absent.
 */
class FuzzTest {
    static final long SEED = CleanerConformanceTest.SEED;
    /** Real pages taken from the shared set, and mutations of each. */
    static final int REAL_PAGES = 60;
    static final int MUTATIONS_PER_REAL_PAGE = 5;
    /** Generated pages (HTML and scrapes), and mutations of each: with the real ones about 400 in all. */
    static final int GENERATED_PAGES = 25;
    static final int MUTATIONS_PER_GENERATED_PAGE = 4;
    /** Larger pages are passed over, to keep the run short; the conformance test cleans a 2 MB page. */
    static final int MAX_REAL_PAGE_BYTES = 200_000;

    final Cleaner cleaner = new Cleaner();

    @Test
    void mutatedRealPagesAreCleanedWithoutException() throws IOException {
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "system property storyline.shared is not set: no real pages to mutate");
        Path pages = Path.of(shared, "data", "web", "pages");
        Assumptions.assumeTrue(Files.isDirectory(pages), "no shared web pages at " + pages + ": real pages not fuzzed");
        List<Path> files;
        try (Stream<Path> list = Files.list(pages)) {
            files = new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".gz")).sorted().toList());
        }
        Random random = new Random(SEED);
        Collections.shuffle(files, random);
        List<String> failures = new ArrayList<>();
        int used = 0;
        for (Path file : files) {
            if (used == REAL_PAGES) {
                break;
            }
            byte[] page = gunzip(file);
            if (page.length == 0 || page.length > MAX_REAL_PAGE_BYTES) {
                continue;
            }
            used++;
            fuzz(file.getFileName().toString(), page, MUTATIONS_PER_REAL_PAGE, random, failures);
        }
        assertThat(used).as("real pages of at most %d bytes in %s", MAX_REAL_PAGE_BYTES, pages).isPositive();
        assertNoFailures(failures, used * MUTATIONS_PER_REAL_PAGE);
    }

    @Test
    void mutatedGeneratedPagesAreCleanedWithoutException() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < GENERATED_PAGES; i++) {
            boolean html = i % 5 != 4;
            String page = html ? CleanerConformanceTest.Generate.htmlPage(random) : CleanerConformanceTest.Generate.textScrape(random);
            fuzz((html ? "generated page #" : "generated scrape #") + i, page.getBytes(StandardCharsets.UTF_8),
                    MUTATIONS_PER_GENERATED_PAGE, random, failures);
        }
        assertNoFailures(failures, GENERATED_PAGES * MUTATIONS_PER_GENERATED_PAGE);
    }

    /** Every fixture (a page that once broke the cleaner) is cleaned as HTML and as text. */
    @TestFactory
    Stream<DynamicTest> fuzzFixes() throws IOException, URISyntaxException {
        URL folder = FuzzTest.class.getResource("/fuzz-fixes");
        assertThat(folder).as("test resource folder fuzz-fixes").isNotNull();
        List<Path> fixtures;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            fixtures = list.filter(Files::isRegularFile).sorted().toList();
        }
        return fixtures.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (Page.Format format : Page.Format.values()) {
                try {
                    assertThat(cleaner.clean(page(format, text))).isNotNull();
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    throw new AssertionError("fuzz fixture " + file.getFileName() + " as " + format + ": " + e, e);
                }
            }
        }));
    }

    // ---- mutation and cleaning ---------------------------------------------------------------------------------

    /** Mutates a page {@code times} times, each mutation on the original, and cleans each result both ways. */
    private void fuzz(String name, byte[] original, int times, Random random, List<String> failures) {
        for (int i = 0; i < times; i++) {
            long seed = random.nextLong();
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            String text = mutation.apply(original, new Random(seed));
            for (Page.Format format : Page.Format.values()) {
                try {
                    Cleaned cleaned = cleaner.clean(page(format, text));
                    assertThat(cleaned.dispatches()).isNotNull().allSatisfy(d -> assertThat(d.text()).isNotNull());
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    failures.add(name + ", mutation " + mutation + " with seed " + seed + ", cleaned as " + format
                            + ": " + e + at(e) + "; input saved to " + save(name, mutation, seed, format, text));
                }
            }
        }
    }

    private static void assertNoFailures(List<String> failures, int cases) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases * 2 + " cleanings of mutated pages failed (base seed " + SEED + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        }
    }

    /** The first frame of the stage's own code in a stack trace. */
    private static String at(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.storyline.")) {
                return " at " + frame;
            }
        }
        return "";
    }

    /** Writes a failing input below {@code target/fuzz-crashers/} and returns where. */
    private static Path save(String name, Mutation mutation, long seed, Page.Format format, String text) {
        Path dir = Path.of("target", "fuzz-crashers");
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + "-" + mutation + "-" + seed + "." + format.name().toLowerCase());
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
        return file.toAbsolutePath();
    }

    private static Page page(Page.Format format, String text) {
        return format == Page.Format.HTML ? CleanerConformanceTest.html(text) : CleanerConformanceTest.text(text);
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shared page " + file + ": " + e.getMessage(), e);
        }
    }

    /** A change to a page's bytes or decoded text; each takes the original bytes and returns the text to clean. */
    enum Mutation {
        FLIP_BYTES {
            @Override
            byte[] bytes(byte[] b, Random r) {
                for (int n = 1 + r.nextInt(32); n > 0 && b.length > 0; n--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                }
                return b;
            }
        },
        FLIP_CHARS {
            @Override
            String text(String s, Random r) {
                StringBuilder out = new StringBuilder(s);
                for (int n = 1 + r.nextInt(32); n > 0 && !out.isEmpty(); n--) {
                    out.setCharAt(r.nextInt(out.length()), (char) (r.nextBoolean() ? r.nextInt(0x80) : r.nextInt(0x10000)));
                }
                return out.toString();
            }
        },
        TRUNCATE {
            @Override
            byte[] bytes(byte[] b, Random r) {
                return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
            }
        },
        DELETE_TAG_SPAN {
            @Override
            String text(String s, Random r) {
                int[] span = tagSpan(s, r);
                return span == null ? s : s.substring(0, span[0]) + s.substring(span[1]);
            }
        },
        DUPLICATE_TAG_SPAN {
            @Override
            String text(String s, Random r) {
                int[] span = tagSpan(s, r);
                return span == null ? s : s.substring(0, span[1]) + s.substring(span[0]);
            }
        },
        INSERT_MARKUP_CHARACTERS {
            @Override
            String text(String s, Random r) {
                StringBuilder out = new StringBuilder(s);
                for (int n = 1 + r.nextInt(64); n > 0; n--) {
                    out.insert(r.nextInt(out.length() + 1), "<>&\"".charAt(r.nextInt(4)));
                }
                return out.toString();
            }
        },
        SWAP_HALVES {
            @Override
            byte[] bytes(byte[] b, Random r) {
                int at = b.length == 0 ? 0 : r.nextInt(b.length);
                byte[] out = new byte[b.length];
                System.arraycopy(b, at, out, 0, b.length - at);
                System.arraycopy(b, 0, out, b.length - at, at);
                return out;
            }
        },
        REPEAT_CHUNK {
            @Override
            String text(String s, Random r) {
                int from = s.isEmpty() ? 0 : r.nextInt(s.length());
                int to = Math.min(s.length(), from + 1 + r.nextInt(100));
                return s.substring(0, to) + s.substring(from, to).repeat(999) + s.substring(to);
            }
        };

        /** The mutated text of a page. */
        String apply(byte[] original, Random r) {
            byte[] mutated = bytes(original.clone(), r);
            return text(new String(mutated, StandardCharsets.UTF_8), r);
        }

        byte[] bytes(byte[] b, Random r) {
            return b;
        }

        String text(String s, Random r) {
            return s;
        }

        /** A random stretch from the start of one tag to the end of a later one (up to 20 tags on), or null. */
        static int[] tagSpan(String s, Random r) {
            int start = s.indexOf('<', s.isEmpty() ? 0 : r.nextInt(s.length()));
            if (start < 0) {
                start = s.indexOf('<');
            }
            if (start < 0) {
                return null;
            }
            int end = start;
            for (int tags = 1 + r.nextInt(20); tags > 0; tags--) {
                int close = s.indexOf('>', end + 1);
                if (close < 0) {
                    break;
                }
                end = close;
            }
            return end == start ? null : new int[] {start, end + 1};
        }
    }
}
