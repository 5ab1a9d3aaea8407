package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random journeys a coverage page asks for, played in the background: at their bounds on a story
 * whose journeys loop until cut short they take minutes, so every run here is stopped.
 */
class CoverageRequestsTest {

    static final RandomTest AT_THE_BOUNDS = new RandomTest(RandomTest.MAX_JOURNEYS, 1, RandomTest.MAX_STEPS, true);

    @TempDir
    Path folder;
    StudioWorkspace workspace;
    CoverageRequests requests;
    final List<CoverageRequests.Progress> told = new CopyOnWriteArrayList<>();

    void open(String story) throws Exception {
        Files.writeString(folder.resolve("story.story"), story);
        workspace = StudioWorkspace.open(folder, Clock.systemUTC(), 100_000, false);
        StudioWorkspaceTest.await(() -> workspace.snapshot().analysis().status() == StudioWorkspace.Status.DONE, "the check finished");
        requests = new CoverageRequests(workspace);
        requests.listen(told::add);
    }

    @AfterEach
    void close() {
        if (requests != null) requests.close();
        if (workspace != null) workspace.close();
    }

    CoverageRequests.Run request(RandomTest settings) {
        StudioWorkspace.Snapshot shown = workspace.snapshot();
        return requests.request(shown, shown.analysis(), settings);
    }

    static void awaitEnd(CoverageRequests.Run run) throws InterruptedException {
        StudioWorkspaceTest.await(() -> run.state() != CoverageRequests.State.RUNNING, "the run ended");
    }

    @Test
    void aShortRunEndsWithTheFiguresThePageWouldHaveMeasuredItself() throws Exception {
        open(CoverageTest.STORY);
        RandomTest settings = new RandomTest(50, 7, 100, false);
        CoverageRequests.Run run = request(settings);
        run.await(Duration.ofSeconds(30));

        assertThat(run.state()).isEqualTo(CoverageRequests.State.DONE);
        StudioWorkspace.Snapshot shown = workspace.snapshot();
        CoverageRuns.Measured direct = CoverageRuns.measure(shown.story(), shown.analysis().journeys(), folder, settings);
        assertThat(run.measured().coverage().of(Coverage.Source.RANDOM).wayCount()).isEqualTo(direct.coverage().of(Coverage.Source.RANDOM).wayCount());
        assertThat(run.measured().coverage().of(Coverage.Source.RANDOM).variantCount())
                .isEqualTo(direct.coverage().of(Coverage.Source.RANDOM).variantCount());
        StudioWorkspaceTest.await(() -> !told.isEmpty() && told.getLast().state() != CoverageRequests.State.RUNNING, "the end told");
        assertThat(told.getLast()).isEqualTo(new CoverageRequests.Progress("journeys=50&seed=7&steps=100&avoid=off", 50, 50,
                CoverageRequests.State.DONE));
        assertThat(request(settings)).as("asked again: the run kept").isSameAs(run);
    }

    @Test
    void aLongRunTellsItsProgressAndASecondRequestForItJoinsIt() throws Exception {
        open(StudioBenchmark.LOOP);
        CoverageRequests.Run run = request(AT_THE_BOUNDS);
        StudioWorkspaceTest.await(() -> told.size() >= 2, "progress told twice");

        assertThat(run.state()).isEqualTo(CoverageRequests.State.RUNNING);
        assertThat(told.get(0).settings()).isEqualTo("journeys=10000&seed=1&steps=10000&avoid=on");
        assertThat(told.get(0).of()).isEqualTo(10_000);
        assertThat(told.get(0).state()).isEqualTo(CoverageRequests.State.RUNNING);
        assertThat(told.get(1).played()).isGreaterThan(told.get(0).played());
        assertThat(told.get(0).json()).isEqualTo("{\"settings\":\"journeys=10000&seed=1&steps=10000&avoid=on\",\"played\":"
                + told.get(0).played() + ",\"of\":10000,\"state\":\"running\"}");
        assertThat(request(AT_THE_BOUNDS)).isSameAs(run);
    }

