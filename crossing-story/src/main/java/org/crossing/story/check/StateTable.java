package org.crossing.story.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;
import org.crossing.story.play.State;

/**
 * The states the checker has seen, stored compactly: each state's situation is encoded as a
 * short byte key (scene, values as varints, the used once-only choices that can still matter,
 * tracked visit counts) in one arena, and found again through an open-addressing hash table.
 * A state is identified by its number in order of discovery.
 *
 * <p>Visit counts are kept only as high as the story's conditions and effects can tell apart
 * (see {@link Exprs#visitCaps}): a story that asks {@code seen(market)} cannot tell the second
 * visit from the tenth.
 *
 * <p>Used once-only choices that play can never read again are left out of the key (see
 * {@link Revisits}), and so are variables no condition reads; integers only compared with
 * numbers are kept only as high as those comparisons can tell apart (see {@link Slicing}).
 */
final class StateTable {

    private final Story story;
    private final Revisits revisits;
    private final int[] visitCaps;
    /** The used-set words that hold once-only choices on loops, ascending: the only ones a key reads. */
    private final int[] loopWords;
    private final Slicing slicing;
    private final Map<String, Integer> texts = new HashMap<>();

    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int[] table = new int[1 << 13];
    private int size;

    private byte[] key = new byte[64];
    private int keyLength;
    private int keyHash;

    StateTable(Story story, Revisits revisits, int[] visitCaps, Slicing slicing) {
        this.story = story;
        this.slicing = slicing;
        this.revisits = revisits;
        this.visitCaps = visitCaps;
        IntList words = new IntList(8);
        for (int w = 0; w < revisits.onLoops.length; w++) {
            if (revisits.onLoops[w] != 0) words.add(w);
        }
        this.loopWords = Arrays.copyOf(words.array(), words.size());
        Arrays.fill(table, -1);
    }

    int size() {
        return size;
    }

    /** Encodes {@code state} as the current key; then {@link #find()} or {@link #add()}. */
    void encode(State state) {
        keyLength = 0;
        varint(state.scene());
        for (Variable variable : story.variables()) {
            int slot = variable.slot();
            if (!slicing.read(slot)) continue;
            Object value = state.value(slot);
            switch (value) {
                case Long v -> {
                    long l = Math.min(v, slicing.cap(slot));
                    varint((l << 1) ^ (l >> 63));
                }
                case Boolean b -> varint(b ? 1 : 0);
                case String s -> varint(texts.computeIfAbsent(s, k -> texts.size()));
                default -> throw new IllegalStateException("not a story value: " + value);
            }
        }
        long[] onLoops = revisits.onLoops;
        for (int w : loopWords) {
            long bits = state.usedWord(w) & onLoops[w];
            if (bits != 0) bits = revisits.relevant(state.scene(), w, bits);
            if (bits != 0) {
                varint(w + 1);
                varint(bits);
            }
        }
        varint(0);
        for (int slot = 0, n = story.trackedSceneCount(); slot < n; slot++) varint(Math.min(state.trackedVisits(slot), visitCaps[slot]));
        int h = 0x811C9DC5;
        for (int i = 0; i < keyLength; i++) h = (h ^ key[i]) * 0x01000193;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        keyHash = h;
    }

    /** The number of the state with the current key, or -1. */
    int find() {
        int mask = table.length - 1;
        for (int i = keyHash & mask; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id < 0) return -1;
            if (hashes[id] == keyHash && sameKey(id)) return id;
        }
    }

    /** Adds the current key as a new state and returns its number; the caller checked {@link #find()}. */
    int add() {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, IntList.grow(size));
            hashes = Arrays.copyOf(hashes, offsets.length);
        }
        if (arenaSize + keyLength + 1 > arena.length) {
            long next = Math.max((long) arena.length * 2, (long) arenaSize + keyLength + 1);
            if (next > Integer.MAX_VALUE - 16) throw new IllegalStateException("the checker's state store is full");
            arena = Arrays.copyOf(arena, (int) next);
        }
        int id = size++;
        offsets[id] = arenaSize;
        hashes[id] = keyHash;
        System.arraycopy(key, 0, arena, arenaSize, keyLength);
        arenaSize += keyLength;
        if (size * 2L > table.length) rehash();
        insert(id);
        return id;
    }

    private boolean sameKey(int id) {
        int start = offsets[id];
        int end = id + 1 < size ? offsets[id + 1] : arenaSize;
        return end - start == keyLength && Arrays.equals(arena, start, end, key, 0, keyLength);
    }

    private void insert(int id) {
        int mask = table.length - 1;
        int i = hashes[id] & mask;
        while (table[i] >= 0) i = (i + 1) & mask;
        table[i] = id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        for (int id = 0; id < size; id++) insert(id);
    }

    private void varint(long value) {
        if (keyLength + 10 > key.length) key = Arrays.copyOf(key, key.length * 2);
        while ((value & ~0x7FL) != 0) {
            key[keyLength++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        key[keyLength++] = (byte) value;
    }
}
