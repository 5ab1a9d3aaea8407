package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.app.studio.StudioUsers;
import org.crossing.app.testing.ChildNode;
import org.crossing.app.testing.Folders;
import org.crossing.app.testing.TestStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crossing serve --studio --watch} in a process of its own, as an author runs it: a save
 * reloads the studio beside the node as well as the player, without {@code kill -HUP}.
 */
class ServeStudioWatchTest {

    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    static final String PASSWORD = "a long enough secret";

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSceneSavedUnderTheWatchedFolderShowsInTheStudioWithoutAReloadSignal() throws Exception {
        Path stories = dir.resolve("stories");
        Folders.copy(TestStories.folder().resolve("ferry"), stories.resolve("ferry"));
        Path data = Files.createDirectories(dir.resolve("data"));
        StudioUsers.put(data, "editor", PASSWORD);
        int studioPort = ChildNode.freePort();
        try (ChildNode node = ChildNode.serve(stories, data, dir.resolve("node.log"),
                List.of("--studio", "--studio-port", Integer.toString(studioPort), "--watch"))) {
            String base = "http://127.0.0.1:" + studioPort + "/studio";
            awaitStudio(base);
            String session = signIn(base);
            assertThat(get(base + "/ferry/scene/pier", session).statusCode()).isEqualTo(404);

            Path file = stories.resolve("ferry/story.story");
            Files.writeString(file, Files.readString(file).replace("+ Wait for the ferry -> quay", "+ Wait for the ferry -> quay\n+ Walk along the pier -> pier")
                    + "\n== pier ==\nThe pier is empty.\nending in-hiding: Walked away along the pier\n");

            // the watcher settles for half a second, then the node and the studio compile again
            HttpResponse<String> scene = get(base + "/ferry/scene/pier", session);
            for (int i = 0; i < 300 && scene.statusCode() != 200; i++) {
                Thread.sleep(100);
                scene = get(base + "/ferry/scene/pier", session);
            }
            assertThat(scene.statusCode()).as(Files.readString(dir.resolve("node.log"))).isEqualTo(200);
            assertThat(scene.body()).contains("<h1>Scene <code>pier</code></h1>");
            assertThat(get(base + "/ferry/", session).body()).contains("data-scene=\"pier\"");
        }
    }

    /** The node answers before the studio beside it has started: its sign-in page, once it answers. */
    private void awaitStudio(String base) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (get(base + "/login", null).statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
    }

    private String signIn(String base) throws Exception {
        HttpResponse<String> form = get(base + "/login", null);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String body = "csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&name=editor&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signed = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).isEqualTo(303);
        return signed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("crossing_studio="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
