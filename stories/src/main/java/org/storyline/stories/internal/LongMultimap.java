package org.storyline.stories.internal;

import java.util.Arrays;

/** An open-addressing multimap from long keys to ints, values of a key in insertion order: LSH buckets. */
final class LongMultimap {
    private long[] keys;
    private int[] heads;   // index of the key's newest entry, -1 when the slot is empty
    private int[] tails;   // index of the key's oldest entry
    private int used;
    private int[] next = new int[64];
    private int[] values = new int[64];
    private int entries;

    LongMultimap() {
        keys = new long[64];
        heads = new int[64];
        tails = new int[64];
        Arrays.fill(heads, -1);
    }

    void put(long key, int value) {
        if ((used + 1) * 2 > keys.length) {
            grow();
        }
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        int e = entries++;
        values[e] = value;
        next[e] = -1;
        int i = find(key);
        if (heads[i] == -1) {
            keys[i] = key;
            heads[i] = e;
            tails[i] = e;
            used++;
        } else {
            next[tails[i]] = e;
            tails[i] = e;
        }
    }

    /** Calls {@code visitor} with each value stored under {@code key}, oldest first. */
    void forEach(long key, java.util.function.IntConsumer visitor) {
        int i = find(key);
        for (int e = heads[i]; e != -1; e = next[e]) {
            visitor.accept(values[e]);
        }
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int i = (int) Mix.mix64(key) & mask;
        while (heads[i] != -1 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldTails = tails;
        keys = new long[oldKeys.length * 2];
        heads = new int[keys.length];
        tails = new int[keys.length];
        Arrays.fill(heads, -1);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldHeads[j] != -1) {
                int i = find(oldKeys[j]);
                keys[i] = oldKeys[j];
                heads[i] = oldHeads[j];
                tails[i] = oldTails[j];
            }
        }
    }
}
