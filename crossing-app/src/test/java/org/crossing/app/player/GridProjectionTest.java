package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crossing.story.model.Place;
import org.junit.jupiter.api.Test;

/** A story without a map picture draws its places on a grid around them all. */
class GridProjectionTest {

    @Test
    void theGridIsPaddedByATenthAndItsHeightFollowsTheLatitude() {
        // Tallinn and Helsinki: 0.35 degrees of longitude and 0.72 of latitude apart, each padded by half a degree
        GridProjection grid = GridProjection.of(List.of(new Place("Tallinn", 59.44, 24.75), new Place("Helsinki", 60.16, 24.94)));
        assertThat(grid.west()).isCloseTo(24.25, within(1e-9));
        assertThat(grid.east()).isCloseTo(25.44, within(1e-9));
        assertThat(grid.south()).isCloseTo(58.94, within(1e-9));
        assertThat(grid.north()).isCloseTo(60.66, within(1e-9));
        assertThat(grid.height()).isEqualTo(420); // taller than wide at that latitude: held at the most
        assertThat(grid.project(59.44, 24.75)).containsExactly(new double[] {0.5 / 1.19 * 600, 1.22 / 1.72 * 420}, within(1e-9));
    }

    @Test
    void aWideGridIsAtLeast240High() {
        GridProjection grid = GridProjection.of(List.of(new Place("A", 0, 0), new Place("B", 0.1, 40)));
        assertThat(grid.height()).isEqualTo(240);
        assertThat(grid.project(0, 0)).containsExactly(new double[] {4.0 / 48 * 600, 0.6 / 1.1 * 240}, within(1e-9));
    }
}
