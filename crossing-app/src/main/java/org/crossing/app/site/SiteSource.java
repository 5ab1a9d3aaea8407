package org.crossing.app.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.crossing.story.syntax.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site the server shows: loaded at start, and loaded again when a file in the folder
 * changes (checked at most every two seconds, by one request while the others go on with the
 * current site), so authors see their edits without a restart. Each load logs what was wrong; a broken file is skipped, and if the
 * folder cannot be read any more the last good site stays up.
 */
public final class SiteSource {

    private static final Logger LOG = LoggerFactory.getLogger(SiteSource.class);
    private static final long CHECK_EVERY_MILLIS = 2_000;

    private final Path folder;
    private final Clock clock;
    private volatile Site site;
    private volatile long stamp;
    private volatile long checkedAt;
    private final AtomicBoolean checking = new AtomicBoolean();

    private SiteSource(Path folder, Clock clock, Site site, long stamp) {
        this.folder = folder;
        this.clock = clock;
        this.site = site;
        this.stamp = stamp;
        this.checkedAt = clock.millis();
    }

    /** Loads {@code folder}; throws only when the folder itself cannot be read. */
    public static SiteSource load(Path folder, Clock clock) throws IOException {
        long stamp = stamp(folder);
        Site site = SiteLoader.load(folder);
        report(site);
        return new SiteSource(folder, clock, site, stamp);
    }

    /** A fixed site, never reloaded: for tests. */
    public static SiteSource of(Site site) {
        return new SiteSource(site.folder(), Clock.systemUTC(), site, Long.MAX_VALUE);
    }

    public Site current() {
        long now = clock.millis();
        if (stamp != Long.MAX_VALUE && now - checkedAt >= CHECK_EVERY_MILLIS && checking.compareAndSet(false, true)) {
            try {
                if (now - checkedAt >= CHECK_EVERY_MILLIS) {
                    checkedAt = now;
                    reloadIfChanged();
                }
            } finally {
                checking.set(false);
            }
        }
        return site;
    }

    private void reloadIfChanged() {
        try {
            long current = stamp(folder);
            if (current == stamp) return;
            Site reloaded = SiteLoader.load(folder);
            LOG.info("Site folder {} changed: reloaded", folder);
            report(reloaded);
            site = reloaded;
            stamp = current;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot reload the site folder {} ({}); still serving the last version that loaded", folder, e.getMessage());
        }
    }

    private static void report(Site site) {
        for (Diagnostic diagnostic : site.diagnostics()) {
            if (diagnostic.isError()) {
                LOG.warn("Site content: {} (skipped; run 'crossing check-site {}' for all problems)", diagnostic, site.folder());
            } else {
                LOG.info("Site content: {}", diagnostic);
            }
        }
        LOG.info("Site {}: {} posts, {} festivals, {} press, {} awards, {} content errors", site.folder(), site.posts().size(),
                site.festivals().size(), site.press().size(), site.awards().size(), site.errorCount());
    }

    /** A fingerprint of the folder's files: their paths, sizes and modification times. */
    private static long stamp(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException("no such site folder: " + folder);
        long hash = 17;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted().toList()) {
                hash = hash * 31 + file.toString().hashCode();
                if (Files.isRegularFile(file)) {
                    hash = hash * 31 + Files.size(file);
                    hash = hash * 31 + Files.getLastModifiedTime(file).toMillis();
                }
            }
        }
        return hash == Long.MAX_VALUE ? hash - 1 : hash;
    }
}
