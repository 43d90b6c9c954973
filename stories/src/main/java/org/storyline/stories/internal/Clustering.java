package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental story clustering: each article joins the most similar story when the similarity reaches the join
 * threshold, or opens a new story. Please use {@code org.storyline.stories.StoryClusterer}; this is its engine.
 *
 * <p>Articles are vectors with four blocks, each of unit length: content terms weighted by TF-IDF (document
 * frequencies kept as articles arrive), entity names, places and event types (weighted by IDF). A story's centroid
 * is the sum of its articles' vectors. The similarity of an article (or a story) to a story is the cosine of the
 * text blocks, raised or lowered by the agreement of the other blocks where both sides have them, times a date
 * factor that falls off when both are dated and their (mean) days are further apart than the window. On text
 * alone it is the plain TF-IDF cosine, so thresholds tuned on text carry over.
 *
 * <p>Candidates come from an inverted index from each article's highest-weighted terms (its rarest, most telling
 * words and names) to the stories holding them; only the most recent postings of a key are read, so adding an
 * article costs about the same however many came before.
 *
 * <p>Design decision: greedy single-pass clustering depends on arrival order, and early articles are weighted with
 * immature document frequencies. So the clustering is settled at doubling checkpoints (128, 256, 512, … articles)
 * and before a snapshot is read: weights are recomputed with the current document frequencies; stories whose
 * centroids are at least the merge threshold alike merge; a story that falls apart into two halves (2-means) less
 * alike than that is split; every article moves to the story it now fits best, or leaves one it no longer fits.
 * These passes repeat until nothing changes (at most a few rounds). They run in a fixed order (articles by date,
 * then id), so the result is deterministic, and the state they reach (no two stories to merge, none to split, each
 * article in its best story) depends little on arrival order. The doubling keeps the total cost near-linear.
 */
public final class Clustering {
    /** Tunable parameters; see {@code StoryClusterer.Options}. */
    public record Settings(double join, double merge, double split, double[] blockWeights, int dateWindowDays,
                           double dateScaleDays, int keysPerArticle, int candidates, int postingsScanned) {
    }

    private static final int FIRST_CHECKPOINT = 128;
    private static final int ROUNDS = 4;
    /** How much less alike than the merge threshold the halves of a story must be for it to split. */
    private static final double SPLIT_MARGIN = 0.05;
    /** The least size of each half of a story that splits. */
    private static final int MIN_SPLIT_HALF = 5;
    /** How much closer to its own half than to the other (on average) an article must be for a story to split. */
    private static final double SPLIT_MIN_MARGIN = 0.15;
    private static final int POWER_ITERATIONS = 20;
    private static final int BISECT_ITERATIONS = 8;

    private final Settings settings;
    private final NearDuplicates duplicates;

    private final Map<String, Integer> termIds = new HashMap<>();
    private int[] df = new int[1024];
    private byte[] termBlock = new byte[1024];
    private final List<IntList> postings = new ArrayList<>();

    private final List<Vector> docs = new ArrayList<>();
    private final Map<String, Integer> docIndex = new HashMap<>();
    private final List<Story> stories = new ArrayList<>();
    private int[] forward = new int[64];

    private int nextCheckpoint = FIRST_CHECKPOINT;
    private int epoch;
    private boolean settled = true;

    // scratch for candidate search
    private float[] acc = new float[64];
    private int[] seenStamp = new int[64];
    private int[] keyStamp = new int[64];
    private int stamp;
    private final IntList touched = new IntList(256);

    public Clustering(Settings settings, double duplicateThreshold) {
        this.settings = settings;
        this.duplicates = new NearDuplicates(duplicateThreshold);
    }

    /** One story: its members and centroid. */
    private static final class Story {
        final IntList members = new IntList(4);
        Centroid centroid = new Centroid(64);
        Vector first;   // least member by date then id: names the story
        int changed;    // the settling round in which the members last changed
        int checkedSize; // the size when last checked for a split
    }

