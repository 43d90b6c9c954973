package org.storyline.stories.internal;

import java.util.Arrays;

/** A growable list of ints. */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        this(4);
    }

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    int last() {
        return size == 0 ? -1 : values[size - 1];
    }

    /** Removes the first occurrence of {@code v}, keeping the order of the rest; false when absent. */
    boolean remove(int v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
