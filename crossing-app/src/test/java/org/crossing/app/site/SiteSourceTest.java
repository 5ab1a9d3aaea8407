package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.site.SiteFolder.givenSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSourceTest {

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anEditedFolderIsReadAgainOnTheNextRequestAfterTwoSeconds() throws Exception {
        SiteFolder folder = givenSite(dir).withPost("first", "2026-01-01", "news", "One.");
        ManualClock clock = new ManualClock();
        SiteSource source = SiteSource.load(dir, clock);

        folder.withPost("second", "2026-01-02", "news", "Two.");
        assertThat(source.current().posts()).hasSize(1);
        clock.now = clock.now.plus(Duration.ofSeconds(3));

        assertThat(source.current().posts()).extracting(Post::slug).containsExactly("second", "first");
    }

    @Test
    void aFileBrokenWhileServingIsSkippedAndTheRestStays() throws Exception {
        SiteFolder folder = givenSite(dir).withPost("first", "2026-01-01", "news", "One.").withPost("second", "2026-01-02", "news", "Two.");
        ManualClock clock = new ManualClock();
        SiteSource source = SiteSource.load(dir, clock);

        folder.with("news/second.md", "---\ntitle: Two\ndate: tomorrow\n---\n");
        clock.now = clock.now.plus(Duration.ofSeconds(3));

        assertThat(source.current().posts()).extracting(Post::slug).containsExactly("first");
        assertThat(source.current().errorCount()).isEqualTo(1);
    }

    @Test
    void aFolderThatDisappearsLeavesTheLastGoodSiteUp() throws Exception {
        givenSite(dir).withPost("first", "2026-01-01", "news", "One.");
        ManualClock clock = new ManualClock();
        SiteSource source = SiteSource.load(dir, clock);

        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        clock.now = clock.now.plus(Duration.ofSeconds(3));

        assertThat(source.current().posts()).hasSize(1);
    }
}
