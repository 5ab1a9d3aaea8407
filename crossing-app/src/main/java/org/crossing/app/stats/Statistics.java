package org.crossing.app.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymous play statistics for one node. {@link #count} only touches memory; a single
 * background thread writes the counts to the store in one batch about once a second (and once
 * more at {@link #close}), then reloads the totals that all nodes wrote, which {@link #total}
 * reads. When the store is away, counts wait in memory and go out with the first write that
 * succeeds; players never wait for the store and never see its errors. Counts still waiting at
 * shutdown are saved to a file, when one is given, and taken back at the next start.
 */
public final class Statistics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);
    static final int MAX_PENDING_KEYS = 200_000;

    private final CounterStore store;
    private final Set<String> versions;
    private final Counters counters = new Counters(MAX_PENDING_KEYS);
    private final ScheduledExecutorService flusher;
    /** Totals as last read from the store. */
    private volatile Map<CounterKey, Long> stored = Map.of();
    /** Counts taken from memory and being written: still shown while the write runs. */
    private volatile Map<CounterKey, Long> inFlight = Map.of();
    private volatile boolean storeDown;
    private long droppedReported;
    /** Where counts the store cannot take at shutdown wait for the next start; null for none. */
    private final Path pendingFile;

    /**
     * @param versions the story versions whose totals are read back for display
     * @param interval how often counts are written; zero for no background thread (tests call {@link #flush})
     */
    public Statistics(CounterStore store, Collection<String> versions, Duration interval) {
        this(store, versions, interval, null);
    }

    /**
     * @param pendingFile where counts that cannot be written at {@link #close} are kept; counts
     *     found there are taken back at once, to go out with the first write, and the file removed.
     *     Null for none.
     */
    public Statistics(CounterStore store, Collection<String> versions, Duration interval, Path pendingFile) {
        this.store = store;
        this.versions = Set.copyOf(versions);
        this.pendingFile = pendingFile;
        if (pendingFile != null) takeBackSavedCounts();
        if (interval.isZero()) {
            flusher = null;
        } else {
            flusher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "crossing-statistics");
                thread.setDaemon(true);
                return thread;
            });
            flusher.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Takes back the counts saved at the last shutdown. The file is removed before its counts
     * are taken, so that a file that cannot be removed is never counted twice; a file that is not
     * one of pending counts is moved aside for an operator, not read and not overwritten.
     */
    private void takeBackSavedCounts() {
        if (!Files.exists(pendingFile)) return;
        PendingCountsFile.Contents saved;
        try {
            saved = PendingCountsFile.load(pendingFile);
        } catch (IOException e) {
            LOG.warn("statistics: cannot read the counts saved at the last shutdown from {} ({}); the file is left as it is", pendingFile, e.toString());
            return;
        }
        saved.problems().forEach(problem -> LOG.warn("statistics: skipped saved counts: {}", problem));
        if (!saved.recognised()) {
            Path aside = pendingFile.resolveSibling(pendingFile.getFileName() + ".unread");
            try {
                Files.move(pendingFile, aside, StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("statistics: {} was moved to {}", pendingFile, aside);
            } catch (IOException e) {
                LOG.warn("statistics: cannot move {} aside ({})", pendingFile, e.toString());
            }
            return;
        }
        try {
            Files.delete(pendingFile);
        } catch (IOException e) {
            LOG.warn("statistics: cannot remove {} ({}); its counts are not taken back, so that they are never counted twice",
                    pendingFile, e.toString());
            return;
        }
        counters.restore(saved.counts());
        long total = saved.counts().values().stream().mapToLong(Long::longValue).sum();
        LOG.info("statistics: {} counts saved at the last shutdown are pending again", total);
    }

    /** Counts one event. Never blocks on, or fails because of, the store. */
    public void count(CounterKey key) {
        counters.add(key, 1);
    }

    /** The number of events counted under the key by all nodes, as far as this node knows. */
    public long total(CounterKey key) {
        return stored.getOrDefault(key, 0L) + inFlight.getOrDefault(key, 0L) + counters.pendingCount(key);
    }

    /** The totals of several keys, in order. */
    public long[] totals(List<CounterKey> keys) {
        long[] totals = new long[keys.size()];
        for (int i = 0; i < totals.length; i++) totals[i] = total(keys.get(i));
        return totals;
    }

    /** Counts waiting in memory for the store. */
    public long pending() {
        return counters.pendingTotal();
    }

    /** Writes pending counts and reloads the totals. Returns false when the store could not be reached; the counts then wait. */
    public synchronized boolean flush() {
        Map<CounterKey, Long> taken = counters.drain();
        if (!taken.isEmpty()) {
            inFlight = taken;
            try {
                store.add(taken);
            } catch (Exception e) {
                counters.restore(taken);
                inFlight = Map.of();
                reportDown(e);
                return false;
            }
        }
        try {
            Map<CounterKey, Long> loaded = store.load(versions);
            stored = loaded;
            inFlight = Map.of();
        } catch (Exception e) {
            // Written but not read back: add what was written to the stale totals so nothing disappears from view.
            if (!taken.isEmpty()) {
                Map<CounterKey, Long> merged = new ConcurrentHashMap<>(stored);
                taken.forEach((k, v) -> merged.merge(k, v, Long::sum));
                stored = merged;
            }
            inFlight = Map.of();
            reportDown(e);
            return taken.isEmpty() ? false : true;
        }
        if (storeDown) {
            storeDown = false;
            LOG.info("statistics: the database is back; pending counts were written");
        }
        long dropped = counters.droppedTotal();
        if (dropped > droppedReported) {
            LOG.warn("statistics: {} counts were dropped because more than {} distinct counters waited in memory", dropped - droppedReported, MAX_PENDING_KEYS);
            droppedReported = dropped;
        }
        return true;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("statistics: flush failed: {}", e.toString());
        }
    }

    private void reportDown(Exception e) {
        if (!storeDown) {
            storeDown = true;
            LOG.warn("statistics: cannot write to the database ({}); counting goes on in memory ({} pending) and is written when it is back",
                    rootMessage(e), counters.pendingTotal());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Stops the background thread and writes what is pending, once. */
    @Override
    public void close() {
        if (flusher != null) {
            flusher.shutdown();
            try {
                flusher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (flush() || counters.pendingTotal() == 0) return;
        if (pendingFile == null) {
            LOG.warn("statistics: {} counts could not be written at shutdown: the database is unreachable", counters.pendingTotal());
            return;
        }
        Map<CounterKey, Long> unwritten = counters.drain();
        long total = unwritten.values().stream().mapToLong(Long::longValue).sum();
        try {
            PendingCountsFile.save(pendingFile, unwritten);
            LOG.warn("statistics: the database is unreachable; {} counts were saved to {} and are written after the next start", total, pendingFile);
        } catch (IOException e) {
            counters.restore(unwritten);
            LOG.warn("statistics: {} counts could not be written at shutdown: the database is unreachable, and {} cannot be written ({})",
                    total, pendingFile, e.toString());
        }
    }
}
