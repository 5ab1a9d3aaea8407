package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;

/**
 * Random journeys from fixed seeds give the same states, byte for byte, as the engine did before
 * its state was reorganised for speed (the digests were taken from that engine, then once again
 * when chance draws began to depend on the scene that draws, so that another way back into
 * another chance meets its own roll: {@code Engine.draw}). Each digest
 * covers every state's encoding (the story version left out, so that a change in how stories are
 * fingerprinted does not count) and every list of options along a few journeys.
 */
class SeededReplayTest {

    /** Chance, a timer with and without a default, a text, clamped integers, tracked visits and a loop. */
    private static final Story MARKET = Stories.given("""
            title: Market
            language: en
            start: market
            var money = 3 between 0 and 6
            var papers = false
            var name = "Sun"
            == market ==
            ~ name += "."
            You have {money}.
            * Sell the machine -> market ~ money += 2
            * [money >= 5] Meet the broker -> broker else "You need 5"
            * [papers] Show papers -> broker
            * Find papers -> market ~ papers = true, money -= 1
            + Look around -> look
            == look ==
            Stalls. {visits(look) > 1: Again.}
            + [visits(look) < 4] Look again -> look
            + Back -> market
            timed 5s -> market
            == broker ==
            A broker.
            * Pay -> river ~ money -= 5
            * Run -> river
            + Haggle -> broker ~ money -= 1
            timed 10s -> river
            == river ==
            The ice.
            continue: Cross
            chance 30% -> caught
            chance [papers] 20% -> questioned
            chance [money > 2] 10% -> market ~ money -= 2
            otherwise -> across
            == caught ==
            Caught.
            ending captured: Caught at the river
            == questioned ==
            Questioned.
            ending turned-back: Sent home
            == across ==
            Across with {money} as {name}.
            ending safe: Across
            """);

    /**
     * A story of many once-only choices (over a thousand, so the used-choice set spans many words)
     * with loops, so that journeys run past the number of steps a state keeps.
     */
    private static final Story MAZE = Stories.given(maze(400));

    private static String maze(int scenes) {
        StringBuilder out = new StringBuilder("""
                title: Maze
                language: en
                start: r0
                var steps = 0 between 0 and 50
                var key = false
                """);
        for (int i = 0; i < scenes; i++) {
            out.append("== r").append(i).append(" ==\n");
            if (i % 11 == 4) out.append("~ key = true\n");
            out.append("Room ").append(i).append(".\n");
            if (i == scenes - 1) {
                out.append("ending safe: Out\n\n");
                continue;
            }
            if (i % 17 == 9) {
                out.append("continue: Wait\n");
                out.append("chance 40% -> r").append((i * 7 + 3) % scenes).append(" ~ steps += 1\n");
                out.append("otherwise -> r").append(i + 1).append("\n\n");
                continue;
            }
            out.append("* Forward -> r").append(i + 1).append(" ~ steps += 1\n");
            out.append("* [key] Unlock -> r").append(Math.min(scenes - 1, i + 5)).append(" ~ key = false\n");
            out.append("* [steps > 3] Back -> r").append(i / 2).append(" ~ steps -= 3\n");
            out.append("* Turn -> r").append((i * 13 + 1) % scenes).append('\n');
            if (i % 5 == 0) out.append("+ Stay -> r").append(i).append('\n');
            if (i % 23 == 2) out.append("timed 3s -> r").append((i + 2) % scenes).append('\n');
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void theMazeHasMoreOnceOnlyChoicesThanFitInFewWords() {
        assertThat(MAZE.onceSlots()).isEqualTo(1_504);
    }

    @Test
    void marketJourneysReplayAsBefore() {
        assertThat(digest(MARKET, 40, 300)).isEqualTo("eb62651db3a4174d26bb875b39f9dbcf1365aaf0ae803a99357bf6529630f0c1");
    }

    @Test
    void mazeJourneysReplayAsBefore() {
        assertThat(digest(MAZE, 12, 900)).isEqualTo("6eedee1c3c7884549a8164c446459ddda3c3bdbcc4cb3aa67f5bcc5fd77648a8");
    }

    @Test
    void everyStateOfAJourneyDecodesToItself() throws StateFormatException {
        SplittableRandom random = new SplittableRandom(7);
        State state = Engine.begin(MAZE, 7);
        for (int step = 0; step < 700 && !Engine.actions(MAZE, state).isEmpty(); step++) {
            List<Action> actions = Engine.actions(MAZE, state);
            state = Engine.next(MAZE, state, actions.get(random.nextInt(actions.size())));
            State decoded = StateCodec.decode(MAZE, StateCodec.encode(state));
            assertThat(decoded).isEqualTo(state);
            assertThat(decoded.hashCode()).isEqualTo(state.hashCode());
            assertThat(decoded.sameSituation(state)).isTrue();
            assertThat(decoded.situationHash()).isEqualTo(state.situationHash());
        }
    }

    /** SHA-256 over {@code journeys} random journeys of at most {@code maxSteps} steps, seeds 1, 2, ... */
    static String digest(Story story, int journeys, int maxSteps) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        for (long seed = 1; seed <= journeys; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            State state = Engine.begin(story, seed);
            for (int step = 0; ; step++) {
                byte[] bytes = StateCodec.encode(state);
                sha.update(bytes, 0, 2);
                sha.update(bytes, 10, bytes.length - 10);
                for (Option option : Engine.options(story, state)) {
                    sha.update((byte) option.index());
                    sha.update((byte) ((option.enabled() ? 1 : 0) | (option.timedDefault() ? 2 : 0)));
                }
                List<Action> actions = Engine.actions(story, state);
                sha.update((byte) actions.size());
                if (actions.isEmpty() || step == maxSteps) break;
                state = Engine.next(story, state, actions.get(random.nextInt(actions.size())));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
