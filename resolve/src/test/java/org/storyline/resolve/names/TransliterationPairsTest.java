package org.storyline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.NameMention;
import org.storyline.model.Span;

/**
 * Transliteration variants across documents, scored on generated pairs ({@link VariantPairs}): each pair's two
 * names go into two one-line documents, through {@link DocumentEntities} and {@link CorpusEntities}, and count as
 * joined when one person entity holds both. The F1 of "same person" is asserted as a floor.
 */
class TransliterationPairsTest {
    private static final long SEED = 20260206L;

    @Test
    void variantPairsScoreAtLeast095F1() {
        VariantPairs generator = new VariantPairs();
        assertThat(generator.names()).as("names in names.tsv").isGreaterThanOrEqualTo(600);
        List<VariantPairs.Pair> pairs = generator.generate(Long.getLong("storyline.pairs.seed", SEED));
        long positives = pairs.stream().filter(VariantPairs.Pair::same).count();
        long negatives = pairs.size() - positives;
        assertThat(positives).as("positive pairs").isGreaterThanOrEqualTo(500);
        assertThat(negatives).as("negative pairs").isGreaterThanOrEqualTo(500);

        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (VariantPairs.Pair p : pairs) {
            boolean joined = joined(p.a(), p.b());
            int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[2]);
            k[0]++;
            if (joined == p.same()) {
                k[1]++;
            } else {
                errors.add((p.same() ? "missed  " : "wrongly joined  ") + p.a() + "  |  " + p.b() + "  (" + p.kind() + ")");
            }
            if (joined && p.same()) {
                tp++;
            } else if (joined) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d pairs (%d same, %d different): precision %.3f, recall %.3f, F1 %.3f%n", pairs.size(), positives,
                negatives, precision, recall, f1));
        byKind.forEach((kind, k) -> report.append(String.format(Locale.ROOT, "  %-28s %4d pairs, %.3f right%n", kind, k[0],
                k[1] / (double) k[0])));
        errors.forEach(e -> report.append("  ").append(e).append('\n'));
        System.out.print(report);
        assertThat(f1).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    }

    /** Whether the two names, each alone in its own document, resolve to one person. */
    static boolean joined(String a, String b) {
        List<Entity> entities = CorpusEntities.resolve(List.of(document("a1", a), document("a2", b)));
        return entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .anyMatch(e -> e.mentions().stream().map(m -> m.article()).distinct().count() == 2);
    }

    private static List<LocalEntity> document(String id, String name) {
        String text = name + " said on Friday that talks would go on.";
        Article article = new Article(id, "d" + id, 0, null, null, null, DateBasis.UNKNOWN, "en", text);
        return DocumentEntities.resolve(List.of(article),
                List.of(new NameMention(id, new Span(0, name.length()), name, EntityType.PERSON)));
    }
}