    static RandomTest seed(long seed) {
        return new RandomTest(RandomTest.MAX_JOURNEYS, seed, RandomTest.MAX_STEPS, true);
    }

    /** Two pages asking for different journeys each keep theirs, played side by side. */
    @Test
    void aRequestForOtherSettingsPlaysBesideTheRunGoing() throws Exception {
        open(StudioBenchmark.LOOP);
        CoverageRequests.Run first = request(AT_THE_BOUNDS);
        CoverageRequests.Run second = request(seed(2));

        StudioWorkspaceTest.await(() -> first.played() > 0 && second.played() > 0, "both runs playing");
        int played = first.played();
        StudioWorkspaceTest.await(() -> first.played() > played, "the first run still playing");
        assertThat(first.state()).isEqualTo(CoverageRequests.State.RUNNING);
        assertThat(second.state()).isEqualTo(CoverageRequests.State.RUNNING);
        assertThat(request(AT_THE_BOUNDS)).as("the first page asking again").isSameAs(first);
        assertThat(request(seed(2))).as("the second page asking again").isSameAs(second);
        assertThat(told).noneMatch(p -> p.state() == CoverageRequests.State.STOPPED);
    }

    /** At most three runs are kept: a fourth stops the one asked for least lately, and asked for again it plays anew. */
    @Test
    void aFourthRequestStopsTheRunAskedForLeastLately() throws Exception {
        open(StudioBenchmark.LOOP);
        CoverageRequests.Run one = request(seed(1));
        CoverageRequests.Run two = request(seed(2));
        CoverageRequests.Run three = request(seed(3));
        assertThat(request(seed(1))).as("asked for again, so now the latest").isSameAs(one);
        CoverageRequests.Run four = request(seed(4));

        awaitEnd(two);
        assertThat(two.state()).isEqualTo(CoverageRequests.State.STOPPED);
        StudioWorkspaceTest.await(() -> told.stream().anyMatch(p -> p.state() == CoverageRequests.State.STOPPED
                && p.settings().equals("journeys=10000&seed=2&steps=10000&avoid=on")), "the stop told");
        StudioWorkspaceTest.await(() -> four.played() > 0, "the fourth run playing");
        for (CoverageRequests.Run run : List.of(one, three, four)) assertThat(run.state()).isEqualTo(CoverageRequests.State.RUNNING);
        CoverageRequests.Run twoAgain = request(seed(2));
        assertThat(twoAgain).isNotSameAs(two);
        awaitEnd(three);
        assertThat(three.state()).as("now the one asked for least lately").isEqualTo(CoverageRequests.State.STOPPED);
    }

    @Test
    void aSaveOfTheStoryStopsTheRunAndASaveWithAnErrorDoesNot() throws Exception {
        open(StudioBenchmark.LOOP);
        CoverageRequests.Run run = request(AT_THE_BOUNDS);
        StudioWorkspaceTest.await(() -> run.played() > 0, "the run playing");

        Files.writeString(folder.resolve("story.story"), StudioBenchmark.LOOP.replace("== gone ==", "== gone ==\n== broken"));
        workspace.reload();
        assertThat(workspace.snapshot().compilation().ok()).isFalse();
        int played = run.played();
        StudioWorkspaceTest.await(() -> run.played() > played, "the run still playing the last good story");
        assertThat(run.state()).isEqualTo(CoverageRequests.State.RUNNING);

        Files.writeString(folder.resolve("story.story"), StudioBenchmark.LOOP.replace("Here.", "Here again."));
        workspace.reload();
        awaitEnd(run);
        assertThat(run.state()).isEqualTo(CoverageRequests.State.STOPPED);
    }

    @Test
    void closingStopsEveryRun() throws Exception {
        open(StudioBenchmark.LOOP);
        CoverageRequests.Run run = request(AT_THE_BOUNDS);
        CoverageRequests.Run other = request(seed(2));
        requests.close();
        for (CoverageRequests.Run each : List.of(run, other)) {
            awaitEnd(each);
            assertThat(each.state()).isEqualTo(CoverageRequests.State.STOPPED);
            assertThat(each.played()).isLessThan(RandomTest.MAX_JOURNEYS);
        }
    }
}
