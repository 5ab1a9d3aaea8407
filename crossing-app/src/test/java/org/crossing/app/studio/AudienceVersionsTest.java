package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.app.server.StudioServer;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.Folders;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.StudioSession;
import org.crossing.app.testing.TestStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audience of a story that changed its shape: a real node counts journeys in its first
 * version, the story gains a scene and is reloaded (a new version), and journeys are counted in
 * that. The audience page shows the version served; the earlier one has a page of its own.
 */
class AudienceVersionsTest {

    static final String PASSWORD = "a long enough secret";
    static final Pattern VERSION = Pattern.compile("Story version <code>([0-9a-f]+)</code>");

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(data -> {
        Folders.copy(TestStories.folder().resolve("ferry"), data.resolve("stories/ferry"));
        return data.resolve("stories");
    }).flushingEvery(Duration.ofMillis(100));

    @Test
    void anEarlierVersionsCountsShowOnItsOwnPageAndNotOnTheOneServed() throws Exception {
        Path folder = running.dataDir().resolve("stories/ferry");
        StudioUsers.put(running.dataDir(), "editor", PASSWORD);
        Player player = running.player();
        Random random = new Random(5);
        try (StudioServer server = StudioServer.startBeside(Map.of("ferry", folder), running.node().jdbi(), running.dataDir(), "127.0.0.1", 0,
                StudioGate.Behind.NOTHING, Clock.systemUTC())) {
            StudioSession studio = new StudioSession("http://127.0.0.1:" + server.port() + "/studio").signIn("editor", PASSWORD);
            for (int i = 0; i < 3; i++) player.playRandomJourney("ferry", random);
            String first = version(studio.once("/ferry/analytics", ": 3 journeys begun, 3 finished", 20).body());

            Path file = folder.resolve("story.story");
            Files.writeString(file, Files.readString(file).replace("+ Wait for the ferry -> quay", "+ Wait for the ferry -> quay\n+ Walk along the pier -> pier")
                    + "\n== pier ==\nThe pier is empty.\nending in-hiding: Walked away along the pier\n");
            running.node().reloadStories();
            server.reloadStories();
            assertThat(studio.once("/ferry/scene/pier", "<h1>Scene <code>pier</code></h1>", 30).statusCode()).isEqualTo(200);
            String served = version(studio.get("/ferry/analytics").body());
            assertThat(served).isNotEqualTo(first);
            for (int i = 0; i < 2; i++) player.playRandomJourney("ferry", random);

            String now = studio.once("/ferry/analytics", ": 2 journeys begun, 2 finished", 20).body();
            assertThat(now).contains("Story version <code>" + served + "</code>: 2 journeys begun, 2 finished (100%)")
                    .doesNotContain("3 journeys begun")
                    .contains("<a href=\"/studio/ferry/analytics?version=" + first + "\"><code>" + first + "</code></a></th><td>")
                    .contains("<code aria-current=\"page\">" + served + "</code> (served now)</th>");

            HttpResponse<String> earlier = studio.get("/ferry/analytics?version=" + first);
            assertThat(earlier.statusCode()).isEqualTo(200);
            assertThat(earlier.body()).contains("Story version <code>" + first + "</code> (an earlier version): 3 journeys begun, 3 finished (100%)")
                    .doesNotContain("2 journeys begun")
                    .contains("<code aria-current=\"page\">" + first + "</code></th><td>")
                    .contains("<a href=\"/studio/ferry/analytics\"><code>" + served + "</code></a> (served now)")
                    .doesNotContain("class=\"story-map\"")
                    .contains("<h2>Every decision where journeys parted</h2>");
            assertThat(endings(earlier.body())).isEqualTo(3);
            assertThat(endings(now)).isEqualTo(2);

            // as an editor sees it, on a desktop and a phone
            Page page = chromium.open(1280, 900, true);
            page.context().addCookies(java.util.List.of(new Cookie("crossing_studio", studio.session())
                    .setUrl("http://127.0.0.1:" + server.port() + "/studio/")));
            page.navigate("http://127.0.0.1:" + server.port() + "/studio/ferry/analytics?version=" + first);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#main > p").first())
                    .containsText("3 journeys begun, 3 finished (100%)");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-audience-earlier-version")).setFullPage(true));
            page.setViewportSize(375, 800);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-audience-earlier-version-375")).setFullPage(true));
            BrowserPages.assertNoAxeViolations(page, "an earlier version's audience at 375 px");

            HttpResponse<String> unknown = studio.get("/ferry/analytics?version=0123abcd");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("The statistics have no counts for a version").contains("0123abcd");
        }
    }

    private static String version(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    /** The journeys in the table of endings. */
    private static int endings(String page) {
        String table = page.substring(page.indexOf("aria-labelledby=\"endings-h\""));
        table = table.substring(0, table.indexOf("</table>"));
        Matcher m = Pattern.compile("</th><td>(\\d+)</td>").matcher(table);
        int sum = 0;
        while (m.find()) sum += Integer.parseInt(m.group(1));
        return sum;
    }
}
