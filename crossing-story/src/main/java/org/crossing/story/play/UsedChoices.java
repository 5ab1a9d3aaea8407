package org.crossing.story.play;

import java.util.Arrays;

/**
 * The once-only choices a journey has taken: an immutable set of once-slots, held as a persistent
 * trie of 64-bit words so that taking a choice copies one short path of small nodes instead of
 * the whole set. Leaves hold {@value #LEAF_WORDS} words; inner nodes {@value #FAN_OUT} children;
 * an empty subtree is null.
 *
 * <p>The leaf changed last is kept beside the trie (the tail, as in Clojure's vectors): a journey
 * takes once-only choices of nearby scenes, whose slots share a leaf, so most choices copy only
 * that leaf, and the trie's path is copied when a choice lands in another leaf. A step then
 * costs about the same however deep the trie, that is however many once-only choices the story
 * has. The trie's own copy of the tail's leaf is stale and never read.
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
    /** A long[] leaf when levels is 0, else an Object[] inner node; null when empty. */
    private final Object root;
    /** The index of the leaf held in {@code tail}, or -1. */
    private final int tailLeaf;
    /** The words of leaf {@code tailLeaf}, which override the trie's; null when tailLeaf is -1. */
    private final long[] tail;

    private UsedChoices(int slots, int levels, Object root, int tailLeaf, long[] tail) {
        this.slots = slots;
        this.levels = levels;
        this.root = root;
        this.tailLeaf = tailLeaf;
        this.tail = tail;
    }

    /** The empty set for a story of {@code slots} once-only choices. */
    static UsedChoices none(int slots) {
        int levels = 0;
        for (long covered = 1; covered < leafCount(slots); covered *= FAN_OUT) levels++;
        return new UsedChoices(slots, levels, null, -1, null);
    }

    /** The set of the given once-slots (each in range, in any order). */
    static UsedChoices of(int slots, int[] used) {
        UsedChoices set = none(slots);
        for (int slot : used) set = set.with(slot);
        return set;
    }

    boolean contains(int slot) {
        return (word(slot >>> 6) & (1L << slot)) != 0;
    }

    /** This set with {@code slot} added. */
    UsedChoices with(int slot) {
        if (slot < 0 || slot >= slots) throw new IndexOutOfBoundsException("once-slot " + slot + " of " + slots);
        int leaf = slot >>> (6 + LEAF_BITS);
        Object trie = root;
        long[] words;
        if (leaf == tailLeaf) {
            words = tail.clone();
        } else {
            if (tail != null) trie = placed(trie, tailLeaf, tail);
            long[] current = trieLeaf(trie, leaf);
            words = current == null ? new long[LEAF_WORDS] : current.clone();
        }
        words[(slot >>> 6) & (LEAF_WORDS - 1)] |= 1L << slot;
        return new UsedChoices(slots, levels, trie, leaf, words);
    }

    /** How many 64-bit words the set spans. */
    int wordCount() {
        return wordCount(slots);
    }

    /** Word {@code w}: bit {@code b} is once-slot {@code 64 * w + b}. */
    long word(int w) {
        if (w < 0 || w >= wordCount()) throw new IndexOutOfBoundsException("word " + w + " of " + wordCount());
        long[] words = leaf(w >>> LEAF_BITS);
        return words == null ? 0 : words[w & (LEAF_WORDS - 1)];
    }

    /** How many slots are in the set. */
    int size() {
        int n = 0;
        for (int leaf = 0; leaf < leafCount(slots); leaf++) {
            long[] words = leaf(leaf);
            if (words != null) for (long word : words) n += Long.bitCount(word);
        }
        return n;
    }

    /** The slots in the set, ascending. */
    int[] toArray() {
        int[] out = new int[size()];
        int at = 0;
        for (int leaf = 0; leaf < leafCount(slots); leaf++) {
            long[] words = leaf(leaf);
            if (words == null) continue;
            for (int i = 0; i < LEAF_WORDS; i++) {
                int base = (leaf * LEAF_WORDS + i) << 6;
                for (long bits = words[i]; bits != 0; bits &= bits - 1) out[at++] = base + Long.numberOfTrailingZeros(bits);
            }
        }
        return out;
    }

    /** The words of leaf {@code index}, or null when it holds none. */
    private long[] leaf(int index) {
        return index == tailLeaf ? tail : trieLeaf(root, index);
    }

    private long[] trieLeaf(Object node, int index) {
        for (int level = levels - 1; level >= 0 && node != null; level--) {
            node = ((Object[]) node)[(index >>> (level * FAN_BITS)) & (FAN_OUT - 1)];
        }
        return (long[]) node;
    }

    /** The trie below {@code node} with leaf {@code index} replaced by {@code words}, along a copy of the path to it. */
    private Object placed(Object node, int index, long[] words) {
        return placed(node, levels, index, words);
    }

    private static Object placed(Object node, int level, int index, long[] words) {
        if (level == 0) return words;
        Object[] children = node == null ? new Object[FAN_OUT] : ((Object[]) node).clone();
        int child = (index >>> ((level - 1) * FAN_BITS)) & (FAN_OUT - 1);
        children[child] = placed(children[child], level - 1, index, words);
        return children;
    }

    private static int leafCount(int slots) {
        return Math.max(1, (wordCount(slots) + LEAF_WORDS - 1) / LEAF_WORDS);
    }

    private static int wordCount(int slots) {
        return (slots + 63) >>> 6;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UsedChoices other) || slots != other.slots) return false;
        for (int leaf = 0; leaf < leafCount(slots); leaf++) {
            long[] a = leaf(leaf);
            long[] b = other.leaf(leaf);
            if (a != b && !Arrays.equals(a == null ? EMPTY : a, b == null ? EMPTY : b)) return false;
        }
        return true;
    }

    private static final long[] EMPTY = new long[LEAF_WORDS];

    @Override
    public int hashCode() {
        int h = 1;
        for (int leaf = 0; leaf < leafCount(slots); leaf++) {
            long[] words = leaf(leaf);
            h = 31 * h + (words == null ? 0 : Arrays.hashCode(words) - Arrays.hashCode(EMPTY));
        }
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
