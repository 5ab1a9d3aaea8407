package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crossing.app.http.ImageSize;

/** A story folder published again on every save (the studio): media facts taken over from the read before while a file is unchanged. */
class MediaFactsTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path media;

    private void write(String name, String svg, FileTime modified) throws IOException {
        Path file = media.resolve(name);
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, modified);
    }

    private static String svg(int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\"></svg>";
    }

    @Test
    void aFileWhoseSizeTimeAndKeyAreUnchangedIsNotReadAgain() throws IOException {
        write("river.svg", svg(1600, 900), AN_HOUR_AGO);
        MediaFacts before = MediaFacts.read(media, Set.of("river.svg"));

        // other bytes of the same length, the time put back: only a read of the bytes could tell
        write("river.svg", svg(1600, 800), AN_HOUR_AGO);
        MediaFacts after = MediaFacts.read(media, Set.of("river.svg"), before);

        assertThat(after.size("river.svg")).isEqualTo(new ImageSize(1600, 900));
        assertThat(after.version("river.svg")).isEqualTo(before.version("river.svg"));
        assertThat(MediaFacts.read(media, Set.of("river.svg")).size("river.svg")).isEqualTo(new ImageSize(1600, 800));
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        write("river.svg", svg(1600, 900), AN_HOUR_AGO);
        MediaFacts before = MediaFacts.read(media, Set.of("river.svg"));

        write("river.svg", svg(1600, 800), FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(1)));
        MediaFacts after = MediaFacts.read(media, Set.of("river.svg"), before);

        assertThat(after.size("river.svg")).isEqualTo(new ImageSize(1600, 800));
        assertThat(after.version("river.svg")).isNotEqualTo(before.version("river.svg"));
    }

    @Test
    void aFileChangedJustBeforeTheReadIsReadAgainNextTime() throws IOException {
        FileTime now = FileTime.from(Instant.now());
        write("river.svg", svg(1600, 900), now);
        MediaFacts before = MediaFacts.read(media, Set.of("river.svg"));

        // a second write in the same clock tick: same size, same time, only the bytes differ
        write("river.svg", svg(1600, 800), now);
        MediaFacts after = MediaFacts.read(media, Set.of("river.svg"), before);

        assertThat(after.size("river.svg")).isEqualTo(new ImageSize(1600, 800));
    }

    @Test
    void aNewFileIsReadARemovedOneGoneAndARenamedOneReadUnderItsNewName() throws IOException {
        write("river.svg", svg(1600, 900), AN_HOUR_AGO);
        write("wind.ogg", "OggS", AN_HOUR_AGO);
        MediaFacts before = MediaFacts.read(media, Set.of("river.svg", "wind.ogg"));

        Files.move(media.resolve("river.svg"), media.resolve("tumen.svg"));
        Files.delete(media.resolve("wind.ogg"));
        write("wind.mp3", "ID3", AN_HOUR_AGO);
        MediaFacts after = MediaFacts.read(media, Set.of("river.svg", "tumen.svg", "wind.ogg"), before);

        assertThat(after.version("river.svg")).isNull();
        assertThat(after.size("tumen.svg")).isEqualTo(new ImageSize(1600, 900));
        assertThat(after.version("wind.ogg")).isNull();
        assertThat(after.hasMp3("wind.ogg")).isTrue();
        assertThat(after.version("wind.mp3")).isNotNull();
    }
}
