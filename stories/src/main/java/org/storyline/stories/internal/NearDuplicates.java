package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-identical texts: MinHash signatures over word shingles, candidates by LSH banding, a candidate pair
 * joined when the signatures estimate a Jaccard similarity at or above the threshold. Groups are closed under
 * that relation (a copy of a copy is the same origin).
 *
 * <p>120 hash functions in 20 bands of 6 rows: pairs at Jaccard 0.8 become candidates with probability 0.998, pairs
 * at 0.3 with 0.015. The hash functions come from a fixed seed, so the same texts always give the same groups.
 */
public final class NearDuplicates {
    public static final int SHINGLE = 5;
    static final int HASHES = 120;
    static final int BANDS = 20;
    static final int ROWS = HASHES / BANDS;
    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];

    static {
        long seed = 0x5EED_57_0E1L;
        for (int i = 0; i < HASHES; i++) {
            seed += 0x9E3779B97F4A7C15L;
            MUL[i] = Mix.mix64(seed) | 1L;
            seed += 0x9E3779B97F4A7C15L;
            ADD[i] = Mix.mix64(seed);
        }
    }

    private final double threshold;
    private final List<int[]> signatures = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> orderKeys = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private int[] parent = new int[64];
    private final LongMultimap buckets = new LongMultimap();

    public NearDuplicates(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate Jaccard threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * The MinHash signature of a text's words (their hashes in order, see {@link Words}), over shingles of
     * {@value #SHINGLE} words (one shingle of all words when there are fewer); {@code null} for a text without words.
     */
    public static int[] signature(long[] words) {
        if (words.length == 0) {
            return null;
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        int width = Math.min(SHINGLE, words.length);
        for (int s = 0; s < shingles; s++) {
            long x = 0;
            for (int j = 0; j < width; j++) {
                x = x * 0x9E3779B97F4A7C15L + words[s + j];
            }
            x = Mix.mix64(x);
            for (int i = 0; i < HASHES; i++) {
                long v = MUL[i] * x + ADD[i];
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = (int) (min[i] >>> 32);
        }
        return signature;
    }

    /** The estimated Jaccard similarity of two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * Adds a text and returns its index.
     *
     * @param orderKey orders the members of a group: the least one names the group's origin
     * @param signature from {@link #signature}, or {@code null} for a text without words (its own origin)
     */
    public int add(String id, String orderKey, int[] signature) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("article " + id + " was already added");
        }
        int index = ids.size();
        ids.add(id);
        orderKeys.add(orderKey);
        signatures.add(signature);
        byId.put(id, index);
        if (index == parent.length) {
            parent = Arrays.copyOf(parent, index * 2);
        }
        parent[index] = index;
        if (signature == null) {
            return index;
        }
        long[] bandKeys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b + 1;
            for (int r = 0; r < ROWS; r++) {
                h = h * 0x100000001b3L + signature[b * ROWS + r];
            }
            bandKeys[b] = Mix.mix64(h);
            buckets.forEach(bandKeys[b], other -> {
                if (find(other) != find(index) && similarity(signature, signatures.get(other)) >= threshold) {
                    union(index, other);
                }
            });
        }
        for (int b = 0; b < BANDS; b++) {
            buckets.put(bandKeys[b], index);
        }
        return index;
    }

    /** The index of the group's origin (its least member by order key, then id). */
    public int find(int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int up = parent[i];
            parent[i] = root;
            i = up;
        }
        return root;
    }

    public Integer indexOf(String id) {
        return byId.get(id);
    }

    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (before(ra, rb)) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
    }

    private boolean before(int a, int b) {
        int c = orderKeys.get(a).compareTo(orderKeys.get(b));
        return c != 0 ? c < 0 : ids.get(a).compareTo(ids.get(b)) < 0;
    }
}
