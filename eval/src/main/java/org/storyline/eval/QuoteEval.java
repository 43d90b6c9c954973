package org.storyline.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.eval.polnear.Polnear;
import org.storyline.extract.quotes.QuoteFinder;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.StableId;

/**
 * Scores quote and claim extraction against PolNeAR (political news, attributions annotated PARC style: every
 * source, cue and content, including thoughts and beliefs such as "he figures").
 *
 * <p>Definitions, fixed before any system was scored:
 * <ul>
 *   <li><b>Words.</b> Spans are compared as sets of word tokens (maximal runs of letters and digits) of the article
 *       text; a token belongs to a span when they overlap.</li>
 *   <li><b>Predictions.</b> The finder's quotes that share a cue span are one predicted attribution (the parts of a
 *       quotation interrupted by "he said"), its content the union of their spans; a quote without a cue span is
 *       one attribution alone.</li>
 *   <li><b>Content match.</b> The shared words are at least half of the gold content's words and at least half of
 *       the predicted content's words. Gold attributions without content words are not scored.</li>
 *   <li><b>Source match.</b> The head words agree (case-insensitively), or the spans overlap. A head is the last
 *       word of the phrase before any ",", "(", or "of"/"from"/"at"/"in"/"for"/"with"/"on"/"to"/"who"/"which",
 *       without a possessive "'s" ("Joel Pollak of Breitbart" → Pollak). The predicted phrase is the text at the
 *       quote's speaker span. Gold sources PolNeAR cannot resolve: when the gold source is a pronoun or a
 *       definite description with a lower-case head ("he", "the candidate"), the corpus has no coreference to
 *       check a resolved name against, so the source matches when the predicted cue overlaps the gold cue and the
 *       predicted speaker span does not come after the gold source. A gold attribution without a source matches
 *       any speaker.</li>
 *   <li><b>Matching</b> is one-to-one, greedily by shared words over the union of words, once with content only
 *       and once with content and source.</li>
 *   <li><b>attribution_f1</b> (content and source): recall over gold attributions whose cue contains a form of
 *       one of the {@link #SAYING} verbs, precision over predictions whose cue does.</li>
 *   <li><b>direct_f1</b> (content and source): recall over gold attributions whose content words are at least
 *       half inside quotation marks (marks paired within each paragraph: “ opens, ” closes, " and '' toggle),
 *       precision over the finder's direct quotes.</li>
 *   <li><b>all_f1</b> (content only): all gold attributions against all predictions.</li>
 * </ul>
 */
public final class QuoteEval {
    /**
     * The verbs of saying and reporting, as lemmas: a gold or predicted attribution is in the attribution_f1
     * subset when a word of its cue is a form of one. Chosen once, before scoring; not tuned.
     */
    public static final Set<String> SAYING = Set.of("say", "tell", "add", "claim", "state", "report", "announce",
            "write", "ask", "reply", "argue", "insist", "warn", "note", "explain", "deny", "admit", "confirm",
            "suggest", "acknowledge", "declare", "predict", "accuse", "allege", "describe", "call", "testify",
            "tweet", "post", "respond", "comment", "speak", "urge", "promise", "vow", "assert", "contend", "concede",
            "stress", "emphasize", "emphasise", "mention", "reveal", "recall", "remark", "observe", "complain",
            "boast", "joke", "quip", "retort", "threaten", "pledge", "reiterate", "repeat", "answer", "inform",
            "caution", "charge", "counter", "exclaim", "shout", "question", "echo");

