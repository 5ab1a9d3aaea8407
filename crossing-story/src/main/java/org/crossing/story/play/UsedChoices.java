package org.crossing.story.play;

import java.util.Arrays;

/**
 * The once-only choices a journey has taken: an immutable set of once-slots, held as a persistent
 * trie of 64-bit words so that taking a choice copies one short path of small nodes (about 200
 * bytes for a story of 27,000 once-only choices) instead of the whole set. Leaves hold
 * {@value #LEAF_WORDS} words; inner nodes {@value #FAN_OUT} children; an empty subtree is null,
 * so a story's sets share one shape and equal sets are equal node for node.
 */
final class UsedChoices {

    private static final int LEAF_BITS = 2;
    private static final int LEAF_WORDS = 1 << LEAF_BITS;
    private static final int FAN_OUT = 16;
    private static final int FAN_BITS = 4;

    /** The story's number of once-slots. */
    private final int slots;
    /** Inner levels above the leaves: enough that FAN_OUT^levels leaves cover every slot. */
    private final int levels;
    /** A long[] leaf when levels is 0, else an Object[] inner node; null when the set is empty. */
    private final Object root;

    private UsedChoices(int slots, int levels, Object root) {
        this.slots = slots;
        this.levels = levels;
        this.root = root;
    }

    /** The empty set for a story of {@code slots} once-only choices. */
    static UsedChoices none(int slots) {
        int leaves = Math.max(1, (wordCount(slots) + LEAF_WORDS - 1) / LEAF_WORDS);
        int levels = 0;
        for (long covered = 1; covered < leaves; covered *= FAN_OUT) levels++;
        return new UsedChoices(slots, levels, null);
    }

    /** The set of the given once-slots (each in range, in any order). */
    static UsedChoices of(int slots, int[] used) {
        UsedChoices set = none(slots);
        if (used.length == 0) return set;
        Object root = null;
        for (int slot : used) root = set.added(root, slot, false);
        return new UsedChoices(slots, set.levels, root);
    }

    boolean contains(int slot) {
        return (word(slot >>> 6) & (1L << slot)) != 0;
    }

    /** This set with {@code slot} added. */
    UsedChoices with(int slot) {
        if (slot < 0 || slot >= slots) throw new IndexOutOfBoundsException("once-slot " + slot + " of " + slots);
        return new UsedChoices(slots, levels, added(root, slot, true));
    }

    /** How many 64-bit words the set spans. */
    int wordCount() {
        return wordCount(slots);
    }

    /** Word {@code w}: bit {@code b} is once-slot {@code 64 * w + b}. */
    long word(int w) {
        if (w < 0 || w >= wordCount()) throw new IndexOutOfBoundsException("word " + w + " of " + wordCount());
        int leaf = w >>> LEAF_BITS;
        Object node = root;
        for (int level = levels - 1; level >= 0 && node != null; level--) {
            node = ((Object[]) node)[(leaf >>> (level * FAN_BITS)) & (FAN_OUT - 1)];
        }
        return node == null ? 0 : ((long[]) node)[w & (LEAF_WORDS - 1)];
    }

    /** How many slots are in the set. */
    int size() {
        return size(root, levels);
    }

    /** The slots in the set, ascending. */
    int[] toArray() {
        int[] out = new int[size()];
        collect(root, levels, 0, out, 0);
        return out;
    }

    /**
     * Adds {@code slot} below {@code node}: along a copy of the path to its leaf when {@code copy},
     * else in place (only while building a set no one else sees).
     */
    private Object added(Object node, int slot, boolean copy) {
        int word = slot >>> 6;
        int leaf = word / LEAF_WORDS;
        Object top = node;
        Object[] parent = null;
        int parentIndex = 0;
        for (int level = levels; level >= 0; level--) {
            Object next;
            if (level == 0) {
                long[] words = node == null ? new long[LEAF_WORDS] : copy ? ((long[]) node).clone() : (long[]) node;
                words[word % LEAF_WORDS] |= 1L << slot;
                next = words;
            } else {
                next = node == null ? new Object[FAN_OUT] : copy ? ((Object[]) node).clone() : node;
            }
            if (parent == null) top = next;
            else parent[parentIndex] = next;
            if (level == 0) break;
            parent = (Object[]) next;
            parentIndex = (leaf >>> ((level - 1) * FAN_BITS)) & (FAN_OUT - 1);
            node = parent[parentIndex];
        }
        return top;
    }

    private static int size(Object node, int level) {
        if (node == null) return 0;
        int n = 0;
        if (level == 0) {
            for (long word : (long[]) node) n += Long.bitCount(word);
        } else {
            for (Object child : (Object[]) node) n += size(child, level - 1);
        }
        return n;
    }

    /** Writes the slots below {@code node}, whose first leaf is {@code firstLeaf}, into {@code out} from {@code at}; returns the next free index. */
    private static int collect(Object node, int level, int firstLeaf, int[] out, int at) {
        if (node == null) return at;
        if (level == 0) {
            long[] words = (long[]) node;
            for (int i = 0; i < LEAF_WORDS; i++) {
                int base = (firstLeaf * LEAF_WORDS + i) << 6;
                for (long bits = words[i]; bits != 0; bits &= bits - 1) out[at++] = base + Long.numberOfTrailingZeros(bits);
            }
            return at;
        }
        Object[] children = (Object[]) node;
        int span = 1 << ((level - 1) * FAN_BITS);
        for (int i = 0; i < FAN_OUT; i++) at = collect(children[i], level - 1, firstLeaf + i * span, out, at);
        return at;
    }

    private static int wordCount(int slots) {
        return (slots + 63) >>> 6;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsedChoices other && slots == other.slots && same(root, other.root, levels);
    }

    private static boolean same(Object a, Object b, int level) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (level == 0) return Arrays.equals((long[]) a, (long[]) b);
        Object[] x = (Object[]) a;
        Object[] y = (Object[]) b;
        for (int i = 0; i < FAN_OUT; i++) {
            if (!same(x[i], y[i], level - 1)) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash(root, levels);
    }

    private static int hash(Object node, int level) {
        if (node == null) return 0;
        if (level == 0) return Arrays.hashCode((long[]) node);
        int h = 1;
        for (Object child : (Object[]) node) h = 31 * h + hash(child, level - 1);
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
