package org.crossing.story.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.story.check.Stories.add;
import static org.crossing.story.check.Stories.compare;
import static org.crossing.story.check.Stories.story;

import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Expr;
import org.junit.jupiter.api.Test;

/** The checker on stories built as model records. */
class CheckerModelTest {

    @Test
    void aForkIntoTwoEndingsHasThreeStatesAndHalfAChanceEach() {
        var report = Checker.check(story()
                .scene("start").once("Left", "left").once("Right", "right")
                .ending("left", EndingKind.SAFE).ending("right", EndingKind.DIED).build());

        assertThat(report.ok()).isTrue();
        assertThat(report.states()).isEqualTo(3);
        assertThat(report.endings()).extracting(EndingResult::exactProbability).containsExactly("1/2", "1/2");
        assertThat(report.endings().get(1).witness().describe()).isEqualTo("\"Right\"");
        assertThat(report.fewestChoices()).hasValue(1);
        assertThat(report.mostChoices()).hasValue(1);
        assertThat(report.probabilities()).isEqualTo(CheckReport.Probabilities.EXACT);
    }

    @Test
    void chanceAfterAChoiceMultipliesTheProbabilities() {
        var report = Checker.check(story()
                .scene("start").once("Cross", "patrol").once("Wait", "home")
                .scene("patrol").chance(30, "caught").otherwise("free")
                .ending("caught", EndingKind.CAPTURED).ending("free", EndingKind.SAFE).ending("home", EndingKind.TURNED_BACK).build());

        assertThat(report.ok()).isTrue();
        assertThat(report.endings()).extracting(EndingResult::exactProbability).containsExactly("3/20", "7/20", "1/2");
        assertThat(report.endings().get(0).witness().describe()).isEqualTo("\"Cross\" > chance 30% -> caught");
        assertThat(report.fewestChoices()).hasValue(1);
        assertThat(report.mostChoices()).hasValue(2);
    }

    @Test
    void aChoiceThatIsHiddenLeavesADeadEnd() {
        var report = Checker.check(story().integer("money", 3)
                .scene("market").once("Sell", "broker", add("money", 1)).once("Go", "broker")
                .scene("broker").when(compare("money", Expr.BinaryOp.GREATER_OR_EQUAL, 5), null, "Pay", "border")
                .ending("border", EndingKind.SAFE).build());

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                test.story:2:1: error: dead end: scene 'broker' offers no choice
                  reached by: "Sell"
                  why: "Pay" is hidden: money >= 5 is false
                  with money = 4""",
                """
                test.story:3:1: error: ending 'border' (safe) is never reached
                  way in: "Pay" in scene 'broker' at test.story:2:1, which needs money >= 5
                    it can never be taken: money is between 3 and 4 whenever play is in scene 'broker'""");
    }

    @Test
    void aLoopWithNoWayOutIsASoftlock() {
        var report = Checker.check(story()
                .scene("start").once("In", "a").once("Out", "end")
                .scene("a").repeat("Go on", "b")
                .scene("b").repeat("Go back", "a")
                .ending("end", EndingKind.SAFE).build());

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                test.story:2:1: error: softlock: from scene 'a' no ending can be reached
                  reached by: "In"
                  play goes round 'a', 'b' forever""");
        assertThat(report.endlessProbability()).isEqualTo(0.5);
        assertThat(report.probabilities()).isEqualTo(CheckReport.Probabilities.ESTIMATED);
    }

    @Test
    void anUnboundedCounterStopsTheCheckAtTheLimitAndIsNamed() {
        var report = Checker.of(story().integer("count", 0)
                .scene("loop").repeat("Again", "loop", add("count", 1))
                .when(s -> new Expr.Binary(Expr.BinaryOp.EQUAL, new Expr.Binary(Expr.BinaryOp.REMAINDER,
                        new Expr.VariableRef(s.variable("count")), new Expr.Literal(7L)), new Expr.Literal(6L)), null, "Stop", "end")
                .ending("end", EndingKind.SAFE).build()).limit(1000).run();

        assertThat(report.complete()).isFalse();
        assertThat(report.states()).isEqualTo(1000);
        assertThat(report.errors().get(0).format()).isEqualTo("""
                error: the story has more than 1,000 reachable states; the check stopped there
                  variable 'count' keeps growing (0..875 so far), last extended by count += 1 in scene 'loop' at test.story:90:1
                  bound them with 'between LOW and HIGH' where they are declared, or raise the limit""");
    }

    @Test
    void aRepeatableLoopThatCanLeaveMakesPlaythroughsUnboundedAndChancesEstimated() {
        var report = Checker.check(story()
                .scene("start").repeat("Look around", "start").repeat("Leave", "end")
                .ending("end", EndingKind.SAFE).build());

        assertThat(report.ok()).isTrue();
        assertThat(report.loops()).isTrue();
        assertThat(report.mostChoices()).isEmpty();
        assertThat(report.endings().get(0).probability()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.probabilities()).isEqualTo(CheckReport.Probabilities.ESTIMATED);
    }
}
