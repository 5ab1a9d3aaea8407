package org.crossing.story.model;

/**
 * How large a journey's state can grow, so that it always fits in a link. The player carries the
 * whole state in its address ({@code /s/STORY/play?t=TOKEN}); browsers and servers refuse long
 * addresses (Jetty at 8 KB for the request line and headers together), and a player whose state
 * outgrew one could neither reload, go back, nor continue without JavaScript. The compiler
 * therefore refuses a story whose state could outgrow {@link #STATE_BYTES}, counting every part of
 * the encoding at its largest.
 */
public final class StateLimits {

    /**
     * The most a state's encoding may take. Signed and in base64, a state of this size makes an
     * address of about 5.6 KB, which leaves room under Jetty's 8 KB for the request's headers.
     */
    public static final int STATE_BYTES = 4_096;

    /** The newest steps a state keeps of its path; older ones are counted but dropped. */
    public static final int KEPT_STEPS = 256;

    private StateLimits() {}

    /**
     * The largest encoding of a state of {@code story}, in parts: what its variables, visit counts
     * and kept steps can take ({@code fixed}), and what its once-only choices add when a journey
     * has taken them all ({@code onceChoices}).
     */
    public record WorstCase(int fixed, int values, int text, int onceChoices) {

        public int total() {
            return fixed + onceChoices;
        }
    }

    public static WorstCase of(Story story) {
        int scenes = story.scenes().size();
        int maxOptions = 1;
        for (Scene scene : story.scenes()) {
            maxOptions = Math.max(maxOptions, Math.max(scene.choices().size() + 1, scene.chance().size()));
        }
        // magic and format, story version, scene, seed, draws
        int header = 2 + 8 + varintLength(scenes) + 8 + 5;
        int values = 0;
        int text = 0;
        for (Variable variable : story.variables()) {
            switch (variable.type()) {
                case INTEGER -> values += variable.bounded()
                        ? Math.max(varintLength(zigzag(variable.min())), varintLength(zigzag(variable.max()))) : 10;
                case BOOLEAN -> values += 1;
                case TEXT -> {
                    int bytes = ValueType.MAX_TEXT_BYTES;
                    text += varintLength(bytes) + bytes;
                }
            }
        }
        int visits = story.trackedSceneCount() * 5;
        int steps = 5 + varintLength(KEPT_STEPS) + KEPT_STEPS * (varintLength(scenes) + varintLength(((long) maxOptions << 2) | 3));
        // Ascending slots as deltas: however they are spread, a delta of d takes no more than d bytes.
        int once = story.onceSlots() == 0 ? 0 : varintLength(story.onceSlots()) + story.onceSlots();
        return new WorstCase(header + values + text + visits + steps + 1, values, text, once);
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static int varintLength(long value) {
        int length = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            length++;
        }
        return length;
    }
}
