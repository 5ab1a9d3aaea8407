package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossing.app.studio.StudioUsers;
import org.crossing.app.testing.ChildNode;
import org.crossing.app.testing.Folders;
import org.crossing.app.testing.StudioSession;
import org.crossing.app.testing.TestStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crossing serve --studio --watch} in a process of its own, as an author runs it: no studio
 * page answers without a session, and a save reloads the studio beside the node as well as the
 * player, without {@code kill -HUP}.
 */
class ServeStudioWatchTest {

    static final String PASSWORD = "a long enough secret";

    @TempDir
    Path dir;

    @Test
    void aSceneSavedUnderTheWatchedFolderShowsInTheStudioWithoutAReloadSignal() throws Exception {
        Path stories = dir.resolve("stories");
        Folders.copy(TestStories.folder().resolve("ferry"), stories.resolve("ferry"));
        Path data = Files.createDirectories(dir.resolve("data"));
        StudioUsers.put(data, "editor", PASSWORD);
        int studioPort = ChildNode.freePort();
        try (ChildNode node = ChildNode.serve(stories, data, dir.resolve("node.log"),
                List.of("--studio", "--studio-port", Integer.toString(studioPort), "--watch"))) {
            StudioSession studio = new StudioSession("http://127.0.0.1:" + studioPort + "/studio").signIn("editor", PASSWORD);
            assertThat(studio.get("/ferry/scene/pier").statusCode()).isEqualTo(404);
            StudioSession stranger = new StudioSession("http://127.0.0.1:" + studioPort + "/studio"); // never signed in
            for (String path : new String[] {"/", "/ferry/", "/ferry/analytics", "/ferry/coverage", "/ferry/scene/harbour", "/ferry/events"}) {
                HttpResponse<String> refused = stranger.get(path);
                assertThat(refused.statusCode()).as(path).isEqualTo(303);
                assertThat(refused.headers().firstValue("Location")).as(path).hasValue("/studio/login");
            }

            Path file = stories.resolve("ferry/story.story");
            Files.writeString(file, Files.readString(file).replace("+ Wait for the ferry -> quay", "+ Wait for the ferry -> quay\n+ Walk along the pier -> pier")
                    + "\n== pier ==\nThe pier is empty.\nending in-hiding: Walked away along the pier\n");

            // the watcher settles for half a second, then the node and the studio compile again
            HttpResponse<String> scene = studio.once("/ferry/scene/pier", "<h1>Scene <code>pier</code></h1>", 30);
            assertThat(scene.statusCode()).as(Files.readString(dir.resolve("node.log"))).isEqualTo(200);
            assertThat(scene.body()).contains("<h1>Scene <code>pier</code></h1>");
            assertThat(studio.get("/ferry/").body()).contains("data-scene=\"pier\"");
        }
    }
}
