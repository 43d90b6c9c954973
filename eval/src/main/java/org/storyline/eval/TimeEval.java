package org.storyline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.storyline.eval.timeml.TimeMlDocument;
import org.storyline.eval.timeml.TimeMlDocument.GoldTimex;
import org.storyline.eval.timeml.TimeMlReader;
import org.storyline.language.TemporalTagger;
import org.storyline.language.Timex;
import org.storyline.model.Span;

/**
 * Scores a temporal tagger on TimeML files as the TempEval-3 Task A scorer does: strict span P/R/F1 (same span),
 * relaxed span P/R/F1 (any overlap), and value and type F1 as relaxed F1 times the share of relaxed matches whose
 * attribute is right. Each document is anchored at its creation time (day precision); its {@code <TEXT>} is tagged.
 */
public final class TimeEval {
    private TimeEval() {
    }

    /** An expression the tagger found or the gold holds, for error analysis. */
    public record Expression(Span span, String text, String type, String value) {
        static Expression of(GoldTimex g) {
            return new Expression(g.span(), g.text(), g.type(), g.value());
        }

        static Expression of(Timex t) {
            return new Expression(t.span(), t.text(), t.type().name(), t.value());
        }
    }

    /** A gold expression and the found expression that overlaps it. */
    public record Pair(Expression gold, Expression found) {
        public boolean valueRight() {
            return gold.value() != null && gold.value().equals(found.value());
        }

        public boolean typeRight() {
            return gold.type() != null && gold.type().equals(found.type());
        }

        public boolean spanRight() {
            return gold.span().equals(found.span());
        }
    }

    /**
     * One document's counts and errors.
     *
     * @param missed   gold expressions no found expression overlaps
     * @param spurious found expressions that overlap no gold expression
     * @param pairs    each gold expression with the found expression overlapping it most
     */
    public record DocumentScore(String file, String anchor, int gold, int found, int strict, int relaxedGold, int relaxedFound,
                                List<Expression> missed, List<Expression> spurious, List<Pair> pairs) {
        public int valueRight() {
            return (int) pairs.stream().filter(Pair::valueRight).count();
        }

        public int typeRight() {
            return (int) pairs.stream().filter(Pair::typeRight).count();
        }
    }

    /** The scores over all documents. */
    public record Result(List<DocumentScore> documents) {
        public Result {
            documents = List.copyOf(documents);
        }

        private int sum(java.util.function.ToIntFunction<DocumentScore> f) {
            return documents.stream().mapToInt(f).sum();
        }

        public int gold() {
            return sum(DocumentScore::gold);
        }

        public int found() {
            return sum(DocumentScore::found);
        }

        public double strictPrecision() {
            return ratio(sum(DocumentScore::strict), found());
        }

        public double strictRecall() {
            return ratio(sum(DocumentScore::strict), gold());
        }

        public double strictF1() {
            return f1(strictPrecision(), strictRecall());
        }

        public double relaxedPrecision() {
            return ratio(sum(DocumentScore::relaxedFound), found());
        }

        public double relaxedRecall() {
            return ratio(sum(DocumentScore::relaxedGold), gold());
        }

        public double relaxedF1() {
            return f1(relaxedPrecision(), relaxedRecall());
        }

        /** Share of relaxed matches with the right value. */
        public double valueAccuracy() {
            return ratio(sum(DocumentScore::valueRight), sum(d -> d.pairs().size()));
        }

        /** Share of relaxed matches with the right type. */
        public double typeAccuracy() {
            return ratio(sum(DocumentScore::typeRight), sum(d -> d.pairs().size()));
        }

        public double valueF1() {
            return relaxedF1() * valueAccuracy();
        }

        public double typeF1() {
            return relaxedF1() * typeAccuracy();
        }

        public String summaryLine() {
            return String.format(Locale.ROOT, "eval time: relaxed_f1=%.4f strict_f1=%.4f value_f1=%.4f type_f1=%.4f docs=%d",
                    relaxedF1(), strictF1(), valueF1(), typeF1(), documents.size());
        }

        /** Precision and recall as well, for a report. */
        public String details() {
            return String.format(Locale.ROOT,
                    "gold=%d found=%d strict P=%.4f R=%.4f relaxed P=%.4f R=%.4f value accuracy=%.4f type accuracy=%.4f",
                    gold(), found(), strictPrecision(), strictRecall(), relaxedPrecision(), relaxedRecall(), valueAccuracy(),
                    typeAccuracy());
        }
    }

    /** Scores {@code tagger} on every {@code .tml} file under {@code dir}, in file-name order. */
    public static Result score(Path dir, TemporalTagger tagger) {
        Objects.requireNonNull(tagger, "tagger must not be null");
        List<DocumentScore> scores = new ArrayList<>();
        for (Path file : files(dir)) {
            try {
                TimeMlDocument doc = TimeMlReader.read(file, dir.relativize(file).toString().replace('\\', '/'));
                scores.add(score(doc, tagger.find(doc.text(), doc.creationTime())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read TimeML file " + file, e);
            }
        }
        return new Result(scores);
    }

    /** The {@code .tml} files under {@code dir}, sorted by their relative path. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder of TimeML files: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Scores one document's found expressions against its gold ones. */
    public static DocumentScore score(TimeMlDocument doc, List<Timex> found) {
        List<Expression> gold = doc.timexes().stream().map(Expression::of).toList();
        List<Expression> system = found.stream().map(Expression::of).toList();
        int strict = 0;
        int relaxedGold = 0;
        List<Expression> missed = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (Expression g : gold) {
            Expression best = null;
            int bestOverlap = 0;
            for (Expression s : system) {
                int overlap = overlap(g.span(), s.span());
                if (overlap > bestOverlap) {
                    best = s;
                    bestOverlap = overlap;
                }
                if (s.span().equals(g.span())) {
                    strict++;
                }
            }
            if (best == null) {
                missed.add(g);
            } else {
                relaxedGold++;
                pairs.add(new Pair(g, best));
            }
        }
        List<Expression> spurious = new ArrayList<>();
        int relaxedFound = 0;
        for (Expression s : system) {
            if (gold.stream().anyMatch(g -> overlap(g.span(), s.span()) > 0)) {
                relaxedFound++;
            } else {
                spurious.add(s);
            }
        }
        return new DocumentScore(doc.file(), doc.creationTime() == null ? null : doc.creationTime().value(), gold.size(),
                system.size(), strict, relaxedGold, relaxedFound, missed, spurious, pairs);
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
