package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateCodecTest {

    private static final String TEXT = """
            title: Codec
            language: en
            start: a
            var n = -3 between -10 and 10
            var flag = false
            var name = "Ünïcödé"
            == a ==
            {n} {flag} {name} {visits(b)}
            * Down -> b ~ n -= 1, name += "!"
            + Around -> a ~ flag = not flag
            * [seen(b)] Out -> c
            == b ==
            B.
            continue: Roll
            chance 50% -> a
            otherwise -> c
            == c ==
            C.
            ending safe: done
            """;
    private static final Story STORY = Stories.given(TEXT);

    private static State played(long seed) {
        State state = Engine.begin(STORY, seed);
        Random random = new Random(seed);
        for (int i = 0; i < 40 && !Engine.finished(STORY, state); i++) {
            var actions = Engine.actions(STORY, state);
            state = Engine.next(STORY, state, actions.get(random.nextInt(actions.size())));
        }
        return state;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void roundTripsEveryState(long seed) throws StateFormatException {
        State state = played(seed);
        State decoded = StateCodec.decode(STORY, StateCodec.encode(state));
        assertThat(decoded).isEqualTo(state);
        assertThat(decoded.path()).isEqualTo(state.path());
        assertThat(StateCodec.encode(decoded)).isEqualTo(StateCodec.encode(state));
    }

    @Test
    void isCompact() {
        assertThat(StateCodec.encode(Engine.begin(STORY, 1))).hasSizeLessThan(40);
    }

    @Test
    void refusesAnotherVersionOfTheStory() {
        Story changed = Stories.given(TEXT.replace("* [seen(b)] Out -> c", "* [seen(b)] Out -> c\n* Stay -> a"));
        byte[] bytes = StateCodec.encode(Engine.begin(STORY, 1));
        assertThatThrownBy(() -> StateCodec.decode(changed, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessage("this play state belongs to another version of 'Codec' (" + STORY.versionHex()
                        + ", the story is now " + changed.versionHex() + ")");
    }

    @Test
    void refusesMalformedBytesWithClearMessages() {
        byte[] good = StateCodec.encode(played(3));
        assertThatThrownBy(() -> StateCodec.decode(STORY, new byte[0])).hasMessage("not a Crossing play state");
        assertThatThrownBy(() -> StateCodec.decode(STORY, "hello".getBytes())).hasMessage("not a Crossing play state");
        byte[] future = good.clone();
        future[1] = 9;
        assertThatThrownBy(() -> StateCodec.decode(STORY, future)).hasMessage("play state format 9 is not supported (expected 1)");
        assertThatThrownBy(() -> StateCodec.decode(STORY, Arrays.copyOf(good, 12))).hasMessageStartingWith("the play state is cut short");
        byte[] longer = Arrays.copyOf(good, good.length + 2);
        assertThatThrownBy(() -> StateCodec.decode(STORY, longer)).hasMessage("2 unexpected bytes after the play state");
        byte[] badScene = good.clone();
        badScene[10] = 77;
        assertThatThrownBy(() -> StateCodec.decode(STORY, badScene)).hasMessage("scene 77 does not exist in the story");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyFlippedOrCutByteIsRefusedOrDecodesToAValidState(long seed) {
        byte[] good = StateCodec.encode(played(seed));
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            byte[] bad = good.clone();
            bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
            if (random.nextBoolean()) bad = Arrays.copyOf(bad, random.nextInt(bad.length + 1));
            try {
                State state = StateCodec.decode(STORY, bad);
                Engine.options(STORY, state);
                Engine.actions(STORY, state);
            } catch (StateFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