    private int changedSince(int since) {
        int n = 0;
        for (int s : liveStories()) {
            if (stories.get(s).changed >= since) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- adding

    /** Adds a prepared article and returns the index of the story it joined or opened. */
    public int add(Prepared p) {
        if (docIndex.containsKey(p.id())) {
            throw new IllegalArgumentException("article " + p.id() + " was already added");
        }
        int[] terms = new int[p.terms().size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = intern(p.terms().get(i), p.blocks()[i]);
            df[terms[i]]++;
        }
        Vector doc = new Vector(docs.size(), p.id(), p.orderKey(), terms, p.tf(), p.fromDay(), p.toDay());
        docs.add(doc);
        docIndex.put(p.id(), doc.index);
        weigh(doc);
        int dup = duplicates.add(p.id(), p.orderKey(), p.signature());
        int origin = duplicates.find(dup);

        int best = best(doc, candidates(doc.keys, origin != dup ? docs.get(origin).story : -1, -1), -1);
        if (best < 0) {
            best = newStory();
        }
        join(doc, best);
        settled = false;
        if (docs.size() >= nextCheckpoint) {
            nextCheckpoint *= 2;
            settle();
        }
        return best;
    }

    /** The most similar candidate story other than {@code skip} at or above the join threshold, or -1. */
    private int best(Vector doc, List<Integer> candidates, int skip) {
        int best = -1;
        double bestSim = settings.join();
        for (int s : candidates) {
            if (s == skip) {
                continue;
            }
            double sim = similarity(doc, stories.get(s).centroid, false);
            if (sim > bestSim || (sim == bestSim && (best < 0 || compareStories(s, best) < 0))) {
                bestSim = sim;
                best = s;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- reading

    public int articles() {
        return docs.size();
    }

    /** The story index of an article, or -1 when unknown. */
    public int storyOf(String articleId) {
        Integer d = docIndex.get(articleId);
        return d == null ? -1 : find(docs.get(d).story);
    }

    /** The id of the article that names a story: its earliest member by date, then by id. */
    public String storyKey(int story) {
        return stories.get(find(story)).first.id;
    }

    /** Live stories with their members' ids, the naming article first (settled first when articles arrived). */
    public List<List<String>> stories() {
        if (!settled) {
            settle();
        }
        List<List<String>> out = new ArrayList<>();
        for (int s : liveStories()) {
            Story story = stories.get(s);
            List<String> ids = new ArrayList<>(story.members.size());
            ids.add(story.first.id);
            for (int i = 0; i < story.members.size(); i++) {
                Vector m = docs.get(story.members.get(i));
                if (m != story.first) {
                    ids.add(m.id);
                }
            }
            out.add(ids);
        }
        return out;
    }

    /** The near-duplicate groups seen so far. */
    public NearDuplicates duplicates() {
        return duplicates;
    }

    // ---------------------------------------------------------------- settling

    /** Recomputes weights, then merges, splits and reassigns until nothing changes (at most a few rounds). */
    public void settle() {
        reweigh();
        int since = Integer.MIN_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            epoch++;
            int start = epoch;
            mergePass();
            splitPass();
            reassignPass(since);
            if (changedSince(start) == 0) {
                break;
            }
            since = start;
        }
        settled = true;
    }

    private void reweigh() {
        for (Vector doc : docs) {
            weigh(doc);
        }
        for (int s : liveStories()) {
            Story story = stories.get(s);
            story.centroid = new Centroid(Math.max(16, story.centroid.map.size()));
            for (int i = 0; i < story.members.size(); i++) {
                Vector doc = docs.get(story.members.get(i));
                for (int j = 0; j < doc.terms.length; j++) {
                    story.centroid.map.add(doc.terms[j], doc.w[j]);
                }
                story.centroid.size++;
                if (doc.dated()) {
                    story.centroid.daySum += doc.midDay();
                    story.centroid.dated++;
                }
            }
            story.centroid.recomputeLengths(termBlock);
        }
        for (IntList list : postings) {
            if (list != null) {
                list.clear();
            }
        }
        for (Vector doc : ordered()) {
            post(doc, find(doc.story));
        }
    }

    /** Merges stories whose centroids are at least the merge threshold alike, and small stories that fit another. */
    private void mergePass() {
        for (int s : liveStories()) {
            if (find(s) != s) {
                continue;
            }
            int[] keys = topKeys(stories.get(s).centroid.map, 2 * settings.keysPerArticle());
            for (int other : candidates(keys, -1, -1)) {
                if (other != s && find(other) == other && find(s) == s
                        && (similarity(stories.get(s).centroid, stories.get(other).centroid) >= settings.merge()
                        || fitsBetter(s, other) || fitsBetter(other, s))) {
                    if (compareStories(s, other) < 0) {
                        merge(s, other);
                    } else {
                        merge(other, s);
                    }
                }
            }
        }
    }

    /**
     * Whether a small story (too small to be half of a split, so it could not stand apart from the other if they
     * were one) fits another as a group: its articles are on average at least the join threshold like it.
     */
    private boolean fitsBetter(int small, int other) {
        Story story = stories.get(small);
        int n = story.members.size();
        if (n >= MIN_SPLIT_HALF || n > stories.get(other).members.size()) {
            return false;
        }
        double there = 0;
        for (int i = 0; i < n; i++) {
            there += similarity(docs.get(story.members.get(i)), stories.get(other).centroid, false);
        }
        return there / n >= settings.join();
    }

    /** Splits each story whose 2-means halves are clearly less alike than the merge threshold. */
    private void splitPass() {
        for (int s : liveStories()) {
            Story story = stories.get(s);
            int size = story.members.size();
            if (size < 2 * MIN_SPLIT_HALF || (story.checkedSize > 0 && Math.abs(size - story.checkedSize) * 4 < story.checkedSize)) {
                continue;
            }
            story.checkedSize = size;
            List<Vector> members = new ArrayList<>();
            for (int i = 0; i < story.members.size(); i++) {
                members.add(docs.get(story.members.get(i)));
            }
            members.sort((a, b) -> a == b ? 0 : a.before(b) ? -1 : 1);
            boolean[] inB = bisect(story.centroid, members);
            if (inB == null) {
                continue;
            }
            int t = newStory();
            for (int i = 0; i < members.size(); i++) {
                if (inB[i]) {
                    leave(members.get(i), s);
                    join(members.get(i), t);
                }
            }
        }
    }

    /**
     * Halves a story by the sign of its members' projections on their first principal direction (principal
     * direction divisive partitioning, found by power iteration), refined by 2-means. Returns which members form the
     * second half when both halves have at least {@link #MIN_SPLIT_HALF} members, are less alike than the merge
     * threshold by {@link #SPLIT_MARGIN}, and members are on average {@link #SPLIT_MIN_MARGIN} more like their own
     * half (without themselves) than the other; else {@code null}. The half holding the naming article is the first.
     */
    private boolean[] bisect(Centroid whole, List<Vector> members) {
        int n = members.size();
        boolean[] inB = principalHalves(whole, members);
        Centroid a = null;
        Centroid b = null;
        for (int iteration = 0; iteration <= BISECT_ITERATIONS; iteration++) {
            List<Vector> listA = new ArrayList<>();
            List<Vector> listB = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (inB[i] ? listB : listA).add(members.get(i));
            }
            if (listA.size() < MIN_SPLIT_HALF || listB.size() < MIN_SPLIT_HALF) {
                return null;
            }
            a = centroidOf(listA);
            b = centroidOf(listB);
            if (iteration == BISECT_ITERATIONS) {
                break;
            }
            boolean[] next = new boolean[n];
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                Vector v = members.get(i);
                next[i] = similarity(v, b, inB[i]) > similarity(v, a, !inB[i]);
                moved |= next[i] != inB[i];
            }
            if (!moved) {
                break;
            }
            inB = next;
        }
        if (similarity(a, b) >= settings.merge() - SPLIT_MARGIN) {
            return null;
        }
        double margin = 0;
        for (int i = 0; i < n; i++) {
            Vector v = members.get(i);
            margin += inB[i] ? similarity(v, b, true) - similarity(v, a, false) : similarity(v, a, true) - similarity(v, b, false);
        }
        if (margin / n < SPLIT_MIN_MARGIN) {
            return null;
        }
        if (inB[0]) {
            for (int i = 0; i < n; i++) {
                inB[i] = !inB[i];
            }
        }
        return inB;
    }

    /**
     * Which members lie on the positive side of the first principal direction of the (centred) member vectors, by
     * power iteration started from the member least like the rest. Blocks are scaled by the square roots of their
     * weights, so that distances follow the similarity.
     */
    private boolean[] principalHalves(Centroid whole, List<Vector> members) {
        int n = members.size();
        double[] scale = new double[Prepared.BLOCKS];
        for (int b = 0; b < Prepared.BLOCKS; b++) {
            scale[b] = Math.sqrt(settings.blockWeights()[b]);
        }
        FloatMap mean = new FloatMap(whole.map.size());
        whole.map.forEach((t, v) -> mean.add(t, (float) (v * scale[termBlock[t]] / n)));
        Vector seed = members.get(0);
        double low = Double.MAX_VALUE;
        for (Vector v : members) {
            double sim = similarity(v, whole, true);
            if (sim < low) {
                low = sim;
                seed = v;
            }
        }
        FloatMap start = new FloatMap(whole.map.size());
        for (int i = 0; i < seed.terms.length; i++) {
            start.add(seed.terms[i], (float) (seed.w[i] * scale[termBlock[seed.terms[i]]]));
        }
        mean.forEach((t, v) -> start.add(t, -v));
        FloatMap direction = start;
        double[] p = new double[n];
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            project(members, direction, mean, scale, p);
            FloatMap next = new FloatMap(whole.map.size());
            double total = 0;
            for (int d = 0; d < n; d++) {
                Vector v = members.get(d);
                for (int i = 0; i < v.terms.length; i++) {
                    next.add(v.terms[i], (float) (p[d] * v.w[i] * scale[termBlock[v.terms[i]]]));
                }
                total += p[d];
            }
            double sum = total;
            mean.forEach((t, v) -> next.add(t, (float) (-sum * v)));
            double[] length = new double[1];
            next.forEach((t, v) -> length[0] += (double) v * v);
            if (length[0] == 0) {
                break;
            }
            FloatMap unit = new FloatMap(next.size());
            double norm = Math.sqrt(length[0]);
            next.forEach((t, v) -> unit.add(t, (float) (v / norm)));
            direction = unit;
        }
        project(members, direction, mean, scale, p);
        boolean[] positive = new boolean[n];
        for (int d = 0; d < n; d++) {
            positive[d] = p[d] > 0;
        }
        return positive;
    }

    /** The members' centred projections on a direction. */
    private void project(List<Vector> members, FloatMap direction, FloatMap mean, double[] scale, double[] out) {
        double[] offset = new double[1];
        mean.forEach((t, v) -> offset[0] += (double) v * direction.get(t));
        for (int d = 0; d < members.size(); d++) {
            Vector v = members.get(d);
            double dot = 0;
            for (int i = 0; i < v.terms.length; i++) {
                dot += v.w[i] * scale[termBlock[v.terms[i]]] * direction.get(v.terms[i]);
            }
            out[d] = dot - offset[0];
        }
    }

    private Centroid centroidOf(List<Vector> members) {
        Centroid c = new Centroid(64);
        for (Vector v : members) {
            c.add(v, termBlock, 1);
        }
        return c;
    }

    /** Moves each article (of the stories changed since the given round) to the story it fits best. */
    private void reassignPass(int since) {
        int limit = Math.max(4, settings.candidates() / 3);
        for (Vector doc : ordered()) {
            int current = find(doc.story);
            Story story = stories.get(current);
            if (story.changed < since) {
                continue;
            }
            double stay = story.members.size() > 1 ? similarity(doc, story.centroid, true) : -1;
            int best = best(doc, candidates(doc.keys, -1, -1, limit), current);
            double bestSim = best < 0 ? -1 : similarity(doc, stories.get(best).centroid, false);
            int target = -1;
            if (best >= 0 && bestSim > stay + 1e-6) {
                target = best;
            } else if (stay >= 0 && stay < settings.split()) {
                target = newStory();
            }
            if (target >= 0) {
                leave(doc, current);
                join(doc, target);
                if (story.members.size() == 0) {
                    forward[current] = target;
                }
                }
        }
    }

    private List<Vector> ordered() {
        List<Vector> order = new ArrayList<>(docs);
        order.sort((a, b) -> a == b ? 0 : a.before(b) ? -1 : 1);
        return order;
    }

    private List<Integer> liveStories() {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            if (find(s) == s && stories.get(s).members.size() > 0) {
                order.add(s);
            }
        }
        order.sort(this::compareStories);
        return order;
    }

