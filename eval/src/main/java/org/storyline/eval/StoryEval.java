package org.storyline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.storyline.stories.StoryArticle;
import org.storyline.stories.StoryClusterer;

/**
 * Scores story clustering against ECB+ (the {@code ecbplus-val} layout of ../shared/data/stories): documents are
 * clustered from their text alone, and the stories are compared with the gold subtopics (one real-world happening
 * each; every topic holds two similar ones on purpose, e.g. two earthquakes) by B-cubed precision, recall and F1
 * over documents.
 *
 * <p>{@code dataset.conll} has one token a line, {@code doc_id TAB sentence TAB token_index TAB token TAB coref},
 * documents between {@code #begin document (12/12ecb/1); part 0} and {@code #end document}. Doc ids are
 * {@code topic/subtopic/number}, the subtopic being the topic followed by {@code ecb} or {@code ecbplus}. A sentence
 * the file repeats (same sentence and token index) is read once. The corpus gives no dates or outlets. {@link #read}
 * also collects the runs of capitalised tokens as names, a crude stand-in for those the language stage finds; the
 * default score uses the text alone (with those names F1 is about the same, and order matters more).
 */
public final class StoryEval {
    private StoryEval() {
    }

    /** One ECB+ document: its id, gold subtopic, text (tokens joined by spaces, a line per sentence) and names. */
    public record Document(String id, String subtopic, String text, Set<String> names) {
    }

    /** B-cubed scores of one clustering. */
    public record Result(double precision, double recall, double f1, int documents, int goldStories, int stories,
                         double seconds) {
        public String summaryLine() {
            return String.format(Locale.ROOT, "eval stories: bcubed_f1=%.4f p=%.4f r=%.4f documents=%d gold_stories=%d stories=%d",
                    f1, precision, recall, documents, goldStories, stories);
        }
    }

    /**
     * Clusters the documents of {@code dir/dataset.conll} in file order, from their text alone, with the default
     * options and scores them.
     */
    public static Result score(Path dir) {
        return score(read(dir), StoryClusterer.Options.defaults(), false, -1);
    }

    /**
     * Clusters the documents with the given options and scores them.
     *
     * @param names pass the capitalised-token names, or text alone
     * @param shuffleSeed add documents in an order shuffled with this seed, or in the given order when negative
     */
    public static Result score(List<Document> documents, StoryClusterer.Options options, boolean names, long shuffleSeed) {
        List<Document> order = new ArrayList<>(documents);
        if (shuffleSeed >= 0) {
            Collections.shuffle(order, new Random(shuffleSeed));
        }
        long start = System.nanoTime();
        StoryClusterer clusterer = new StoryClusterer(options);
        for (Document d : order) {
            clusterer.add(new StoryArticle(d.id(), null, null, null, d.text(), null, names ? d.names() : Set.of(), Set.of(), Set.of()));
        }
        Map<String, List<String>> stories = clusterer.stories();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> predicted = new HashMap<>();
        stories.forEach((story, articles) -> articles.forEach(a -> predicted.put(a, story)));
        Map<String, String> gold = new HashMap<>();
        documents.forEach(d -> gold.put(d.id(), d.subtopic()));
        double[] prf = bcubed(gold, predicted);
        return new Result(prf[0], prf[1], prf[2], documents.size(), new HashSet<>(gold.values()).size(), stories.size(), seconds);
    }

    /**
     * B-cubed precision, recall and F1 of a clustering against gold classes: per item, the share of its cluster in
     * its class (precision) and of its class in its cluster (recall), averaged over all gold items.
     */
    public static double[] bcubed(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> overlap = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String cluster = predicted.get(e.getKey());
            if (cluster == null) {
                throw new IllegalArgumentException("document " + e.getKey() + " was not clustered");
            }
            classSize.merge(e.getValue(), 1, Integer::sum);
            clusterSize.merge(cluster, 1, Integer::sum);
            overlap.merge(e.getValue() + "\u0000" + cluster, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String cluster = predicted.get(e.getKey());
            int both = overlap.get(e.getValue() + "\u0000" + cluster);
            p += (double) both / clusterSize.get(cluster);
            r += (double) both / classSize.get(e.getValue());
        }
        int n = gold.size();
        p /= n;
        r /= n;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** Reads the documents of {@code dir/dataset.conll} in file order. */
    public static List<Document> read(Path dir) {
        Path file = dir.resolve("dataset.conll");
        Map<String, List<String[]>> tokens = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 4) {
                    throw new IllegalArgumentException(file + ": line " + lineNo + " is not 'doc TAB sentence TAB index TAB token ...': " + line);
                }
                if (seen.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1] + ":" + cols[2])) {
                    tokens.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(new String[] {cols[1], cols[3]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Document> out = new ArrayList<>();
        tokens.forEach((id, list) -> out.add(new Document(id, subtopic(id), text(list), names(list))));
        return out;
    }

    /** {@code 12/12ecbplus/3} → {@code 12/12ecbplus}. */
    static String subtopic(String docId) {
        int slash = docId.lastIndexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("ECB+ document id must be topic/subtopic/number: " + docId);
        }
        return docId.substring(0, slash);
    }

    private static String text(List<String[]> tokens) {
        StringBuilder sb = new StringBuilder();
        String sentence = null;
        for (String[] t : tokens) {
            if (sentence != null) {
                sb.append(t[0].equals(sentence) ? ' ' : '\n');
            }
            sb.append(t[1]);
            sentence = t[0];
        }
        return sb.toString();
    }

    /** Runs of capitalised tokens, not at the start of a sentence, lower-cased: a crude entity set. */
    private static Set<String> names(List<String[]> tokens) {
        Set<String> names = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        String sentence = null;
        boolean sentenceStart = true;
        for (String[] t : tokens) {
            boolean newSentence = !t[0].equals(sentence);
            sentence = t[0];
            if (newSentence) {
                flush(run, names);
                sentenceStart = true;
            }
            String w = t[1];
            boolean capital = w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !sentenceStart
                    && w.chars().anyMatch(Character::isLowerCase);
            if (capital) {
                if (run.length() > 0) {
                    run.append(' ');
                }
                run.append(w.toLowerCase(Locale.ROOT));
            } else {
                flush(run, names);
            }
            sentenceStart = false;
        }
        flush(run, names);
        return names;
    }

    private static void flush(StringBuilder run, Set<String> names) {
        if (run.length() > 0) {
            names.add(run.toString());
            run.setLength(0);
        }
    }
}
