package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PathTest {

    private static Step step(int n) {
        return new Step(n, Step.Kind.values()[n % 3], n % 7);
    }

    /** The newest {@link Path#KEPT} of {@code all}, as a path should keep them. */
    private static List<Step> kept(List<Step> all) {
        return all.subList(Math.max(0, all.size() - Path.KEPT), all.size());
    }

    @Test
    void keepsTheNewestStepsOfALongJourneyAndCountsThemAll() {
        List<Step> all = new ArrayList<>();
        Path path = Path.EMPTY;
        for (int n = 0; n < 3 * Path.KEPT + 10; n++) {
            path = path.append(step(n));
            all.add(step(n));
            assertThat(path.length()).isEqualTo(n + 1);
            assertThat(path.last()).isEqualTo(step(n));
            assertThat(path.steps()).as("after %d steps", n + 1).isEqualTo(kept(all));
        }
    }

    @Test
    void aBranchLeavesTheJourneyItLeftAsItWas() {
        SplittableRandom random = new SplittableRandom(14);
        List<Path> paths = new ArrayList<>(List.of(Path.EMPTY));
        List<List<Step>> expected = new ArrayList<>(List.of(List.of()));
        for (int n = 0; n < 1_500; n++) {
            // Mostly extend the newest path, sometimes branch from an older one (a step back, a second try).
            int from = random.nextInt(10) < 8 ? paths.size() - 1 : random.nextInt(paths.size());
            paths.add(paths.get(from).append(step(n)));
            List<Step> steps = new ArrayList<>(expected.get(from));
            steps.add(step(n));
            expected.add(steps);
        }
        for (int i = 0; i < paths.size(); i++) {
            assertThat(paths.get(i).steps()).as("path %d", i).isEqualTo(kept(expected.get(i)));
            assertThat(paths.get(i).length()).isEqualTo(expected.get(i).size());
        }
    }

    @Test
    void anotherThreadsStepsDoNotOverwriteThisThreads() throws Exception {
        Path shared = Path.EMPTY;
        for (int n = 0; n < 10; n++) shared = shared.append(step(n));
        Path start = shared;

        Path theirs = CompletableFuture.supplyAsync(() -> start.append(step(100)).append(step(101))).get();
        Path mine = start.append(step(200));

        assertThat(mine.steps().subList(10, 11)).containsExactly(step(200));
        assertThat(theirs.steps().subList(10, 12)).containsExactly(step(100), step(101));
        assertThat(start.steps()).hasSize(10);
    }

    @Test
    void aDecodedPathGoesOnFromItsKeptSteps() {
        List<Step> decoded = new ArrayList<>();
        for (int n = 0; n < Path.KEPT; n++) decoded.add(step(n));
        Path path = Path.of(decoded, 1_000).append(step(Path.KEPT));

        assertThat(path.length()).isEqualTo(1_001);
        assertThat(path.steps()).hasSize(Path.KEPT).startsWith(step(1)).endsWith(step(Path.KEPT));

        Path none = Path.of(List.of(), 5);
        assertThat(none.steps()).isEmpty();
        assertThat(none.last()).isNull();
        assertThat(none.append(step(9)).steps()).containsExactly(step(9));
        assertThat(none.append(step(9)).length()).isEqualTo(6);
    }
}
