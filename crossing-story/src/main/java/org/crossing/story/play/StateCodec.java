package org.crossing.story.play;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;

/**
 * The compact binary form of a play state, for signed tokens. Layout, all integers as unsigned
 * LEB128 varints unless noted:
 *
 * <pre>
 * 'C' 1                       magic and format version (2 bytes)
 * story version               8 bytes, big-endian
 * scene, seed (8 bytes), draws
 * values                      per variable in slot order: integer zigzag varint | boolean 0/1 | text length + UTF-8
 * used choices                count, then ascending once-slots as deltas
 * tracked visits              one count per tracked scene
 * steps                       total step count, kept count, then per kept step: scene, index &lt;&lt; 2 | kind
 * </pre>
 *
 * Decoding checks every field against the story and rejects anything else with a message that
 * says what is wrong; it never throws anything but {@link StateFormatException}.
 */
public final class StateCodec {

    private static final byte MAGIC = 'C';
    private static final byte FORMAT = 1;

    private StateCodec() {}

    public static byte[] encode(State state) {
        Out out = new Out();
        out.bytes.write(MAGIC);
        out.bytes.write(FORMAT);
        out.fixed64(state.storyVersion);
        out.varint(state.scene);
        out.fixed64(state.seed);
        out.varint(state.draws);
        for (Object value : state.values) {
            switch (value) {
                case Long l -> out.varint((l << 1) ^ (l >> 63));
                case Boolean b -> out.bytes.write(b ? 1 : 0);
                case String s -> {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.varint(utf8.length);
                    out.bytes.writeBytes(utf8);
                }
                default -> throw new IllegalStateException("not a story value: " + value);
            }
        }
        int[] used = state.used.toArray();
        out.varint(used.length);
        int previous = 0;
        for (int slot : used) {
            out.varint(slot - previous);
            previous = slot;
        }
        for (int visits : state.trackedVisits) out.varint(visits);
        List<Step> steps = state.path.steps();
        out.varint(state.path.length());
        out.varint(steps.size());
        for (Step step : steps) {
            out.varint(step.scene());
            out.varint(((long) step.index() << 2) | step.kind().ordinal());
        }
        return out.bytes.toByteArray();
    }

    public static State decode(Story story, byte[] bytes) throws StateFormatException {
        In in = new In(bytes);
        if (bytes.length < 2 || bytes[0] != MAGIC) throw new StateFormatException("not a Crossing play state");
        if (bytes[1] != FORMAT) throw new StateFormatException("play state format " + bytes[1] + " is not supported (expected " + FORMAT + ")");
        in.position = 2;
        long version = in.fixed64("story version");
        if (version != story.version()) {
            throw new StateFormatException(String.format(
                    "this play state belongs to another version of '%s' (%016x, the story is now %s)",
                    story.title(), version, story.versionHex()));
        }
        int scene = in.index("scene", story.scenes().size());
        long seed = in.fixed64("seed");
        int draws = in.count("draw count");
        Object[] values = new Object[story.variables().size()];
        for (Variable variable : story.variables()) {
            values[variable.slot()] = switch (variable.type()) {
                case INTEGER -> {
                    long raw = in.varint("value of '" + variable.name() + "'");
                    long value = (raw >>> 1) ^ -(raw & 1);
                    if (variable.bounded() && (value < variable.min() || value > variable.max())) {
                        throw new StateFormatException("value " + value + " of '" + variable.name() + "' is outside "
                                + variable.min() + ".." + variable.max());
                    }
                    yield value;
                }
                case BOOLEAN -> {
                    int b = in.u8("value of '" + variable.name() + "'");
                    if (b > 1) throw new StateFormatException("value of '" + variable.name() + "' is not a boolean");
                    yield b == 1;
                }
                case TEXT -> in.text("value of '" + variable.name() + "'");
            };
        }
        int usedCount = in.count("used choice count");
        // Slots ascend within the story's, so no more than onceSlots of them get past the check below.
        int[] used = new int[Math.min(usedCount, story.onceSlots())];
        int slot = 0;
        for (int i = 0; i < usedCount; i++) {
            long delta = in.varint("used choice");
            if (delta < 0 || (i > 0 && delta == 0) || delta >= story.onceSlots() - slot) {
                throw new StateFormatException("used choice " + Long.toUnsignedString(slot + delta) + " does not exist in the story");
            }
            slot += (int) delta;
            used[i] = slot;
        }
        int[] visits = new int[story.trackedSceneCount()];
        for (int i = 0; i < visits.length; i++) visits[i] = in.count("visit count");
        int length = in.count("step count");
        int kept = in.count("kept step count");
        if (kept > Path.KEPT || kept > length) throw new StateFormatException("kept step count " + kept + " is out of range");
        List<Step> steps = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            int stepScene = in.index("step scene", story.scenes().size());
            long packed = in.varint("step");
            int kindIndex = (int) (packed & 3);
            long index = packed >>> 2;
            Scene from = story.scene(stepScene);
            int limit = kindIndex == Step.Kind.CHANCE.ordinal() ? from.chance().size()
                    : kindIndex == Step.Kind.TIMEOUT.ordinal() ? from.choices().size() + 1 : from.choices().size();
            if (kindIndex > 2 || index >= limit) {
                throw new StateFormatException("step " + (i + 1) + " names no choice or outcome of scene '" + from.id() + "'");
            }
            steps.add(new Step(stepScene, Step.Kind.values()[kindIndex], (int) index));
        }
        if (in.position != bytes.length) throw new StateFormatException((bytes.length - in.position) + " unexpected bytes after the play state");
        return new State(version, scene, values, UsedChoices.of(story.onceSlots(), used), visits, seed, draws, Path.of(steps, length));
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

        void varint(long value) {
            while ((value & ~0x7FL) != 0) {
                bytes.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            bytes.write((int) value);
        }

        void fixed64(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) bytes.write((int) (value >>> shift));
        }
    }

    private static final class In {
        final byte[] bytes;
        int position;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int u8(String what) throws StateFormatException {
            if (position >= bytes.length) throw truncated(what);
            return bytes[position++] & 0xFF;
        }

        long fixed64(String what) throws StateFormatException {
            if (bytes.length - position < 8) throw truncated(what);
            long value = ByteBuffer.wrap(bytes, position, 8).getLong();
            position += 8;
            return value;
        }

        long varint(String what) throws StateFormatException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8(what);
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return value;
            }
            throw new StateFormatException(what + " is not a valid number");
        }

        int count(String what) throws StateFormatException {
            long value = varint(what);
            if (value < 0 || value > Integer.MAX_VALUE) throw new StateFormatException(what + " " + value + " is out of range");
            return (int) value;
        }

        int index(String what, int size) throws StateFormatException {
            long value = varint(what);
            if (value < 0 || value >= size) throw new StateFormatException(what + " " + value + " does not exist in the story");
            return (int) value;
        }

        String text(String what) throws StateFormatException {
            int length = count(what);
            if (length > bytes.length - position) throw truncated(what);
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, position, length)).toString();
                position += length;
                return text;
            } catch (CharacterCodingException e) {
                throw new StateFormatException(what + " is not valid UTF-8");
            }
        }

        StateFormatException truncated(String what) {
            return new StateFormatException("the play state is cut short (reading the " + what + ")");
        }
    }
}