    // ---------------------------------------------------------------- weights and similarity

    private double idf(int term) {
        return Math.log((docs.size() + 1.0) / (df[term] + 1.0)) + 1.0;
    }

    private void weigh(Vector doc) {
        double[] norm = new double[Prepared.BLOCKS];
        for (int i = 0; i < doc.terms.length; i++) {
            double v = doc.tf[i] * idf(doc.terms[i]);
            doc.w[i] = (float) v;
            norm[termBlock[doc.terms[i]]] += v * v;
        }
        for (int b = 0; b < Prepared.BLOCKS; b++) {
            norm[b] = Math.sqrt(norm[b]);
            doc.has[b] = norm[b] > 0;
        }
        for (int i = 0; i < doc.terms.length; i++) {
            doc.w[i] = (float) (doc.w[i] / norm[termBlock[doc.terms[i]]]);
        }
        doc.keys = topKeys(doc);
    }

    /**
     * Similarity of an article to a centroid; {@code leaveOut}: the article is in it, compare with the rest. The
     * TF-IDF cosine of the texts, times {@code 1 + w (2 cos - 1)} for each other block both sides have (names,
     * places, event types: agreement raises, disagreement lowers), times the date factor. On text alone it is the
     * text cosine.
     */
    private double similarity(Vector doc, Centroid c, boolean leaveOut) {
        double[] dot = new double[Prepared.BLOCKS];
        FloatMap map = c.map;
        for (int i = 0; i < doc.terms.length; i++) {
            dot[termBlock[doc.terms[i]]] += doc.w[i] * map.get(doc.terms[i]);
        }
        double[] cos = new double[Prepared.BLOCKS];
        for (int b = 0; b < Prepared.BLOCKS; b++) {
            double sq = c.sq[b];
            double dt = dot[b];
            if (leaveOut && doc.has[b]) {
                sq = sq - 2 * dt + 1;
                dt = dt - 1;
            }
            cos[b] = !doc.has[b] || sq <= 1e-6 ? Double.NaN : Math.max(0, Math.min(1, dt / Math.sqrt(sq)));
        }
        double daySum = c.daySum;
        int dated = c.dated;
        if (leaveOut && doc.dated()) {
            daySum -= doc.midDay();
            dated--;
        }
        double factor = dated == 0 || !doc.dated() ? 1
                : dateFactor(Math.abs(doc.midDay() - daySum / dated) - (doc.to - doc.from) / 2.0);
        return combine(cos) * factor;
    }

