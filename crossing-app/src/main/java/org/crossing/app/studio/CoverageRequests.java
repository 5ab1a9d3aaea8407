package org.crossing.app.studio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coverage with random journeys a page asked for rather than the workspace's own, played in the
 * background: at their bounds that is minutes for a story of thousands of scenes or one whose
 * journeys loop until cut short, far too long to hold a request. Runs are kept by their
 * settings, so two pages asking for different ones each keep theirs; at most {@value #MAX_RUNS}
 * are kept, and asking for another stops the one asked for least lately. A run stops between
 * journeys once the story it plays is no longer the one shown (a save compiled, playtests
 * changed). A finished run is kept, so a page that follows saves with the same settings finds it
 * finished.
 */
final class CoverageRequests implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoverageRequests.class);
    /** Open pages hear of a run's progress at most this often, and when it ends. */
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** The most runs kept (and played at once): a few tabs' worth, without one page's clicks filling the machine. */
    static final int MAX_RUNS = 3;

    enum State { RUNNING, DONE, STOPPED, FAILED }

    /** What open pages are told of a run: its settings as an address has them, how many journeys it played of how many, its state. */
    record Progress(String settings, int played, int of, State state) {
        /** As the event stream sends it: a line of JSON. */
        String json() {
            return String.format(Locale.ROOT, "{\"settings\":\"%s\",\"played\":%d,\"of\":%d,\"state\":\"%s\"}", settings, played, of,
                    state.name().toLowerCase(Locale.ROOT));
        }
    }

    /** One run: the settings, the story's check it measures against, and how far it has gone. */
    static final class Run {
        final RandomTest settings;
        final StudioWorkspace.Analysis analysis;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile boolean stop;
        private volatile int played;
        private volatile State state = State.RUNNING;
        private volatile CoverageRuns.Measured measured;
        private volatile String failure;

        private Run(RandomTest settings, StudioWorkspace.Analysis analysis) {
            this.settings = settings;
            this.analysis = analysis;
        }

        State state() {
            return state;
        }

        int played() {
            return played;
        }

        /** The coverage measured, once {@link State#DONE}. */
        CoverageRuns.Measured measured() {
            return measured;
        }

        /** Why it failed, once {@link State#FAILED}. */
        String failure() {
            return failure;
        }

        Progress progress() {
            return new Progress(query(settings), played, settings.journeys(), state);
        }

        /** Waits up to {@code wait} for the run to end, so a short one is answered at once. */
        void await(Duration wait) throws InterruptedException {
            ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The first end counts: a run stopped by closing may still reach its own end. */
        private synchronized void end(State how) {
            if (ended.getCount() == 0) return;
            state = how;
            ended.countDown();
        }
    }

    private final StudioWorkspace workspace;
    private final ExecutorService runs = Executors.newFixedThreadPool(MAX_RUNS, Thread.ofPlatform().daemon().name("studio-coverage-", 1).factory());
    private final List<Consumer<Progress>> listeners = new CopyOnWriteArrayList<>();
    /** The runs kept, by settings, the one asked for least lately first. */
    private final Map<RandomTest, Run> kept = new LinkedHashMap<>(MAX_RUNS + 1, 0.75f, true);

    CoverageRequests(StudioWorkspace workspace) {
        this.workspace = workspace;
    }

    /** The settings as the coverage page's address carries them. */
    static String query(RandomTest settings) {
        return String.format(Locale.ROOT, "journeys=%d&seed=%d&steps=%d&avoid=%s", settings.journeys(), settings.seed(), settings.maxSteps(),
                settings.avoidTaken() ? "on" : "off");
    }

    void listen(Consumer<Progress> listener) {
        listeners.add(listener);
    }

    void unlisten(Consumer<Progress> listener) {
        listeners.remove(listener);
    }

    /**
     * The run of {@code settings} against the story {@code shown} shows, {@code analysis} its
     * finished check: the one going or kept when it is of these, else a new one, which stops the
     * run kept longest unasked for when {@value #MAX_RUNS} are kept already.
     */
    synchronized Run request(StudioWorkspace.Snapshot shown, StudioWorkspace.Analysis analysis, RandomTest settings) {
        Run run = kept.get(settings);
        if (run != null && run.analysis == analysis && run.state != State.STOPPED) return run;
        if (run != null) run.stop = true;
        // runs of an older check stop by themselves at their next journey; they are dropped here
        kept.values().removeIf(old -> old.analysis != analysis);
        Run next = new Run(settings, analysis);
        kept.put(settings, next);
        if (kept.size() > MAX_RUNS) {
            Iterator<Run> oldest = kept.values().iterator();
            oldest.next().stop = true;
            oldest.remove();
        }
        if (runs.isShutdown()) {
            next.end(State.STOPPED);
            return next;
        }
        Path folder = workspace.folder();
        runs.submit(() -> play(next, shown, folder));
        return next;
    }

    private void play(Run run, StudioWorkspace.Snapshot shown, Path folder) {
        long[] told = {System.nanoTime()};
        Runnable checkpoint = () -> {
            StudioWorkspace.Snapshot now = workspace.snapshot();
            if (run.stop || now == null || now.analysis() != run.analysis) throw new CancellationException();
        };
        try {
            CoverageRuns.Measured measured = CoverageRuns.measure(shown.story(), run.analysis.journeys(), folder, run.settings, checkpoint,
                    played -> {
                        run.played = played;
                        long now = System.nanoTime();
                        if (now - told[0] >= PROGRESS_EVERY_NANOS) {
                            told[0] = now;
                            tell(run.progress());
                        }
                    });
            run.measured = measured;
            run.end(State.DONE);
        } catch (CancellationException e) {
            run.end(State.STOPPED);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Playing random journeys ({}) in {} failed", run.settings.describe(), folder, e);
            run.failure = e.toString();
            run.end(State.FAILED);
        }
        tell(run.progress());
    }

    private void tell(Progress progress) {
        for (Consumer<Progress> listener : listeners) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    @Override
    public synchronized void close() {
        listeners.clear();
        runs.shutdownNow();
        for (Run run : kept.values()) {
            run.stop = true;
            run.end(State.STOPPED);
        }
    }
}
