package org.storyline.resolve.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.storyline.language.Language;
import org.storyline.language.Name;

/**
 * Draws the rows of {@code places-fixture.tsv} to be checked by hand: every distinct place mention of the seed
 * articles and 200 place mentions sampled (seeded, so the draw repeats) from the quotes dev texts. A mention is a
 * name the language stage types PLACE, widened by {@link Toponyms#mention}; its context is the document's other
 * distinct mentions. Prints TSV (file, mention, context, a snippet of the text around it for the checker) to
 * standard output; the snippet is for checking only and never goes into the fixture.
 *
 * <p>Run from the repository root with the module's test class path, after {@code mvn -o -pl resolve test-compile
 * dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}: {@code java -cp
 * "$(cat resolve/cp.txt):resolve/target/classes:resolve/target/test-classes"
 * org.storyline.resolve.geo.PlacesFixtureSampler ../shared > rows.tsv}. The checked answers were then written by
 * hand into the fixture's expected and note columns.
 */
public final class PlacesFixtureSampler {
    private static final int SAMPLE = 200;
    private static final long SEED = 20260206L;

    private PlacesFixtureSampler() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        List<String[]> seeds = new ArrayList<>();
        for (Path p : files(shared.resolve("corpus/seeds"))) {
            Set<String> seen = new LinkedHashSet<>();
            for (String[] row : mentions(p)) {
                if (seen.add(row[1])) {
                    seeds.add(row);
                }
            }
        }
        List<String[]> quotes = new ArrayList<>();
        for (Path p : files(shared.resolve("data/quotes/dev/text"))) {
            quotes.addAll(mentions(p));
        }
        Random random = new Random(SEED);
        List<String[]> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE && !quotes.isEmpty(); i++) {
            sample.add(quotes.remove(random.nextInt(quotes.size())));
        }
        for (List<String[]> rows : List.of(seeds, sample)) {
            for (String[] row : rows) {
                System.out.println(String.join("\t", row));
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Rows of one document: file, mention, context ("|"-separated), snippet. */
    private static List<String[]> mentions(Path file) throws IOException {
        String text = Files.readString(file);
        List<Name> places = Language.shared().annotate(text, null).names().stream()
                .filter(n -> n.type() == Name.Type.PLACE).toList();
        List<String> mentions = new ArrayList<>();
        for (Name n : places) {
            mentions.add(Toponyms.mention(text, n.span().start(), n.span().end()).replaceAll("\\s+", " "));
        }
        Set<String> distinct = new LinkedHashSet<>(mentions);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            String m = mentions.get(i);
            List<String> context = distinct.stream().filter(d -> !d.equals(m)).toList();
            int s = Math.max(0, places.get(i).span().start() - 70), e = Math.min(text.length(), places.get(i).span().end() + 70);
            rows.add(new String[] {file.getFileName().toString(), m, String.join("|", context),
                    text.substring(s, e).replaceAll("\\s+", " ")});
        }
        return rows;
    }
}
