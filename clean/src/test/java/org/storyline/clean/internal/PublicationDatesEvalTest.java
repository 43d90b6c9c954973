package org.storyline.clean.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Publication dates of the 800 pages of the shared web evaluation set (htmldate's): the share whose found day is
 * the gold day. Published anchors: htmldate fast 0.861, extensive 0.903; the floor here is 0.85.
 */
class PublicationDatesEvalTest {
    private static final double FLOOR = 0.85;

    @Test
    void accuracyOnTheSharedWebPages() throws IOException {
        Path web = sharedWeb();
        assumeTrue(web != null, "shared data (web/dates.json and web/pages) absent: skipping");
        @SuppressWarnings("unchecked")
        Map<String, Object> gold = (Map<String, Object>) LenientJson.parse(Files.readString(web.resolve("dates.json")));
        assumeTrue(gold != null && !gold.isEmpty(), "shared web/dates.json unreadable or empty: skipping");

        record Miss(String url, String gold, String found, String basis, long days) {
        }
        List<Miss> misses = new ArrayList<>();
        Map<String, int[]> byBasis = new TreeMap<>();
        int correct = 0;
        long nanos = 0;
        for (Map.Entry<String, Object> e : gold.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) e.getValue();
            String want = (String) item.get("date");
            Document doc;
            try (InputStream in = new GZIPInputStream(
                    Files.newInputStream(web.resolve("pages").resolve(item.get("file") + ".gz")))) {
                doc = Jsoup.parse(in, null, e.getKey());
            }
            long t = System.nanoTime();
            Optional<PublicationDates.Found> found = PublicationDates.inHtml(doc, e.getKey());
            nanos += System.nanoTime() - t;
            String day = found.map(f -> f.date().value()).filter(v -> v.length() >= 10).map(v -> v.substring(0, 10))
                    .orElse(null);
            String basis = found.map(f -> f.basis().replaceFirst(":.*", "")).orElse("none");
            int[] counts = byBasis.computeIfAbsent(basis, b -> new int[2]);
            counts[0]++;
            if (want.equals(day)) {
                correct++;
                counts[1]++;
            } else {
                long days = day == null ? Long.MAX_VALUE
                        : Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(want), LocalDate.parse(day)));
                misses.add(new Miss(e.getKey(), want, found.map(f -> f.date().value()).orElse("-"),
                        found.map(PublicationDates.Found::basis).orElse("-"), days));
            }
        }
        double accuracy = correct / (double) gold.size();
        System.out.printf("publication dates: accuracy %.4f (%d/%d), %.2f ms/page (after parsing)%n", accuracy, correct,
                gold.size(), nanos / 1e6 / gold.size());
        StringBuilder sources = new StringBuilder("  by basis:");
        byBasis.forEach((b, c) -> sources.append(String.format(" %s %d (%.2f)", b, c[0], c[1] / (double) c[0])));
        System.out.println(sources);
        // wrong days first, farthest first; then pages where no date was found
        misses.sort(Comparator.comparing((Miss m) -> m.days() == Long.MAX_VALUE).thenComparing(Miss::days,
                Comparator.reverseOrder()));
        long none = misses.stream().filter(m -> m.days() == Long.MAX_VALUE).count();
        System.out.printf("  worst misses (url, gold, found, basis); %d of %d misses found no date:%n", none,
                misses.size());
        for (Miss m : misses.subList(0, Math.min(15, misses.size()))) {
            String url = m.url().length() > 90 ? m.url().substring(0, 90) + "…" : m.url();
            System.out.printf("    %s %s %s %s%n", url, m.gold(), m.found(), m.basis());
        }
        assertTrue(accuracy >= FLOOR, String.format("accuracy %.4f is under the floor %.2f", accuracy, FLOOR));
    }

    /** {@code <shared>/data/web}, from the system property {@code storyline.shared} or next to the repository. */
    private static Path sharedWeb() {
        List<Path> roots = new ArrayList<>();
        String property = System.getProperty("storyline.shared");
        if (property != null && !property.isBlank()) {
            roots.add(Path.of(property));
        }
        roots.add(Path.of("../../shared"));
        roots.add(Path.of("../shared"));
        for (Path root : roots) {
            Path web = root.resolve("data").resolve("web");
            if (Files.isRegularFile(web.resolve("dates.json")) && Files.isDirectory(web.resolve("pages"))) {
                return web;
            }
        }
        return null;
    }
}
