package org.storyline.language.internal.numbers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.storyline.language.QuantityFinder;

/**
 * Throughput of the quantity finder on one thread, in characters per second: a bench command, not a test (no
 * timing is asserted anywhere). Input is generated wire text ({@link WireText}, 8 MB in articles of 2 to 12 KB),
 * or the text files given as arguments (files, or folders read recursively), held in memory. Runs ten rounds and
 * prints one line per round, then {@code bench quantities: chars=… quantities=… mb_per_s=… best_mb_per_s=…}.
 *
 * <p>Run from the project root after {@code mvn -q -o -pl language test-compile}:
 * <pre>{@code
 * java -cp language/target/test-classes:language/target/classes:model/target/classes \
 *     org.storyline.language.internal.numbers.EnglishQuantitiesBenchmark [FILE|DIR]...
 * }</pre>
 */
public final class EnglishQuantitiesBenchmark {
    private static final int ROUNDS = 10;
    private static final int GENERATED_CHARS = 8_000_000;

    private EnglishQuantitiesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = args.length == 0 ? generated() : read(args);
        long chars = texts.stream().mapToLong(String::length).sum();
        QuantityFinder finder = QuantityFinder.english();
        double best = 0;
        double last = 0;
        long quantities = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            quantities = 0;
            for (String text : texts) {
                quantities += finder.find(text).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            last = chars / 1e6 / seconds;
            best = Math.max(best, last);
            System.out.printf("round %d: %.1f MB/s%n", round, last);
        }
        System.out.printf("bench quantities: chars=%d texts=%d quantities=%d mb_per_s=%.1f best_mb_per_s=%.1f%n", chars,
            texts.size(), quantities, last, best);
    }

    private static List<String> generated() {
        Random random = new Random(EnglishQuantitiesTest.SEED);
        List<String> texts = new ArrayList<>();
        long chars = 0;
        while (chars < GENERATED_CHARS) {
            String text = WireText.article(random, 2_000 + random.nextInt(10_000));
            texts.add(text);
            chars += text.length();
        }
        return texts;
    }

    private static List<String> read(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String arg : args) {
            try (Stream<Path> files = Files.walk(Path.of(arg))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no text files under " + String.join(", ", args));
        }
        return texts;
    }
}
