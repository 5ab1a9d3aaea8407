package org.crossing.app.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.crossing.app.testing.Folders;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A site folder written once for a test class and served on a free port at a fixed time, for
 * the tests that read it and change nothing: written and started before the class's tests,
 * stopped and removed after them. A test that needs a site of its own serves it in place of the
 * class's with {@link #serveInstead}, for that test only. Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class ServedSite implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** Writes the site's files; the folder's parent is free for what the site must not hold. */
    @FunctionalInterface
    interface Content {
        void write(SiteFolder site) throws IOException;
    }

    private final Clock clock;
    private final Content content;
    private Path root;
    private TestSiteServer server;
    private TestSiteServer instead;

    private ServedSite(Clock clock, Content content) {
        this.clock = clock;
        this.content = content;
    }

    /** A site of {@code site.yaml} ({@link SiteFolder#SITE_YAML}) and what {@code content} adds, served as if it were {@code clock}'s time. */
    static ServedSite of(Clock clock, Content content) {
        return new ServedSite(clock, content);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("crossing-site-");
        SiteFolder site = SiteFolder.givenSite(Files.createDirectories(root.resolve("site")));
        content.write(site);
        server = TestSiteServer.start(site.path(), clock);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (instead != null) instead.close();
        instead = null;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) server.close();
        } finally {
            server = null;
            Folders.delete(root);
        }
    }

    /** The server of the running test: the class's site, or the one the test serves instead. */
    TestSiteServer server() {
        return instead != null ? instead : server;
    }

    /** The class's site folder; tests only read it. */
    Path folder() {
        return root.resolve("site");
    }

    /** The site's clock. */
    Clock clock() {
        return clock;
    }

    /** Serves {@code other} in place of the class's site until the running test ends, and returns it. */
    TestSiteServer serveInstead(TestSiteServer other) {
        if (instead != null) instead.close();
        instead = other;
        return other;
    }
}
