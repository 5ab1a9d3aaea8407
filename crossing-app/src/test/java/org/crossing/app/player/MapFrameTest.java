package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The part of the map a journey is shown in: around its stops, never closer than a sixth of the map, inside the map. */
class MapFrameTest {

    @Test
    void oneStopIsShownInTheMiddleOfASixthOfTheMap() {
        MapFrame frame = MapFrame.around(1040, 960, List.of(new double[] {520, 480}));
        assertThat(frame.viewBox()).isEqualTo("433.3 400.0 173.3 160.0");
    }

    @Test
    void twoStopsCloseTogetherKeepTheSmallestFrameAroundTheirMiddle() {
        MapFrame frame = MapFrame.around(1040, 960, List.of(new double[] {500, 470}, new double[] {520, 480}));
        assertThat(frame.viewBox()).isEqualTo("423.3 395.0 173.3 160.0");
    }

    @Test
    void stopsFarApartTakeTheMiddleSixtyPercentOfTheFrameAlongTheirLongerSide() {
        // 300 units apart west to east: a frame of 500, its height in the map's proportions
        MapFrame wide = MapFrame.around(1000, 1000, List.of(new double[] {300, 500}, new double[] {600, 520}));
        assertThat(wide.viewBox()).isEqualTo("200.0 260.0 500.0 500.0");
        // 240 apart north to south on a map twice as wide as high: 400 high, so 800 wide
        MapFrame tall = MapFrame.around(2000, 1000, List.of(new double[] {1000, 300}, new double[] {1010, 540}));
        assertThat(tall.viewBox()).isEqualTo("605.0 220.0 800.0 400.0");
    }

    @Test
    void aFrameThatWouldRunPastTheMapsEdgeIsMovedBackIn() {
        assertThat(MapFrame.around(1040, 960, List.of(new double[] {1030, 950})).viewBox()).isEqualTo("866.7 800.0 173.3 160.0");
        assertThat(MapFrame.around(1040, 960, List.of(new double[] {5, 2})).viewBox()).isEqualTo("0 0 173.3 160.0");
    }

    @Test
    void stopsSpreadOverMoreThanTheMapShowTheWholeMap() {
        MapFrame frame = MapFrame.around(1040, 960, List.of(new double[] {10, 10}, new double[] {1000, 900}));
        assertThat(frame).isEqualTo(MapFrame.whole(1040, 960));
        assertThat(frame.viewBox()).isEqualTo("0 0 1040.0 960.0");
    }
}
