package org.crossing.app.stats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymous play statistics for one node. {@link #count} only touches memory: each journey's
 * step is kept once, however often its token is sent. A background thread writes the steps to
 * the store about once a second, where each is counted at most once whichever node sends it and
 * however often, then reloads the totals all nodes wrote, which {@link #total} reads.
 *
 * <p>When the store is away, players notice nothing: steps go to files in the data folder about
 * once a second ({@link PendingCountsFolder}), so that a node killed meanwhile loses at most the
 * last second; the store is tried again with a growing pause (and an embedded database
 * restarted, through {@code recover}); the files are written when it is back, oldest first.
 */
public final class Statistics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);
    /** Steps waiting in memory: a second or two of the busiest traffic. Past it, steps are dropped and counted as dropped. */
    static final int MAX_PENDING_STEPS = 200_000;
    static final int MAX_DISPLAY_KEYS = 200_000;
    /** A step taken this long after its journey began is not counted (a bookmark kept for a week is not a journey any more). */
    public static final Duration COUNT_WINDOW = Duration.ofHours(24);
    /** A journey is forgotten this long after it began; its steps are then no longer recognised. */
    public static final Duration RETENTION = Duration.ofHours(48);
    /** Steps of journeys begun before this margin inside the retention are no longer written: their journey may be gone. */
    static final Duration WRITE_WINDOW = RETENTION.minusHours(1);
    static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(10);
    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private final CounterStore store;
    /** Replaced whole when a story is reloaded with a new version; read by the flusher. */
    private volatile Set<String> versions;
    private final PendingSteps pending = new PendingSteps(MAX_PENDING_STEPS);
    /** Steps taken from memory and being written now: still waiting, as /metrics and /healthz say. */
    private volatile int writing;
    /** Counted here, not yet in {@link #stored}: shown on top of it. */
    private final Counters provisional = new Counters(MAX_DISPLAY_KEYS);
    /** Where steps wait while the store is away; null for nowhere (they wait in memory). */
    private final PendingCountsFolder saved;
    private final Runnable recover;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService threads;

    /** Totals as last read from the store. */
    private volatile Map<CounterKey, Long> stored = Map.of();
    /** Written, but the totals could not be read back since: still shown provisionally. */
    private List<JourneyStep> writtenNotLoaded = new ArrayList<>();
    private volatile boolean storeDown;
    private volatile Instant downSince;
    private volatile Instant lastWritten;
    private final AtomicLong savedSteps = new AtomicLong();
    private long retryPauseMillis;
    private long nextAttemptNanos;
    private Instant lastExpiry = Instant.EPOCH;

    private final LongAdder begins = new LongAdder();
    private final LongAdder decisions = new LongAdder();
    private final LongAdder endings = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder late = new LongAdder();
    private final LongAdder stale = new LongAdder();
    private final LongAdder written = new LongAdder();
    private long droppedReported;

    /** Without a folder for waiting steps, without recovery: for tests. {@code interval} zero: no background threads. */
    public Statistics(CounterStore store, Collection<String> versions, Duration interval) {
        this(store, versions, interval, null, () -> {}, Clock.systemUTC());
    }

    /**
     * @param versions the story versions whose totals are read back for display
     * @param interval how often steps are written; zero for no background threads (tests call {@link #flush})
     * @param saved where steps wait while the store is away, and are found again after a restart; null for none
     * @param recover called before the store is tried again after a failure: restarts an embedded database that stopped
     */
    public Statistics(CounterStore store, Collection<String> versions, Duration interval, PendingCountsFolder saved, Runnable recover,
                      Clock clock) {
        this.store = store;
        this.versions = Set.copyOf(versions);
        this.saved = saved;
        this.recover = recover;
        this.clock = clock;
        this.interval = interval;
        this.retryPauseMillis = Math.max(1, interval.toMillis());
        if (saved != null) findSavedSteps();
        if (interval.isZero()) {
            threads = null;
        } else {
            threads = Executors.newScheduledThreadPool(2, r -> {
                Thread thread = new Thread(r, "crossing-statistics");
                thread.setDaemon(true);
                return thread;
            });
            threads.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
            // On its own thread: a write that hangs on a dying database must not keep steps in memory.
            threads.scheduleWithFixedDelay(this::saveWhileDown, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Steps saved by an earlier run, or by this one before a restart: shown at once, written with the first write. */
    private void findSavedSteps() {
        try {
            long total = 0;
            for (Path file : saved.files()) {
                PendingCountsFolder.Contents contents = PendingCountsFolder.load(file);
                contents.problems().forEach(problem -> LOG.warn("statistics: skipped saved steps: {}", problem));
                if (!contents.recognised()) {
                    LOG.warn("statistics: {} was moved to {}", file, saved.moveAside(file));
                    continue;
                }
                contents.steps().forEach(step -> provisional.add(step, 1));
                total += contents.steps().size();
            }
            savedSteps.set(total);
            if (total > 0) LOG.info("statistics: {} saved in {} while the database was away {} pending", steps(total), saved.folder(), total == 1 ? "is" : "are");
        } catch (IOException e) {
            LOG.warn("statistics: cannot read the steps saved in {} ({}); they are left there", saved.folder(), e.toString());
        }
    }

    /** Counts one step of a journey, at most once. Never blocks on, or fails because of, the store. */
    /** Reads back the totals of {@code version} too, from the next flush on: a story reloaded with a new structure. */
    public synchronized void showVersion(String version) {
        if (versions.contains(version)) return;
        java.util.Set<String> more = new java.util.HashSet<>(versions);
        more.add(version);
        versions = Set.copyOf(more);
    }

    public void count(JourneyStep step) {
        if (step.at() - step.begunMinute() * 60L > COUNT_WINDOW.toSeconds()) {
            late.increment();
            return;
        }
        PendingSteps.Offer offer = pending.offer(step);
        if (step.again()) {
            if (offer == PendingSteps.Offer.FULL) dropped.increment();
            return;
        }
        switch (offer) {
            case NEW -> {
                provisional.add(step, 1);
                if (step.kind() == JourneyStep.Kind.BEGIN) begins.increment();
                else if (step.kind() != JourneyStep.Kind.CHANCE) decisions.increment();
                if (step.ending()) endings.increment();
            }
            case DUPLICATE -> duplicates.increment();
            case FULL -> dropped.increment();
        }
    }

    /** The number counted under the key by all nodes, as far as this node knows. */
    public long total(CounterKey key) {
        return stored.getOrDefault(key, 0L) + provisional.count(key);
    }

    /** The totals of several keys, in order. */
    public long[] totals(List<CounterKey> keys) {
        long[] totals = new long[keys.size()];
        for (int i = 0; i < totals.length; i++) totals[i] = total(keys.get(i));
        return totals;
    }

    /** Steps not written yet: in memory, and saved in the data folder. */
    public long pending() {
        return pending.size() + writing + savedSteps.get();
    }

    /** What the node's counting is doing, for /metrics and /healthz. */
    public record Snapshot(boolean databaseUp, Instant downSince, Instant lastWritten, long pendingInMemory, long pendingSaved,
                           long begins, long decisions, long endings, long duplicates, long dropped, long late, long stale,
                           long written) {}

    public Snapshot snapshot() {
        return new Snapshot(!storeDown, downSince, lastWritten, pending.size() + writing, savedSteps.get(), begins.sum(), decisions.sum(), endings.sum(),
                duplicates.sum(), dropped.sum(), late.sum(), stale.sum(), written.sum());
    }

    /**
     * Writes what waits (steps saved to files first, oldest first, then memory) and reloads the
     * totals. Returns false when the store could not be reached: the steps then wait, in files
     * when there is a folder for them.
     */
    public synchronized boolean flush() {
        try {
            if (!writeSaved()) {
                saveWhileDown();
                return false;
            }
            List<JourneyStep> taken = writable(pending.drain());
            if (!taken.isEmpty()) {
                writing = taken.size();
                try {
                    store.write(taken);
                } catch (Exception e) {
                    keep(taken);
                    reportDown(e);
                    return false;
                } finally {
                    writing = 0;
                }
                wrote(taken);
            }
            reload();
        } catch (Exception e) {
            reportDown(e);
            return false;
        }
        lastWritten = clock.instant();
        if (storeDown) {
            storeDown = false;
            downSince = null;
            LOG.info("statistics: the database is back; every pending step was written");
        }
        reportDropped();
        return true;
    }

    /** Writes the files saved while the store was away, oldest first, each removed once written. */
    private boolean writeSaved() throws Exception {
        if (saved == null || savedSteps.get() == 0 && !storeDown) return true;
        for (Path file : saved.files()) {
            PendingCountsFolder.Contents contents = PendingCountsFolder.load(file);
            if (!contents.recognised()) {
                saved.moveAside(file);
                continue;
            }
            List<JourneyStep> steps = writable(contents.steps());
            try {
                store.write(steps);
            } catch (Exception e) {
                reportDown(e);
                return false;
            }
            // Written: a crash before the file is gone writes it again, which adds nothing.
            saved.delete(file);
            savedSteps.addAndGet(-contents.steps().size());
            wrote(steps);
        }
        return true;
    }

    /** The steps whose journeys the store still knows; the others are dropped as stale (taken off the display too). */
    private List<JourneyStep> writable(List<JourneyStep> steps) {
        long oldest = clock.instant().minus(WRITE_WINDOW).getEpochSecond();
        List<JourneyStep> writable = new ArrayList<>(steps.size());
        for (JourneyStep step : steps) {
            if (step.begunMinute() * 60L >= oldest) {
                writable.add(step);
            } else {
                stale.increment();
                provisional.add(step, -1);
            }
        }
        return writable;
    }

    private void wrote(List<JourneyStep> steps) {
        writtenNotLoaded.addAll(steps);
        written.add(steps.size());
    }

    private void reload() throws Exception {
        stored = store.load(versions);
        for (JourneyStep step : writtenNotLoaded) provisional.add(step, -1);
        writtenNotLoaded = new ArrayList<>();
    }

    /** Steps that could not be written: to a file when there is a folder for them, else back to memory. */
    private void keep(List<JourneyStep> steps) {
        if (saved != null) {
            try {
                saved.save(steps);
                savedSteps.addAndGet(steps.size());
                return;
            } catch (IOException e) {
                LOG.warn("statistics: cannot save pending steps in {} ({}); they wait in memory", saved.folder(), e.toString());
            }
        }
        pending.restore(steps);
    }

    /** While the store is away: moves what waits in memory to a file, about once a second. */
    private void saveWhileDown() {
        if (!storeDown || saved == null || pending.size() == 0) return;
        List<JourneyStep> taken = pending.drain();
        if (!taken.isEmpty()) keep(taken);
    }

    /** One background round: write, or while the store is away, try again after a pause that doubles up to ten seconds. */
    private void tick() {
        try {
            if (storeDown && System.nanoTime() < nextAttemptNanos) return;
            if (storeDown) recover.run();
            if (flush()) {
                retryPauseMillis = Math.max(1, interval.toMillis());
                Instant now = clock.instant();
                if (Duration.between(lastExpiry, now).compareTo(EXPIRY_INTERVAL) >= 0) {
                    lastExpiry = now;
                    int forgotten = store.expire(now.minus(RETENTION));
                    if (forgotten > 0) LOG.info("statistics: {} begun more than {} hours ago {} forgotten", forgotten == 1 ? "1 journey" : forgotten + " journeys",
                            RETENTION.toHours(), forgotten == 1 ? "was" : "were");
                }
            } else {
                nextAttemptNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryPauseMillis);
                retryPauseMillis = Math.min(retryPauseMillis * 2, MAX_RETRY_PAUSE.toMillis());
            }
        } catch (Exception e) {
            LOG.warn("statistics: a background round failed: {}", e.toString());
        }
    }

    private void reportDown(Exception e) {
        if (!storeDown) {
            storeDown = true;
            downSince = clock.instant();
            LOG.warn("statistics: cannot write to the database ({}); counting goes on{} and is written when it is back",
                    rootMessage(e), saved == null ? " in memory" : ", saved in " + saved.folder() + " every second,");
        }
    }

    private void reportDropped() {
        long now = dropped.sum();
        if (now > droppedReported) {
            LOG.warn("statistics: {} dropped because more than {} waited in memory", steps(now - droppedReported) + (now - droppedReported == 1 ? " was" : " were"),
                    MAX_PENDING_STEPS);
            droppedReported = now;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Stops the background threads and writes what waits, once; what the store cannot take is
     * saved to the folder, to be written after the next start. With the store already known to
     * be away it is not tried again, so that shutdown is quick.
     */
    @Override
    public void close() {
        if (threads != null) {
            threads.shutdown();
            try {
                threads.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!storeDown && flush()) return;
        List<JourneyStep> left = pending.drain();
        if (left.isEmpty()) return;
        if (saved == null) {
            LOG.warn("statistics: {} could not be written at shutdown: the database is unreachable", steps(left.size()));
            return;
        }
        keep(left);
        long waiting = savedSteps.get();
        LOG.warn("statistics: the database is unreachable; {} in {} and {} written after the next start",
                steps(waiting) + (waiting == 1 ? " waits" : " wait"), saved.folder(), waiting == 1 ? "is" : "are");
    }

    /** "1 step", "2 steps": the count of steps a log line tells. */
    private static String steps(long count) {
        return count == 1 ? "1 step" : count + " steps";
    }
}
