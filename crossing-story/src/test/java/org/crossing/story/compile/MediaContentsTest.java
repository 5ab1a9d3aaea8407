package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crossing.story.syntax.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaContentsTest {

    private static MediaContents of(String text) {
        return MediaContents.of(text.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void recognisesFilesByTheirSignature() {
        assertThat(MediaContents.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}, true).kind()).isEqualTo(MediaContents.Kind.IMAGE);
        assertThat(MediaContents.of(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, true).kind()).isEqualTo(MediaContents.Kind.MEDIA);
        assertThat(MediaContents.of(new byte[] {'O', 'g', 'g', 'S', 0}, true).kind()).isEqualTo(MediaContents.Kind.MEDIA);
        assertThat(MediaContents.of(new byte[] {'I', 'D', '3', 4}, true).kind()).isEqualTo(MediaContents.Kind.AUDIO);
        assertThat(MediaContents.of(new byte[0], true)).isEqualTo(new MediaContents(MediaContents.Kind.EMPTY, "is empty"));
        assertThat(of("Just a note.").kind()).isEqualTo(MediaContents.Kind.TEXT);
    }

    @Test
    void checksWebVttCueTimings() {
        assertThat(of("WEBVTT\n\n00:00.000 --> 00:04.000\nWind.\n\n1\n00:01:04.500 --> 00:01:09.000 align:start\nMore wind.\n"))
                .isEqualTo(new MediaContents(MediaContents.Kind.CAPTIONS, null));
        assertThat(of("WEBVTT\n\nNOTE made by hand\n\n0:00 --> 0:04\nWind.\n")).isEqualTo(new MediaContents(MediaContents.Kind.CAPTIONS,
                "line 5: '0:00 --> 0:04' is not a WebVTT cue timing; write it as 00:01.000 --> 00:04.000"));
        assertThat(of("WEBVTT\n\nWind without a time.\n").problem()).isEqualTo("line 3: a cue needs a timing line such as 00:01.000 --> 00:04.000");
        assertThat(of("WEBVTTX\n").kind()).isEqualTo(MediaContents.Kind.TEXT);
    }

    @Test
    void checksThatSvgIsWellFormed() {
        assertThat(of("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")).isEqualTo(new MediaContents(MediaContents.Kind.IMAGE, null));
        assertThat(of("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect></svg>").problem()).startsWith("is not well-formed SVG: line 2: ");
    }

    @Test
    void theCompilerWarnsWhereAFileIsUsedForWhatItIsNot(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("story.story"), """
                title: T
                language: en
                start: a
                == a ==
                image notes.txt: A note
                video clip.mp4 captions clip.vtt: The river
                audio talk.ogg transcript clip.vtt: A voice
                ending safe: ok
                """);
        Path media = Files.createDirectories(folder.resolve("media"));
        Files.writeString(media.resolve("notes.txt"), "not a picture");
        Files.write(media.resolve("clip.mp4"), new byte[0]);
        Files.writeString(media.resolve("clip.vtt"), "1\n00:00.000 --> 00:01.000\nHi\n");
        Files.write(media.resolve("talk.ogg"), new byte[] {'O', 'g', 'g', 'S', 0, 2});
        assertThat(StoryCompiler.compile(folder).diagnostics()).extracting(d -> d.code().id() + " " + d.headline()).containsExactly(
                "W005 story.story:5:7: warning: media file 'notes.txt' is used as an image, but its contents are text",
                "W005 story.story:6:7: warning: media file 'clip.mp4' is empty",
                "W005 story.story:6:25: warning: media file 'clip.vtt' is used as captions, but its contents are text; captions are a WebVTT file that starts with 'WEBVTT'");
    }

    @Test
    void chapterPicturesBedsAndSpotSoundsAreLookedInsideToo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("story.story"), """
                title: T
                language: en
                start: a
                chapter 1: Hyesan
                image notes.txt: The town
                ambient bed.ogg captions bed.vtt: Wind
                == a ==
                Snow.
                sound door.ogg captions notes.txt: A door
                ending safe: ok
                """);
        Path media = Files.createDirectories(folder.resolve("media"));
        Files.writeString(media.resolve("notes.txt"), "not a picture");
        Files.write(media.resolve("bed.ogg"), new byte[0]);
        Files.writeString(media.resolve("bed.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\n[Wind]\n");
        Files.write(media.resolve("door.ogg"), new byte[] {'O', 'g', 'g', 'S', 0, 2});
        assertThat(StoryCompiler.compile(folder).diagnostics()).extracting(d -> d.code().id() + " " + d.headline()).containsExactly(
                "W005 story.story:5:7: warning: media file 'notes.txt' is used as an image, but its contents are text",
                "W005 story.story:6:9: warning: media file 'bed.ogg' is empty",
                "W005 story.story:9:25: warning: media file 'notes.txt' is used as captions, but its contents are text; captions are a WebVTT file that starts with 'WEBVTT'");
    }
}