    /** Similarity of two centroids, as for an article and a centroid. */
    private double similarity(Centroid x, Centroid y) {
        Centroid small = x.map.size() <= y.map.size() ? x : y;
        FloatMap large = small == x ? y.map : x.map;
        double[] dots = new double[Prepared.BLOCKS];
        small.map.forEach((t, v) -> dots[termBlock[t]] += (double) v * large.get(t));
        double[] cos = new double[Prepared.BLOCKS];
        for (int b = 0; b < Prepared.BLOCKS; b++) {
            cos[b] = x.sq[b] <= 1e-6 || y.sq[b] <= 1e-6 ? Double.NaN : Math.max(0, Math.min(1, dots[b] / Math.sqrt(x.sq[b] * y.sq[b])));
        }
        double factor = x.dated == 0 || y.dated == 0 ? 1 : dateFactor(Math.abs(x.meanDay() - y.meanDay()));
        return combine(cos) * factor;
    }

    /** The text cosine raised or lowered by the agreement of the other blocks (NaN: a side lacks the block). */
    private double combine(double[] cos) {
        if (Double.isNaN(cos[Prepared.TEXT])) {
            return 0;
        }
        double sim = cos[Prepared.TEXT];
        for (int b = 1; b < Prepared.BLOCKS; b++) {
            if (!Double.isNaN(cos[b])) {
                sim *= 1 + settings.blockWeights()[b] * (2 * cos[b] - 1);
            }
        }
        return sim;
    }

