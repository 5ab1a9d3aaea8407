package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crossing.app.testing.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapBackgroundTest {

    @TempDir
    Path media;

    private MapBackground given(String json, String svg) throws Exception {
        Files.writeString(media.resolve("map.json"), json);
        Files.writeString(media.resolve("map.svg"), svg);
        return MapBackground.read(media);
    }

    @Test
    void readsAProjectionObjectAsTheCrossingShipsIt() throws Exception {
        MapBackground map = given("""
                {"file": "map.svg", "projection": {"type": "equirectangular", "lonMin": 88, "lonMax": 140,
                 "latMin": 5, "latMax": 53, "width": 1040, "height": 960}}""", "<svg viewBox=\"0 0 10 10\"></svg>");
        assertThat(map).isEqualTo(new MapBackground("map.svg", 1040, 960, 88, 140, 53, 5));
        assertThat(map.project(53, 88)).containsExactly(0, 0);
        assertThat(map.project(5, 140)).containsExactly(1040, 960);
    }

    @Test
    void readsCompassBoundsAndTakesTheSizeFromTheViewBox() throws Exception {
        MapBackground map = given("""
                {"projection": "equirectangular", "west": 124, "east": 131.5, "north": 43.5, "south": 37}""",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 750 650\"></svg>");
        assertThat(map).isEqualTo(new MapBackground("map.svg", 750, 650, 124, 131.5, 43.5, 37));
    }

    @Test
    void anotherProjectionOrMissingBoundsFallBackToTheGridAndTellTheOperatorWhy() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            assertThat(given("{\"projection\": {\"type\": \"mercator\"}}", "<svg viewBox=\"0 0 1 1\"/>")).isNull();
            assertThat(given("{\"west\": 1}", "<svg viewBox=\"0 0 1 1\"/>")).isNull();
            assertThat(given("{\"west\": 1,\n \"east\": }", "<svg/>")).isNull();
            assertThat(given("not json", "<svg/>")).isNull();
            Path json = media.resolve("map.json");
            assertThat(log.lines()).containsExactly(
                    "[WARN] MapBackground - " + json + ": projection 'mercator' is not supported (only equirectangular); the journey is drawn on a plain grid",
                    "[WARN] MapBackground - " + json + ": no number 'east' in the bounds; the journey is drawn on a plain grid",
                    "[WARN] MapBackground - " + json + ": not valid JSON at line 2, column 10 (Unexpected character ('}' (code 125)):"
                            + " expected a value); the journey is drawn on a plain grid",
                    "[WARN] MapBackground - " + json + ": not valid JSON at line 1, column 1 (Unrecognized token 'not': was expecting"
                            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')); the journey is drawn on a plain grid");
        }
    }
}
