package org.crossing.story.check;

import java.util.Arrays;

/** A growable list of ints without boxing. */
final class IntList {

    private int[] items;
    private int size;

    IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == items.length) items = Arrays.copyOf(items, grow(items.length));
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    void set(int index, int value) {
        items[index] = value;
    }

    int size() {
        return size;
    }

    /** The backing array; valid up to {@link #size()}. */
    int[] array() {
        return items;
    }

    static int grow(int length) {
        long next = Math.max(16L, length + (length >> 1) + 16L);
        return (int) Math.min(Integer.MAX_VALUE - 16L, next);
    }
}