    /** 1 for a gap (in days, beyond the dates' own uncertainty) within the window, then falling off exponentially. */
    private double dateFactor(double gap) {
        double beyond = gap - settings.dateWindowDays();
        return beyond <= 0 ? 1 : Math.exp(-beyond / settings.dateScaleDays());
    }

    // ---------------------------------------------------------------- candidates

    private int[] topKeys(Vector doc) {
        int k = Math.min(settings.keysPerArticle(), doc.terms.length);
        Integer[] order = new Integer[doc.terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] bw = settings.blockWeights();
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(doc.w[b] * bw[termBlock[doc.terms[b]]], doc.w[a] * bw[termBlock[doc.terms[a]]]);
            return c != 0 ? c : Integer.compare(doc.terms[a], doc.terms[b]);
        });
        int[] keys = new int[k];
        for (int i = 0; i < k; i++) {
            keys[i] = doc.terms[order[i]];
        }
        return keys;
    }

    private int[] topKeys(FloatMap centroid, int k) {
        List<long[]> entries = new ArrayList<>(centroid.size());
        double[] bw = settings.blockWeights();
        centroid.forEach((t, v) -> entries.add(new long[] {t, Double.doubleToLongBits(v * bw[termBlock[t]])}));
        entries.sort((a, b) -> {
            int c = Double.compare(Double.longBitsToDouble(b[1]), Double.longBitsToDouble(a[1]));
            return c != 0 ? c : Long.compare(a[0], b[0]);
        });
        int[] keys = new int[Math.min(k, entries.size())];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (int) entries.get(i)[0];
        }
        return keys;
    }

    /**
     * Stories sharing keys with an article (or story), best first by the summed IDF of the shared keys, at most
     * {@code candidates} of them, plus {@code extra} (a story holding a near-duplicate) and {@code include}.
     */
    private List<Integer> candidates(int[] keys, int extra, int include) {
        return candidates(keys, extra, include, settings.candidates());
    }

    private List<Integer> candidates(int[] keys, int extra, int include, int limit) {
        stamp++;
        touched.clear();
        ensureScratch(stories.size());
        for (int k = 0; k < keys.length; k++) {
            IntList list = keys[k] < postings.size() ? postings.get(keys[k]) : null;
            if (list == null) {
                continue;
            }
            float weight = (float) idf(keys[k]);
            int scanned = 0;
            for (int i = list.size() - 1; i >= 0 && scanned < settings.postingsScanned(); i--, scanned++) {
                int s = find(list.get(i));
                if (seenStamp[s] != stamp) {
                    seenStamp[s] = stamp;
                    keyStamp[s] = -1;
                    acc[s] = 0;
                    touched.add(s);
                }
                if (keyStamp[s] != k) {
                    keyStamp[s] = k;
                    acc[s] += weight;
                }
            }
        }
        // best first: summed weight descending (non-negative floats order as their bits), then story index
        long[] ranked = new long[touched.size()];
        for (int i = 0; i < ranked.length; i++) {
            int s = touched.get(i);
            ranked[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(acc[s])) << 32) | s;
        }
        Arrays.sort(ranked);
        List<Integer> out = new ArrayList<>(Math.min(ranked.length, limit) + 2);
        for (int i = 0; i < ranked.length && out.size() < limit; i++) {
            int s = (int) ranked[i];
            if (stories.get(s).members.size() > 0) {
                out.add(s);
            }
        }
        if (extra >= 0 && !out.contains(find(extra))) {
            out.add(find(extra));
        }
        if (include >= 0 && !out.contains(include)) {
            out.add(include);
        }
        return out;
    }

    private void ensureScratch(int n) {
        if (acc.length < n) {
            int size = Math.max(n, acc.length * 2);
            acc = Arrays.copyOf(acc, size);
            seenStamp = Arrays.copyOf(seenStamp, size);
            keyStamp = Arrays.copyOf(keyStamp, size);
        }
    }

    private void post(Vector doc, int s) {
        for (int key : doc.keys) {
            while (postings.size() <= key) {
                postings.add(null);
            }
            IntList list = postings.get(key);
            if (list == null) {
                list = new IntList(2);
                postings.set(key, list);
            }
            if (list.last() != s) {
                list.add(s);
            }
        }
    }

    // ---------------------------------------------------------------- story bookkeeping

    private int newStory() {
        int s = stories.size();
        stories.add(new Story());
        if (s == forward.length) {
            forward = Arrays.copyOf(forward, s * 2);
        }
        forward[s] = s;
        return s;
    }

    private int find(int s) {
        int root = s;
        while (forward[root] != root) {
            root = forward[root];
        }
        while (forward[s] != root) {
            int up = forward[s];
            forward[s] = root;
            s = up;
        }
        return root;
    }

    private void join(Vector doc, int s) {
        Story story = stories.get(s);
        story.centroid.add(doc, termBlock, 1);
        story.members.add(doc.index);
        story.changed = epoch;
        doc.story = s;
        if (story.first == null || doc.before(story.first)) {
            story.first = doc;
        }
        post(doc, s);
    }

    private void leave(Vector doc, int s) {
        Story story = stories.get(s);
        story.centroid.add(doc, termBlock, -1);
        story.members.remove(doc.index);
        story.changed = epoch;
        story.first = null;
        for (int i = 0; i < story.members.size(); i++) {
            Vector m = docs.get(story.members.get(i));
            if (story.first == null || m.before(story.first)) {
                story.first = m;
            }
        }
    }

    /** Merges story {@code b} into {@code a}. */
    private void merge(int a, int b) {
        Story x = stories.get(a);
        Story y = stories.get(b);
        x.centroid.add(y.centroid, termBlock);
        for (int i = 0; i < y.members.size(); i++) {
            int m = y.members.get(i);
            x.members.add(m);
            docs.get(m).story = a;
        }
        if (y.first != null && (x.first == null || y.first.before(x.first))) {
            x.first = y.first;
        }
        y.members.clear();
        y.centroid = new Centroid(1);
        x.changed = epoch;
        forward[b] = a;
    }

    /** Orders stories by their naming article. */
    private int compareStories(int a, int b) {
        Vector x = stories.get(a).first;
        Vector y = stories.get(b).first;
        if (x == y || x == null || y == null) {
            return x == y ? Integer.compare(a, b) : x == null ? 1 : -1;
        }
        return x.before(y) ? -1 : 1;
    }

    private int intern(String term, byte block) {
        Integer id = termIds.get(term);
        if (id != null) {
            return id;
        }
        int t = termIds.size();
        termIds.put(term, t);
        if (t == df.length) {
            df = Arrays.copyOf(df, t * 2);
            termBlock = Arrays.copyOf(termBlock, t * 2);
        }
        termBlock[t] = block;
        return t;
    }
}
