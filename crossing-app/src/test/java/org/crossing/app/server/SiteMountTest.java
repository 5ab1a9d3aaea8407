package org.crossing.app.server;

import org.crossing.app.http.SecurityHeaders;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import org.crossing.app.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The companion site on the real node, beside the player: what {@code crossing serve --site} runs. */
class SiteMountTest {

    /** The site with the stories it belongs with, as 'crossing serve' runs them in this repository. */
    @RegisterExtension
    static final RunningNode running = RunningNode.serving(Paths.get("..", "stories")).withSite(Paths.get("..", "site"));

    @Test
    void theSiteTakesTheFrontPageWithThePlayersStylesheetAndSecurityHeaders() throws Exception {
        HttpResponse<String> home = running.player().get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<h1 id=\"title\">The Crossing</h1>")
                .contains("<a class=\"primary\" href=\"/s/the-crossing\">Begin The Crossing</a>")
                .containsPattern("<link rel=\"stylesheet\" href=\"/assets/app\\.[0-9a-f]{10}\\.css\">");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theStoriesAreListedAtSlashSAndPlayAsBefore() throws Exception {
        HttpResponse<String> stories = running.player().get("/s");
        String slug = running.node().catalog().all().get(0).slug();

        assertThat(stories.statusCode()).isEqualTo(200);
        // a story read in several languages is linked in the list's
        assertThat(stories.body()).containsPattern("href=\"/s/" + slug + "([?]lang=en)?\"");
        assertThat(running.player().get("/s/" + slug).statusCode()).isEqualTo(200);
    }

    @Test
    void theSitesPagesFeedsAndCalendarAreServed() throws Exception {
        assertThat(running.player().get("/news").body()).contains("The Crossing is in the making");
        assertThat(running.player().get("/about/sources-and-methods").body()).contains("Sources and methods");
        assertThat(running.player().get("/feed.atom").headers().firstValue("Content-Type")).contains("application/atom+xml; charset=utf-8");
        assertThat(running.player().get("/screenings.ics").body()).startsWith("BEGIN:VCALENDAR");
        assertThat(running.player().get("/healthz").body()).isEqualTo("ok");
    }

    @Test
    void anUnknownAddressGetsTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> missing = running.player().get("/news/nothing-here");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such post.");
    }

    @Test
    void aSiteThatLinksToAStoryNotServedIsRefusedBeforeTheDatabaseStarts(@TempDir Path otherData) {
        NodeConfig config = new NodeConfig(TestStories.folder(), new ServerConfig("127.0.0.1", 0, otherData, null),
                DatabaseConfig.embedded(), null, Duration.ofMillis(200), Paths.get("..", "site"));

        assertThatThrownBy(() -> CrossingNode.start(config, Clock.systemUTC()))
                .isInstanceOf(StartupException.class)
                .hasMessage("the site in " + Paths.get("..", "site") + " links to stories that are not served:\n  "
                        + Paths.get("..", "site", "site.yaml") + ": links to the story 'the-crossing' (/s/the-crossing), which is not in "
                        + TestStories.folder() + " (its stories: ferry, preview, river)");
        assertThat(otherData.resolve("postgres")).doesNotExist();
    }
}
