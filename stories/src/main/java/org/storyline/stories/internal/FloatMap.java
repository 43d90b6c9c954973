package org.storyline.stories.internal;

import java.util.Arrays;

/** An open-addressing map from non-negative int keys to float sums: a story's centroid. */
final class FloatMap {
    private static final int EMPTY = -1;
    private int[] keys;
    private float[] values;
    private int size;

    FloatMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        values = new float[capacity];
    }

    float get(int key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return 0f;
            }
        }
    }

    void add(int key, float delta) {
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                values[i] += delta;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = delta;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code visitor} for every entry, in slot order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    /** Receives map entries. */
    interface Visitor {
        void visit(int key, float value);
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9 >>> 7) & mask;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new float[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            int key = oldKeys[j];
            if (key == EMPTY) {
                continue;
            }
            int i = slot(key, mask);
            while (keys[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = oldValues[j];
        }
    }
}
