package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownMediaTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final byte[] OGG = {'O', 'g', 'g', 'S', 0, 2, 0, 0};
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @TempDir
    Path folder;
    private final KnownMedia known = new KnownMedia();

    @BeforeEach
    void story() throws IOException {
        Files.writeString(folder.resolve("story.story"), "title: T\nlanguage: en\nstart: a\n\n== a ==\nHello.\n-> END\n");
        Files.createDirectories(folder.resolve("media"));
    }

    private void write(String name, byte[] bytes, FileTime modified) throws IOException {
        Path file = folder.resolve("media").resolve(name);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
    }

    private MediaContents.Kind kind(StorySource source, String name) {
        return source.mediaContents().get(name).kind();
    }

    @Test
    void aFileUnchangedSinceTheLastReadIsNotReadAgain() throws IOException {
        write("river.png", PNG, AN_HOUR_AGO);
        write("wind.ogg", OGG, AN_HOUR_AGO);
        StoryFolder.read(folder, known);
        assertThat(known.reads()).isEqualTo(2);

        StorySource again = StoryFolder.read(folder, known);

        assertThat(known.reads()).isEqualTo(2);
        assertThat(kind(again, "river.png")).isEqualTo(MediaContents.Kind.IMAGE);
        assertThat(kind(again, "wind.ogg")).isEqualTo(MediaContents.Kind.MEDIA);
    }

    @Test
    void anEditedFileOfTheSameSizeIsReadAgain() throws IOException {
        write("river.png", PNG, AN_HOUR_AGO);
        StoryFolder.read(folder, known);

        write("river.png", OGG, FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(60)));
        StorySource after = StoryFolder.read(folder, known);

        assertThat(known.reads()).isEqualTo(2);
        assertThat(kind(after, "river.png")).isEqualTo(MediaContents.Kind.MEDIA);
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        write("river.png", PNG, AN_HOUR_AGO);
        StoryFolder.read(folder, known);

        // as an editor saves: a new file written beside it and moved over it
        Path beside = folder.resolve("river.tmp");
        Files.write(beside, OGG);
        Files.setLastModifiedTime(beside, AN_HOUR_AGO);
        Files.move(beside, folder.resolve("media/river.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StorySource after = StoryFolder.read(folder, known);

        assertThat(kind(after, "river.png")).isEqualTo(MediaContents.Kind.MEDIA);
    }

    @Test
    void aNewFileIsReadAndARemovedOneForgotten() throws IOException {
        write("river.png", PNG, AN_HOUR_AGO);
        StoryFolder.read(folder, known);

        write("wind.ogg", OGG, AN_HOUR_AGO);
        Files.delete(folder.resolve("media/river.png"));
        StorySource after = StoryFolder.read(folder, known);

        assertThat(after.media()).containsExactly("wind.ogg");
        assertThat(kind(after, "wind.ogg")).isEqualTo(MediaContents.Kind.MEDIA);
        assertThat(known.reads()).isEqualTo(2);

        // back as it was, with the same bytes and time: forgotten, so read again
        write("river.png", PNG, AN_HOUR_AGO);
        StoryFolder.read(folder, known);
        assertThat(known.reads()).isEqualTo(3);
    }

    @Test
    void aRenamedFileIsReadUnderItsNewName() throws IOException {
        write("river.png", PNG, AN_HOUR_AGO);
        StoryFolder.read(folder, known);

        Files.move(folder.resolve("media/river.png"), folder.resolve("media/tumen.png"));
        StorySource after = StoryFolder.read(folder, known);

        assertThat(after.media()).containsExactly("tumen.png");
        assertThat(kind(after, "tumen.png")).isEqualTo(MediaContents.Kind.IMAGE);
        assertThat(known.reads()).isEqualTo(2);
    }

    @Test
    void aFileChangedJustBeforeAReadIsReadAgainUntilItHasSettled() throws IOException {
        write("river.png", PNG, FileTime.from(Instant.now()));
        StoryFolder.read(folder, known);
        StoryFolder.read(folder, known);
        assertThat(known.reads()).as("a second write in the same clock tick would leave its stamp unchanged").isEqualTo(2);

        Files.setLastModifiedTime(folder.resolve("media/river.png"), AN_HOUR_AGO);
        StoryFolder.read(folder, known);
        StoryFolder.read(folder, known);
        assertThat(known.reads()).isEqualTo(3);
    }

    @Test
    void readsTheSameAsAReadWithoutMemory() throws IOException {
        write("river.png", PNG, AN_HOUR_AGO);
        write("notes.vtt", "WEBVTT\n\n0:00 --> 0:04\nWind.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), AN_HOUR_AGO);
        StoryFolder.read(folder, known);

        assertThat(StoryFolder.read(folder, known).mediaContents()).isEqualTo(StoryFolder.read(folder).mediaContents());
    }
}
