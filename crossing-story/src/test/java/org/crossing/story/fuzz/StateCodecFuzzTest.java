package org.crossing.story.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.crossing.story.play.StateCodec;
import org.crossing.story.play.StateFormatException;

/**
 * Coverage-guided fuzzing of state decoding: any bytes are refused with a {@link
 * StateFormatException} or decode to a state the engine can play from. Under plain
 * {@code ./mvnw verify} it replays the inputs in src/test/resources; run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl crossing-story test -Dtest=StateCodecFuzzTest} to search for new ones.
 */
class StateCodecFuzzTest {

    private static final Story STORY = StoryCompiler.compile(StorySource.of("""
            title: Fuzz
            language: en
            start: a
            var n = 0 between -5 and 5
            var ok = false
            var name = "x"
            == a ==
            {n} {ok} {name} {visits(b)}
            * Down -> b ~ n -= 1
            + Flip -> a ~ ok = not ok, name += "y"
            == b ==
            B.
            chance 50% -> a
            otherwise -> c
            == c ==
            C.
            ending safe: done
            """)).story();

    @FuzzTest(maxDuration = "60s")
    void anyBytesDecodeToAPlayableStateOrAreRefused(byte[] bytes) {
        State state;
        try {
            state = StateCodec.decode(STORY, bytes);
        } catch (StateFormatException refused) {
            return;
        }
        Engine.options(STORY, state);
        for (var action : Engine.actions(STORY, state)) Engine.next(STORY, state, action);
    }
}
