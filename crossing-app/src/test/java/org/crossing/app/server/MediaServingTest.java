package org.crossing.app.server;

import org.crossing.app.testing.Folders;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which files of a story's media folder anyone can fetch: those the story uses, from inside the folder, after launch. */
class MediaServingTest {

    /** The test stories, copied to be changed: files the story does not use, a link out of the media folder, a picture before launch. */
    @RegisterExtension
    static final RunningNode running = RunningNode.serving(data -> {
        Path stories = Folders.copy(TestStories.folder(), data.resolve("stories"));
        Path secret = Files.writeString(data.resolve("secret.txt"), "outside the media folder");
        Files.writeString(stories.resolve("ferry/media/unreleased-draft.txt"), "not in the story");
        Files.createSymbolicLink(stories.resolve("ferry/media/link.txt"), secret);
        // The story that launches in 2099 gets a picture.
        Files.createDirectories(stories.resolve("preview/media"));
        Files.writeString(stories.resolve("preview/media/door.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path preview = stories.resolve("preview/story.story");
        Files.writeString(preview, Files.readString(preview).replace("A closed door.\n", "A closed door.\nimage door.svg: A closed door\n"));
        return stories;
    });

    @Test
    void filesTheStoryUsesAreServed() throws Exception {
        HttpResponse<String> captions = running.player().get("/s/ferry/media/rain.vtt");

        assertThat(captions.statusCode()).isEqualTo(200);
        assertThat(captions.body()).startsWith("WEBVTT");
    }

    @Test
    void aFileInTheFolderThatTheStoryDoesNotUseIsNotServed() throws Exception {
        HttpResponse<String> draft = running.player().get("/s/ferry/media/unreleased-draft.txt");

        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.body()).doesNotContain("not in the story").contains("This story has no such file.");
    }

    @Test
    void aLinkLeadingOutOfTheMediaFolderIsNotFollowed() throws Exception {
        HttpResponse<String> link = running.player().get("/s/ferry/media/link.txt");

        assertThat(link.statusCode()).isEqualTo(404);
        assertThat(link.body()).doesNotContain("outside the media folder");
    }

    @Test
    void beforeLaunchMediaGoOnlyToInvitedPlayersWhosePagesCarryTheKey() throws Exception {
        assertThat(running.player().get("/s/preview/media/door.svg").statusCode()).isEqualTo(404);
        assertThat(running.player().get("/s/preview/media/door.svg?k=forged").statusCode()).isEqualTo(404);

        String invite = running.invite("preview");
        HttpResponse<String> begun = running.player().post("/s/preview/begin", "invite", invite);
        String page = running.player().get(begun.headers().firstValue("Location").orElseThrow()).body();
        Matcher src = Pattern.compile("src=\"(/s/preview/media/door\\.svg\\?v=[0-9a-z]+&amp;k=[^\"]+)\"").matcher(page);
        assertThat(src.find()).as("the scene shows the picture with the key").isTrue();

        HttpResponse<String> picture = running.player().get(src.group(1).replace("&amp;", "&"));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).contains("<svg");
        // The address names the file's version: the browser may keep it a year. Without it, an hour.
        assertThat(picture.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        HttpResponse<String> unversioned = running.player().get(src.group(1).replace("&amp;", "&").replaceFirst("v=[0-9a-z]+&", ""));
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
    }
}
