package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a burst of file events makes the workspace do: called by hand here, as the folder watcher calls it after a save. */
class StudioWorkspaceTest {

    @TempDir
    Path folder;

    StudioWorkspace workspace;
    final List<StudioWorkspace.Event> events = new CopyOnWriteArrayList<>();

    StudioWorkspace open() throws Exception {
        Files.writeString(folder.resolve("story.story"), CoverageTest.STORY);
        workspace = StudioWorkspace.open(folder, Clock.systemUTC(), 100_000, false);
        awaitChecked();
        workspace.listen(events::add);
        return workspace;
    }

    @AfterEach
    void close() {
        if (workspace != null) workspace.close();
    }

    /** The story saved with {@code text}, and the reload the folder watcher would make. */
    void save(String text) throws Exception {
        Files.writeString(folder.resolve("story.story"), text);
        workspace.reload();
    }

    void awaitChecked() throws InterruptedException {
        await(() -> workspace.snapshot().analysis().status() == StudioWorkspace.Status.DONE, "the check finished");
    }

    static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(10);
        }
    }

    @Test
    void aSaveThatChangesTheStoryIsANewRevisionCheckedAgain() throws Exception {
        open();
        StudioWorkspace.Snapshot before = workspace.snapshot();
        save(CoverageTest.STORY.replace("You turn away.", "You turn back."));
        awaitChecked();
        StudioWorkspace.Snapshot after = workspace.snapshot();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.story()).isNotSameAs(before.story());
        assertThat(events).startsWith(StudioWorkspace.Event.REVISION).endsWith(StudioWorkspace.Event.CHECKED);
    }

    /** Editors write the same bytes again, touch files and leave backups beside them: nothing to compile, nothing to announce. */
    @Test
    void aSaveThatChangesNoStoryFileKeepsTheRevision() throws Exception {
        open();
        StudioWorkspace.Snapshot before = workspace.snapshot();
        Files.writeString(folder.resolve("story.story"), CoverageTest.STORY);
        Files.writeString(folder.resolve("story.story~"), "a backup");
        Files.writeString(folder.resolve(".story.story.swp"), "a swap file");
        workspace.reload();
        assertThat(workspace.snapshot()).isSameAs(before);
        assertThat(events).isEmpty();
    }

    @Test
    void aNewMediaFileIsANewRevision() throws Exception {
        open();
        long before = workspace.snapshot().revision();
        Files.createDirectories(folder.resolve("media"));
        Files.writeString(folder.resolve("media/notes.txt"), "credits");
        workspace.reload();
        assertThat(workspace.snapshot().revision()).isEqualTo(before + 1);
    }

    /**
     * Media files are judged again only when they change (KnownMediaTest): a picture of an hour
     * ago that becomes text, is renamed, or comes back shows in the compiler's warnings at once.
     */
    @Test
    void anEditedOrRenamedMediaFileIsJudgedAgain() throws Exception {
        Files.createDirectories(folder.resolve("media"));
        Path picture = folder.resolve("media/gate.png");
        java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.setLastModifiedTime(picture, anHourAgo);
        Files.writeString(folder.resolve("story.story"), CoverageTest.STORY.replace("== gate ==\n", "== gate ==\nimage gate.png: The gate\n"));
        workspace = StudioWorkspace.open(folder, Clock.systemUTC(), 100_000, false);
        workspace.reload(); // the same folder: nothing to compile
        assertThat(warnings()).isEmpty();

        Files.writeString(picture, "not a picture"); // a changed size and time
        workspace.reload();
        assertThat(warnings()).containsExactly("media file 'gate.png' is used as an image, but its contents are text");

        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.setLastModifiedTime(picture, anHourAgo);
        workspace.reload();
        assertThat(warnings()).isEmpty();

        Files.move(picture, folder.resolve("media/gate-at-dusk.png"));
        workspace.reload();
        assertThat(warnings()).singleElement().asString().startsWith("media file 'gate.png' is not in the story's media folder");
    }

    private List<String> warnings() {
        return workspace.snapshot().compilation().diagnostics().stream().map(d -> d.message()).toList();
    }

    /** A playtest saved beside the story changes coverage only: measured again, the revision and the check kept. */
    @Test
    void aNewPlaytestIsMeasuredWithoutANewRevision() throws Exception {
        open();
        StudioWorkspace.Snapshot before = workspace.snapshot();
        assertThat(before.analysis().coverage().playtests()).isEmpty();
        Files.createDirectories(folder.resolve("playtests"));
        Files.writeString(folder.resolve("playtests/rich.json"), CoverageTest.RICH);
        workspace.reload();
        await(() -> events.contains(StudioWorkspace.Event.CHECKED), "coverage measured again");
        StudioWorkspace.Snapshot after = workspace.snapshot();
        assertThat(events).containsExactly(StudioWorkspace.Event.CHECKED);
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.analysis().report()).isSameAs(before.analysis().report());
        assertThat(after.analysis().coverage().playtests()).extracting(Playtests.Result::file).containsExactly("playtests/rich.json");
    }

    /** A save with an error leaves the last good story's check running: it is not cancelled for a story that did not compile. */
    @Test
    void aSaveWithAnErrorKeepsTheLastGoodStoryAndItsCheck() throws Exception {
        open();
        StudioWorkspace.Snapshot before = workspace.snapshot();
        save(CoverageTest.STORY.replace("-> away\n", "-> nowhere\n"));
        StudioWorkspace.Snapshot after = workspace.snapshot();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.compilation().ok()).isFalse();
        assertThat(after.stale()).isTrue();
        assertThat(after.story()).isSameAs(before.story());
        assertThat(after.analysis()).isSameAs(before.analysis());
        assertThat(events).containsExactly(StudioWorkspace.Event.REVISION);
    }
}
