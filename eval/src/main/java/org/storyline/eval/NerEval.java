package org.storyline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores named-entity recognition against CoNLL-2003 style files (one token a line: word, POS, chunk, IOB NER tag;
 * blank lines between sentences; {@code -DOCSTART-} lines between documents), on the gold tokenisation, by exact
 * entity span and type, as conlleval does.
 */
public final class NerEval {
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private NerEval() {
    }

    /** One sentence: its words and gold IOB tags. */
    public record Sentence(List<String> words, List<String> tags) {
    }

    /** Precision, recall and F1 of one entity type, or of several together. */
    public record Score(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores by type, PER/ORG/LOC micro-averaged, token count and tagging time. */
    public record Result(Map<String, Score> byType, Score perOrgLoc, int sentences, int tokens, double seconds) {
        public String summaryLine() {
            return String.format(Locale.ROOT, "eval ner: f1=%.4f p=%.4f r=%.4f per_f1=%.4f org_f1=%.4f loc_f1=%.4f misc_f1=%.4f tokens=%d",
                    perOrgLoc.f1(), perOrgLoc.precision(), perOrgLoc.recall(), byType.get("PER").f1(), byType.get("ORG").f1(),
                    byType.get("LOC").f1(), byType.get("MISC").f1(), tokens);
        }
    }

    public static List<Sentence> read(Path conll) {
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                    if (!words.isEmpty()) {
                        sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
                        words.clear();
                        tags.clear();
                    }
                    continue;
                }
                String[] cols = line.strip().split("\\s+");
                if (cols.length < 2) {
                    throw new IllegalArgumentException(conll + ": line " + lineNo + " is not 'word ... TAG': " + line);
                }
                words.add(cols[0]);
                tags.add(cols[cols.length - 1]);
            }
            if (!words.isEmpty()) {
                sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + conll + ": " + e.getMessage(), e);
        }
        return sentences;
    }

    /**
     * Scores a tagger that returns one CoNLL label per word (PERSON, ORGANIZATION, LOCATION, MISC, O; IOB prefixes
     * allowed).
     *
     * @param upper score on the same text upper-cased (wire text in capitals)
     */
    public static Result score(List<Sentence> sentences, Function<List<String>, List<String>> tagger, boolean upper) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new int[3]));
        int tokens = 0;
        long start = System.nanoTime();
        for (Sentence s : sentences) {
            List<String> words = upper ? s.words().stream().map(w -> w.toUpperCase(Locale.ROOT)).toList() : s.words();
            List<String> predicted = tagger.apply(words);
            tokens += words.size();
            Set<String> gold = spans(s.tags(), true);
            Set<String> found = spans(predicted, false);
            for (String g : gold) {
                counts.get(g.substring(g.lastIndexOf(':') + 1))[2]++;
            }
            for (String f : found) {
                int[] c = counts.get(f.substring(f.lastIndexOf(':') + 1));
                c[1]++;
                if (gold.contains(f)) {
                    c[0]++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Score> byType = new LinkedHashMap<>();
        int tp = 0;
        int pred = 0;
        int gold = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            byType.put(e.getKey(), new Score(c[0], c[1], c[2]));
            if (!e.getKey().equals("MISC")) {
                tp += c[0];
                pred += c[1];
                gold += c[2];
            }
        }
        return new Result(byType, new Score(tp, pred, gold), sentences.size(), tokens, seconds);
    }

    /** Entity spans as "start:end:TYPE"; gold tags are IOB, predicted ones IO (same-type runs are one entity). */
    private static Set<String> spans(List<String> tags, boolean iob) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < tags.size()) {
            String type = type(tags.get(i));
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tags.size() && type.equals(type(tags.get(j))) && !(iob && tags.get(j).startsWith("B-"))) {
                j++;
            }
            out.add(i + ":" + j + ":" + type);
            i = j;
        }
        return out;
    }

    private static String type(String tag) {
        String t = tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
        return switch (t) {
            case "PER", "PERSON" -> "PER";
            case "ORG", "ORGANIZATION" -> "ORG";
            case "LOC", "LOCATION" -> "LOC";
            case "MISC" -> "MISC";
            default -> null;
        };
    }
}
