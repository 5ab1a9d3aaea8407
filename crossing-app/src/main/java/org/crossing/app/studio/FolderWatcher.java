package org.crossing.app.studio;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a story folder and its subfolders with the JDK's {@link WatchService} and calls back
 * once a burst of changes has settled: an editor's save is often a write, a rename and a
 * delete, and one recompile should answer all of them.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path folder;
    private final Duration settle;
    private final Runnable changed;
    private final WatchService watcher;
    private final ScheduledExecutorService debounce;
    private final Thread loop;
    private ScheduledFuture<?> pending;

    public FolderWatcher(Path folder, Duration settle, Runnable changed) throws IOException {
        this.folder = folder;
        this.settle = settle;
        this.changed = changed;
        this.watcher = folder.getFileSystem().newWatchService();
        this.debounce = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("studio-settle").factory());
        registerTree(folder);
        this.loop = Thread.ofPlatform().daemon().name("studio-watch").start(this::watch);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root, 4)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) continue;
                    Path child = dir.resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                        try {
                            registerTree(child);
                        } catch (IOException e) {
                            LOG.warn("Cannot watch the new folder {}: {}", child, e.getMessage());
                        }
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private synchronized void schedule() {
        if (pending != null) pending.cancel(false);
        pending = debounce.schedule(this::fire, settle.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        try {
            changed.run();
        } catch (RuntimeException e) {
            LOG.warn("Reloading {} failed: {}", folder, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
        loop.interrupt();
        debounce.shutdownNow();
    }
}