    private static final Set<String> SAYING_FORMS = forms(SAYING);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "his", "their", "its", "my", "our", "me", "us", "your", "this", "that", "who", "which", "one",
            "himself", "herself", "themselves", "itself");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HEAD_CUT = Pattern.compile(
            ",|\\(|\\s(?:of|from|at|in|for|with|on|to|who|which|whose|that)\\s", Pattern.CASE_INSENSITIVE);

    private QuoteEval() {
    }

    /** Precision, recall and F1, counting matched predictions and matched gold items separately. */
    public record Score(int matchedPredicted, int predicted, int matchedGold, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The three scores, the corpus size, and the finder's own time (annotation excluded).
     *
     * @param chars         characters of article text the finder read
     * @param finderSeconds time spent in {@link QuoteFinder#find}, on one thread
     */
    public record Result(Score attribution, Score direct, Score all, int articles, int quotes, long chars,
                         double finderSeconds) {
        public double charsPerSecond() {
            return finderSeconds == 0 ? 0 : chars / finderSeconds;
        }

        public String summaryLine() {
            return String.format(Locale.ROOT, "eval quotes: attribution_f1=%.4f direct_f1=%.4f all_f1=%.4f "
                            + "attribution_p=%.4f attribution_r=%.4f direct_p=%.4f direct_r=%.4f all_p=%.4f "
                            + "all_r=%.4f gold_saying=%d gold_direct=%d gold_all=%d quotes=%d articles=%d "
                            + "chars_per_second=%.0f",
                    attribution.f1(), direct.f1(), all.f1(), attribution.precision(), attribution.recall(),
                    direct.precision(), direct.recall(), all.precision(), all.recall(), attribution.gold(),
                    direct.gold(), all.gold(), quotes, articles, charsPerSecond());
        }
    }

    /** Scores a finder on a PolNeAR split (or the corpus root, meaning its dev split), annotating on all cores. */
    public static Result score(Path dir, QuoteFinder finder) {
        return score(dir, finder, Runtime.getRuntime().availableProcessors());
    }

    public static Result score(Path dir, QuoteFinder finder, int threads) {
        List<Polnear.Article> articles = Polnear.read(dir);
        return score(articles, annotate(articles, threads), finder);
    }

    /** The language stage's annotations of each article, in order. */
    public static List<Annotated> annotate(List<Polnear.Article> articles, int threads) {
        Language language = Language.shared();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Annotated>> futures = new ArrayList<>();
            for (Polnear.Article a : articles) {
                futures.add(pool.submit(() -> language.annotate(a.text(), null)));
            }
            List<Annotated> out = new ArrayList<>();
            for (Future<Annotated> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotating failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scores a finder on annotated articles. */
    public static Result score(List<Polnear.Article> articles, List<Annotated> annotations, QuoteFinder finder) {
        List<List<Quote>> predictions = new ArrayList<>();
        long chars = 0;
        long nanos = 0;
        for (int i = 0; i < articles.size(); i++) {
            Polnear.Article a = articles.get(i);
            String id = StableId.of('a', a.name());
            long t0 = System.nanoTime();
            predictions.add(finder.find(id, a.text(), annotations.get(i)));
            nanos += System.nanoTime() - t0;
            chars += a.text().length();
        }
        return score(articles, predictions, chars, nanos / 1e9);
    }

    static Result score(List<Polnear.Article> articles, List<List<Quote>> predictions, long chars, double seconds) {
        int[] attribution = new int[4];
        int[] direct = new int[4];
        int[] all = new int[4];
        int quotes = 0;
        for (int i = 0; i < articles.size(); i++) {
            Judged j = judge(articles.get(i), predictions.get(i));
            quotes += predictions.get(i).size();
            for (int p = 0; p < j.predicted.size(); p++) {
                Predicted pr = j.predicted.get(p);
                all[1]++;
                all[0] += j.contentMatch[p] >= 0 ? 1 : 0;
                if (pr.saying) {
                    attribution[1]++;
                    attribution[0] += j.fullMatch[p] >= 0 ? 1 : 0;
                }
                if (pr.direct) {
                    direct[1]++;
                    direct[0] += j.fullMatch[p] >= 0 ? 1 : 0;
                }
            }
            for (int g = 0; g < j.gold.size(); g++) {
                Expected ex = j.gold.get(g);
                all[3]++;
                all[2] += j.goldContentMatched.get(g) ? 1 : 0;
                if (ex.saying) {
                    attribution[3]++;
                    attribution[2] += j.goldFullMatched.get(g) ? 1 : 0;
                }
                if (ex.direct) {
                    direct[3]++;
                    direct[2] += j.goldFullMatched.get(g) ? 1 : 0;
                }
            }
        }
        return new Result(score(attribution), score(direct), score(all), articles.size(), quotes, chars, seconds);
    }

    private static Score score(int[] c) {
        return new Score(c[0], c[1], c[2], c[3]);
    }

    // ----------------------------------------------------------------------------------------------------------

    /** A gold attribution as scored: its words and the facts the criteria need. */
    record Expected(Polnear.Gold gold, BitSet words, boolean saying, boolean direct, String head, boolean anaphor) {
    }

    /** A predicted attribution: the quotes sharing a cue, their words and speaker. */
    record Predicted(List<Quote> quotes, BitSet words, boolean saying, boolean direct, String head) {
        Quote first() {
            return quotes.getFirst();
        }
    }

    /** One article judged: gold and predicted attributions, and which matched which (-1: none). */
    record Judged(Polnear.Article article, List<Expected> gold, List<Predicted> predicted, int[] contentMatch,
                  int[] fullMatch, BitSet goldContentMatched, BitSet goldFullMatched) {
    }

    static Judged judge(Polnear.Article article, List<Quote> quotes) {
        String text = article.text();
        int[] wordAt = wordIndex(text);
        BitSet quoted = quotedWords(text, wordAt);
        List<Expected> gold = new ArrayList<>();
        for (Polnear.Gold g : article.attributions()) {
            BitSet words = words(g.content(), wordAt);
            if (words.isEmpty()) {
                continue;
            }
            BitSet inside = (BitSet) words.clone();
            inside.and(quoted);
            String source = join(text, g.source());
            gold.add(new Expected(g, words, saying(join(text, g.cue())), 2 * inside.cardinality() >= words.cardinality(),
                    head(source), anaphor(source)));
        }
        Map<Object, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote q : quotes) {
            groups.computeIfAbsent(q.cueSpan() != null ? q.cueSpan() : q.id(), k -> new ArrayList<>()).add(q);
        }
        List<Predicted> predicted = new ArrayList<>();
        for (List<Quote> group : groups.values()) {
            BitSet words = new BitSet();
            boolean direct = false;
            for (Quote q : group) {
                words.or(words(List.of(q.span()), wordAt));
                direct |= q.direct();
            }
            Quote q = group.getFirst();
            String speaker = q.speakerSpan() != null && q.speakerSpan().end() <= text.length()
                    ? q.speakerSpan().of(text) : q.speakerText();
            predicted.add(new Predicted(List.copyOf(group), words, q.cue() != null && saying(q.cue()), direct,
                    head(speaker)));
        }
        int[] contentMatch = new int[predicted.size()];
        int[] fullMatch = new int[predicted.size()];
        BitSet goldContent = match(gold, predicted, false, contentMatch);
        BitSet goldFull = match(gold, predicted, true, fullMatch);
        return new Judged(article, gold, predicted, contentMatch, fullMatch, goldContent, goldFull);
    }

    /** Greedy one-to-one matching by shared words over the union; fills predicted → gold, returns matched gold. */
    private static BitSet match(List<Expected> gold, List<Predicted> predicted, boolean source, int[] toGold) {
        Arrays.fill(toGold, -1);
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Expected e = gold.get(g);
                Predicted pr = predicted.get(p);
                BitSet shared = (BitSet) e.words().clone();
                shared.and(pr.words());
                int n = shared.cardinality();
                if (2 * n < e.words().cardinality() || 2 * n < pr.words().cardinality() || n == 0) {
                    continue;
                }
                if (source && !sourceMatches(e, pr)) {
                    continue;
                }
                BitSet union = (BitSet) e.words().clone();
                union.or(pr.words());
                pairs.add(new double[] {(double) n / union.cardinality(), g, p});
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] d) -> -d[0]).thenComparingDouble(d -> d[1])
                .thenComparingDouble(d -> d[2]));
        BitSet matchedGold = new BitSet();
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (!matchedGold.get(g) && toGold[p] < 0) {
                matchedGold.set(g);
                toGold[p] = g;
            }
        }
        return matchedGold;
    }

    static boolean sourceMatches(Expected e, Predicted p) {
        List<Span> source = e.gold().source();
        if (source.isEmpty()) {
            return true;
        }
        Quote q = p.first();
        if (q.speakerSpan() != null) {
            for (Span s : source) {
                if (s.start() < q.speakerSpan().end() && q.speakerSpan().start() < s.end()) {
                    return true;
                }
            }
        }
        if (!e.head().isEmpty() && e.head().equalsIgnoreCase(p.head())) {
            return true;
        }
        if (e.anaphor() && q.cueSpan() != null) {
            int sourceEnd = source.getLast().end();
            boolean before = q.speakerSpan() == null || q.speakerSpan().start() < sourceEnd;
            for (Span c : e.gold().cue()) {
                if (c.start() < q.cueSpan().end() && q.cueSpan().start() < c.end() && before) {
                    return true;
                }
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------------------------------

    /** For each character, the index of the word token it is in, or -1. */
    private static int[] wordIndex(String text) {
        int[] at = new int[text.length()];
        Arrays.fill(at, -1);
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            Arrays.fill(at, m.start(), m.end(), n++);
        }
        return at;
    }

    private static BitSet words(List<Span> spans, int[] wordAt) {
        BitSet out = new BitSet();
        for (Span s : spans) {
            for (int c = s.start(); c < Math.min(s.end(), wordAt.length); c++) {
                if (wordAt[c] >= 0) {
                    out.set(wordAt[c]);
                }
            }
        }
        return out;
    }

    /** Words inside quotation marks, pairing marks within each paragraph. */
    private static BitSet quotedWords(String text, int[] wordAt) {
        BitSet out = new BitSet();
        boolean open = false;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '\n') {
                open = false;
            } else if (ch == '“' || ch == '«') {
                open = true;
            } else if (ch == '”' || ch == '»') {
                open = false;
            } else if (ch == '"') {
                open = !open;
            } else if (ch == '\'' && c + 1 < text.length() && text.charAt(c + 1) == '\'') {
                open = !open;
                c++;
            } else if (open && wordAt[c] >= 0) {
                out.set(wordAt[c]);
            }
        }
        return out;
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder s = new StringBuilder();
        for (Span span : spans) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(span.of(text));
        }
        return s.toString();
    }

    /** Whether a cue holds a form of a verb of saying. */
    static boolean saying(String cue) {
        Matcher m = WORD.matcher(cue.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (SAYING_FORMS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The head word of a source phrase: its last word before a comma, parenthesis or post-modifier. */
    static String head(String phrase) {
        if (phrase == null) {
            return "";
        }
        String p = phrase.replace('’', '\'').strip();
        Matcher cut = HEAD_CUT.matcher(p);
        if (cut.find() && cut.start() > 0) {
            p = p.substring(0, cut.start());
        }
        p = p.replaceAll("'s?$", "").replaceAll("'s?\\s*$", "");
        Matcher m = WORD.matcher(p);
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /** A pronoun, or a definite description with a lower-case head ("the candidate"). */
    static boolean anaphor(String source) {
        String s = source.strip();
        if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String h = head(s);
        String lower = s.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("the ") || lower.startsWith("this ") || lower.startsWith("that "))) {
            return false;
        }
        Matcher m = WORD.matcher(s.replace('’', '\''));
        String original = "";
        while (m.find()) {
            if (m.group().equalsIgnoreCase(h)) {
                original = m.group();
            }
        }
        return !original.isEmpty() && Character.isLowerCase(original.charAt(0));
    }

    /** Every inflected form of the lemmas (regular rules and the irregular verbs of saying). */
    static Set<String> forms(Set<String> lemmas) {
        Set<String> out = new HashSet<>();
        Map<String, List<String>> irregular = Map.of("say", List.of("said"), "tell", List.of("told"),
                "write", List.of("wrote", "written"), "speak", List.of("spoke", "spoken"));
        Set<String> doubling = Set.of("admit", "quip", "regret", "commit");
        for (String l : lemmas) {
            out.add(l);
            out.addAll(irregular.getOrDefault(l, List.of()));
            char last = l.charAt(l.length() - 1);
            String stem = l.substring(0, l.length() - 1);
            if (doubling.contains(l)) {
                out.addAll(List.of(l + "s", l + last + "ed", l + last + "ing"));
            } else if (last == 'e') {
                out.addAll(List.of(l + "s", l + "d", stem + "ing"));
            } else if (last == 'y' && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
                out.addAll(List.of(stem + "ies", stem + "ied", l + "ing"));
            } else if (l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("x") || l.endsWith("o")) {
                out.addAll(List.of(l + "es", l + "ed", l + "ing"));
            } else {
                out.addAll(List.of(l + "s", l + "ed", l + "ing"));
            }
        }
        out.removeAll(Set.of("sayed", "telled", "writed", "speaked"));
        return Set.copyOf(out);
    }
}
