package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The countries a route passes and where it crosses their borders, on a picture's named outlines. */
class BorderCrossingsTest {

    /** Three countries in a row, 10 units each, and an island apart: Alba | Brava | Cora, and Dune in the sea below. */
    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">
            <rect class="sea" width="40" height="30"/>
            <path class="route" d="M0 0L10 0L10 10L0 10Z"><title>Alba</title></path>
            <path class="route" d="M10 0L20 0L20 10L10 10Z"><title>Brava</title></path>
            <path class="land" d="M20 0L30 0L30 10L20 10Z"><title>Cora</title></path>
            <path class="land" d="M0 20L10 20L10 30L0 30Z"><title>Dune</title></path>
            <path class="land" d="M35 20L38 20L38 23Z"/>
            <text x="5" y="5">Alba</text>
            </svg>
            """;
    static final MapCountries COUNTRIES = MapCountries.of(SVG);

    @Test
    void thePicturesNamedOutlinesAreItsCountries() {
        assertThat(COUNTRIES.all()).extracting(MapCountries.Country::name).containsExactly("Alba", "Brava", "Cora", "Dune");
        assertThat(COUNTRIES.at(5, 5).name()).isEqualTo("Alba");
        assertThat(COUNTRIES.at(15, 5).name()).isEqualTo("Brava");
        assertThat(COUNTRIES.at(15, 15)).isNull();
        // on the water just off a coast: the nearest land within a few units
        assertThat(COUNTRIES.around(5, 11.5).name()).isEqualTo("Alba");
        assertThat(COUNTRIES.around(15, 18)).isNull();
    }

    @Test
    void aLegFromOneCountryIntoTheNextIsMarkedWhereItCrossesTheBorder() {
        BorderCrossings.Passage passage = BorderCrossings.along(COUNTRIES, List.of(new double[] {5, 5}, new double[] {15, 5}), List.of("A", "B"));
        assertThat(passage.countries()).containsExactly("Alba", "Brava");
        assertThat(passage.crossings()).hasSize(1);
        BorderCrossings.Crossing crossing = passage.crossings().get(0);
        assertThat(crossing.from()).isEqualTo("Alba");
        assertThat(crossing.to()).isEqualTo("Brava");
        // between the last point sampled in Alba (9.5) and the first in Brava (10.0)
        assertThat(crossing.at()).containsExactly(9.75, 5.0);
        assertThat(crossing.direction()).containsExactly(1.0, 0.0);
    }

    @Test
    void aLegOverAThirdCountryCrossesABorderThatIsToldButNotMarked() {
        BorderCrossings.Passage passage = BorderCrossings.along(COUNTRIES, List.of(new double[] {5, 5}, new double[] {25, 5}), List.of("A", "C"));
        assertThat(passage.countries()).containsExactly("Alba", "Cora");
        assertThat(passage.crossings()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("Alba");
            assertThat(c.to()).isEqualTo("Cora");
            assertThat(c.at()).isNull();
        });
    }

    @Test
    void stopsInOneCountryOrAtSeaCrossNoBorderAndAReturnCountsAgain() {
        assertThat(BorderCrossings.along(COUNTRIES, List.of(new double[] {2, 2}, new double[] {8, 8}, new double[] {30, 25}), List.of("A", "A2", "Sea")).crossings()).isEmpty();
        BorderCrossings.Passage there = BorderCrossings.along(COUNTRIES,
                List.of(new double[] {5, 5}, new double[] {15, 5}, new double[] {5, 8}), List.of("A", "B", "A2"));
        assertThat(there.countries()).containsExactly("Alba", "Brava", "Alba");
        assertThat(there.crossings()).extracting(BorderCrossings.Crossing::to).containsExactly("Brava", "Alba");
    }

    @Test
    void aStopNamedWithItsCountryIsInItWhateverTheOutlineUnderItSays() {
        BorderCrossings.Passage passage = BorderCrossings.along(COUNTRIES, List.of(new double[] {5, 5}, new double[] {7, 5}),
                List.of("Riverside", "Riverside, Brava"));
        assertThat(passage.countries()).containsExactly("Alba", "Brava");
        // both drawn in Alba: the crossing is the leg's middle
        assertThat(passage.crossings().get(0).at()).containsExactly(6.0, 5.0);
    }

    @Test
    void aPictureThatNamesNoOutlineHasNoCountriesAndNoPassage() {
        MapCountries none = MapCountries.of("<svg><path d=\"M0 0L10 0L10 10Z\"/><path d=\"M0 0C1 1 2 2 3 3Z\"><title>Curvy</title></path></svg>");
        assertThat(none.all()).isEmpty();
        assertThat(BorderCrossings.along(none, List.of(new double[] {1, 1}, new double[] {5, 5}), List.of("A", "B"))).isEqualTo(BorderCrossings.Passage.NONE);
    }
}
