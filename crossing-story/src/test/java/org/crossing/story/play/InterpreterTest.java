package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.PlayTables;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The play tables' code gives the same results as the expression and effect records it was
 * compiled from, for every operator, at the integer bounds, for visits, text and conditional
 * effects: each choice's condition and effects are run both ways on random values.
 */
class InterpreterTest {

    private static final Story STORY = Stories.given("""
            title: Operators
            language: en
            start: a
            var n = 0
            var m = 0
            var k = 0 between -5 and 5
            var flag = false
            var name = "x"
            == a ==
            A.
            * [n + m > k and not flag] Add -> b ~ n += m, k -= n
            * [n - m <= -k or flag] Subtract -> b ~ n -= m * 2, m = -m
            * [n * m >= 3 and n / m < 2 and n % m != 0] Multiply -> b ~ k = n * m, flag = n % 3 == 1
            * [-n == m or (n != m and not (k < 0))] Negate -> b ~ m = n / (m - m), k = n % 0
            * [visits(b) > 1 and seen(a)] Visits -> b ~ n += visits(a) * 1000
            * [name == "x" and n > 0] Text -> b ~ name += "y", name = name + "z", n += 1
            * [flag == (n > m)] Compare flags -> b ~ {n > m: k += 1, {flag: m = 1 | m = 2} | k -= 1, flag = not flag}
            * Saturate -> b ~ n = 9223372036854775807 + m, m = -9223372036854775807 - 1 - n, k = n * n
            == b ==
            B.
            * Back -> a
            """);

    private static final long[] INTEGERS = {0, 1, -1, 2, 3, -3, 7, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1};

    @Test
    void conditionsAndEffectsGiveWhatTheirRecordsGive() {
        SplittableRandom random = new SplittableRandom(14);
        PlayTables tables = STORY.playTables();
        int scene = STORY.scene("a").orElseThrow().index();
        List<Choice> choices = STORY.scene(scene).choices();
        int compared = 0;
        for (int round = 0; round < 3_000; round++) {
            Object[] values = {
                    INTEGERS[random.nextInt(INTEGERS.length)], INTEGERS[random.nextInt(INTEGERS.length)],
                    (long) random.nextInt(-5, 6), random.nextBoolean(), random.nextBoolean() ? "x" : "xy"};
            int[] visits = new int[STORY.trackedSceneCount()];
            for (int i = 0; i < visits.length; i++) visits[i] = random.nextInt(4);
            State state = new State(STORY.version(), scene, values, UsedChoices.none(STORY.onceSlots()), visits, 1, 0, Path.EMPTY);
            for (Choice choice : choices) {
                int r = tables.choiceAt(scene, choice.index());
                assertThat(Interpreter.test(STORY, tables.at(r + PlayTables.CONDITION), values, state))
                        .as("condition of choice %d with %s", choice.index(), List.of(values))
                        .isEqualTo(Evaluator.test(choice.condition(), values, Engine.visits(STORY, state)));
                Object[] fromTables = values.clone();
                Interpreter.apply(STORY, tables.at(r + PlayTables.EFFECTS), fromTables, state);
                Object[] fromRecords = values.clone();
                applyRecords(choice.effects(), fromRecords, Engine.visits(STORY, state));
                assertThat(fromTables).as("effects of choice %d with %s", choice.index(), List.of(values)).containsExactly(fromRecords);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3_000 * 8);
    }

    @Test
    void aSceneWithNothingToDoHasNoConditionOrEffects() {
        PlayTables tables = STORY.playTables();
        int scene = STORY.scene("b").orElseThrow().index();
        int r = tables.choiceAt(scene, 0);
        assertThat(tables.at(tables.sceneAt(scene) + PlayTables.COUNT)).isEqualTo(1);
        assertThat(tables.at(tables.sceneAt(scene) + PlayTables.ON_ENTER)).isEqualTo(-1);
        assertThat(tables.at(r + PlayTables.CONDITION)).isEqualTo(-1);
        assertThat(tables.at(r + PlayTables.EFFECTS)).isEqualTo(-1);
        assertThat(tables.at(r + PlayTables.TARGET)).isEqualTo(STORY.scene("a").orElseThrow().index());
    }

    /** The effects run from their records, as the engine ran them before the play tables. */
    private static void applyRecords(List<Effect> effects, Object[] values, Evaluator.Visits visits) {
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.When when -> applyRecords(Evaluator.test(when.condition(), values, visits) ? when.then() : when.otherwise(), values, visits);
                case Effect.Change change -> Engine.change(change, values, visits);
            }
        }
    }
}
