package org.crossing.app.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.KnownMedia;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One story folder as the studio sees it: compiled again on every save, its map laid out, its
 * check run in the background. A story with errors keeps showing its last good map and check
 * beside the errors. A new save cancels a check that is still running.
 */
public final class StudioWorkspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioWorkspace.class);

    /** What the studio shows for one revision of the folder. {@code story} and {@code map} are the last good ones, or null. */
    public record Snapshot(long revision, Instant compiledAt, Compilation compilation, Story story, long storyRevision,
                           StoryMap map, Analysis analysis) {
        /** Whether the map and check shown are from an earlier revision, because this one has errors. */
        public boolean stale() {
            return story != null && storyRevision != revision;
        }
    }

    public enum Status { RUNNING, DONE, CANCELLED, FAILED }

    /** The check of one story revision, as far as it has gone. */
    public record Analysis(long storyRevision, Status status, int explored, CheckReport report, Journeys journeys, String failure,
                           CoverageRuns.Measured coverage) {}

    /** What happened: a new revision compiled, the check progressed, or the check finished. */
    public enum Event { REVISION, PROGRESS, CHECKED }

    private final Path folder;
    private final Clock clock;
    private final int checkLimit;
    private final RandomTest random;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService checks = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("studio-check").factory());
    private final AtomicLong checkGeneration = new AtomicLong();
    private final AtomicLong revisions = new AtomicLong();
    private final StoryMapLayout layout = new StoryMapLayout();
    private final KnownMedia media = new KnownMedia();
    private volatile Snapshot snapshot;
    /** The folder as the last reload read it. */
    private FolderState read;
    private FolderWatcher watcher;

    private StudioWorkspace(Path folder, Clock clock, int checkLimit, RandomTest random) {
        this.folder = folder;
        this.clock = clock;
        this.checkLimit = checkLimit;
        this.random = random;
    }

    /** Compiles the folder once and, with {@code watch}, again after every change; random journeys as {@link RandomTest#DEFAULT}. */
    public static StudioWorkspace open(Path folder, Clock clock, int checkLimit, boolean watch) throws IOException {
        return open(folder, clock, checkLimit, watch, RandomTest.DEFAULT);
    }

    /** Compiles the folder once and, with {@code watch}, again after every change; coverage plays {@code random}. */
    public static StudioWorkspace open(Path folder, Clock clock, int checkLimit, boolean watch, RandomTest random) throws IOException {
        StudioWorkspace workspace = new StudioWorkspace(folder, clock, checkLimit, random);
        workspace.reload();
        if (watch) workspace.watcher = new FolderWatcher(folder, Duration.ofMillis(120), workspace::reload);
        return workspace;
    }

    public Path folder() {
        return folder;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public void listen(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /**
     * Reads the folder and, when the story changed, compiles it; when it compiled, lays it out and
     * announces the new revision before its check starts, so open pages update first. A save
     * that changed no story file's bytes and no media keeps the revision; one that changed only
     * playtests measures coverage again.
     */
    public synchronized void reload() {
        FolderState state = FolderState.read(folder, media);
        Snapshot previous = snapshot;
        if (previous != null && read != null && state.sameStory(read)) {
            boolean playtests = !state.samePlaytests(read);
            read = state;
            if (playtests) remeasure(previous);
            return;
        }
        read = state;
        long revision = revisions.incrementAndGet();
        Compilation compilation = StoryCompiler.compile(state.source());
        if (compilation.ok()) {
            // The check of the story this replaces is of no use now: stopped before the layout, so it does not compete with it.
            long generation = checkGeneration.incrementAndGet();
            Story story = compilation.story();
            StoryMap map = layout.next(story);
            snapshot = new Snapshot(revision, clock.instant(), compilation, story, revision, map,
                    new Analysis(revision, Status.RUNNING, 0, null, null, null, null));
            notify(Event.REVISION);
            startCheck(story, revision, generation);
            return;
        }
        if (previous != null && previous.story() != null) {
            snapshot = new Snapshot(revision, clock.instant(), compilation, previous.story(), previous.storyRevision(), previous.map(), previous.analysis());
        } else {
            snapshot = new Snapshot(revision, clock.instant(), compilation, null, 0, null, null);
        }
        notify(Event.REVISION);
    }

    /** Measures coverage again for the story shown, its check done: the playtests changed, nothing else. */
    private void remeasure(Snapshot shown) {
        Analysis analysis = shown.analysis();
        if (analysis == null || analysis.status() != Status.DONE) return; // a running check measures when it finishes
        long storyRevision = shown.storyRevision();
        long generation = checkGeneration.incrementAndGet();
        if (checks.isShutdown()) return;
        checks.submit(() -> {
            try {
                CoverageRuns.Measured coverage = CoverageRuns.measure(shown.story(), analysis.journeys(), folder, random, cancelledUnless(generation));
                update(storyRevision, a -> new Analysis(a.storyRevision(), a.status(), a.explored(), a.report(), a.journeys(), a.failure(), coverage));
                notify(Event.CHECKED);
            } catch (CancellationException e) {
                // a newer save measures again
            } catch (RuntimeException e) {
                LOG.warn("Measuring the coverage of {} failed", folder, e);
            }
        });
    }

    private Runnable cancelledUnless(long generation) {
        return () -> {
            if (checkGeneration.get() != generation) throw new CancellationException();
        };
    }

    private void startCheck(Story story, long revision, long generation) {
        Runnable cancelled = cancelledUnless(generation);
        if (checks.isShutdown()) return; // closed while this save was being read
        checks.submit(() -> {
            try {
                cancelled.run();
                CheckReport report = Checker.of(story).limit(checkLimit).progress(explored -> {
                    cancelled.run();
                    update(revision, a -> new Analysis(revision, Status.RUNNING, explored, null, null, null, null));
                    notify(Event.PROGRESS);
                }).run();
                cancelled.run();
                Journeys journeys = Journeys.of(story, report);
                CoverageRuns.Measured coverage = CoverageRuns.measure(story, journeys, folder, random, cancelled);
                update(revision, a -> new Analysis(revision, Status.DONE, report.states(), report, journeys, null, coverage));
                notify(Event.CHECKED);
            } catch (CancellationException e) {
                update(revision, a -> new Analysis(revision, Status.CANCELLED, a.explored(), null, null, null, null));
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("Checking {} failed", folder, e);
                update(revision, a -> new Analysis(revision, Status.FAILED, a.explored(), null, null, e.toString(), null));
                notify(Event.CHECKED);
            }
        });
    }

    /** Replaces the analysis when the snapshot still shows the story of {@code storyRevision}. */
    private synchronized void update(long storyRevision, java.util.function.UnaryOperator<Analysis> change) {
        Snapshot s = snapshot;
        if (s == null || s.storyRevision() != storyRevision || s.analysis() == null) return;
        snapshot = new Snapshot(s.revision(), s.compiledAt(), s.compilation(), s.story(), s.storyRevision(), s.map(), change.apply(s.analysis()));
    }

    private void notify(Event event) {
        for (Consumer<Event> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        checkGeneration.incrementAndGet();
        checks.shutdownNow();
    }
}
