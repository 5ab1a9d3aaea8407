package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A country's name goes on its own land, in the part of it the map shows, clear of the stops' names. */
class CountryLabelsTest {

    private static final MapCountries COUNTRIES = MapCountries.of("""
            <svg viewBox="0 0 300 100">
            <path d="M0 0L100 0L100 100L0 100Z"><title>Land</title></path>
            <path d="M150 0L170 0L170 100L150 100Z"><title>Strip</title></path>
            </svg>
            """);
    private static final MapCountries.Country LAND = COUNTRIES.named("Land");

    @Test
    void aCountryWhollyInViewHasItsNameInTheMiddleOfItsLand() {
        // "LAND" at 10 units: 34.32 wide, 12 high; of the spots with a name's height of land all round, the nearest the middle
        PlacedLabel name = CountryLabels.place(LAND, "Land", 10, new LabelBox(0, 0, 100, 100), List.of(), List.of());
        assertThat(name.text()).isEqualTo("LAND");
        assertThat(name.anchor()).isEqualTo("middle");
        assertThat(name.country()).isTrue();
        assertThat(name.box().left()).isCloseTo(30, within(1e-9));
        assertThat(name.box().top()).isCloseTo(42, within(1e-9));
        assertThat(name.x()).isCloseTo(47.16, within(1e-9));
        assertThat(name.y()).isCloseTo(51.5, within(1e-9));
    }

    @Test
    void aCountryPartlyInViewHasItsNameOnThePartShown() {
        LabelBox view = new LabelBox(60, 0, 200, 100);
        PlacedLabel name = CountryLabels.place(LAND, "Land", 10, view, List.of(), List.of());
        assertThat(name.box().within(view)).isTrue();
        assertThat(name.box().left()).isEqualTo(60);
        assertThat(name.box().right()).isCloseTo(94.32, within(1e-9));
    }

    @Test
    void aCountryOutOfViewOrTooNarrowForItsNameHasNone() {
        assertThat(CountryLabels.place(LAND, "Land", 10, new LabelBox(200, 0, 300, 100), List.of(), List.of())).isNull();
        assertThat(CountryLabels.place(COUNTRIES.named("Strip"), "Strip", 10, new LabelBox(0, 0, 300, 100), List.of(), List.of())).isNull();
    }

    @Test
    void theNameStaysOffAStopsNameAndOnLand() {
        LabelBox stop = new LabelBox(10, 30, 90, 70);
        PlacedLabel name = CountryLabels.place(LAND, "Land", 10, new LabelBox(0, 0, 300, 100), List.of(stop), List.of());
        assertThat(name.box().overlaps(stop)).isFalse();
        assertThat(LAND.outline().contains(name.box().left(), name.box().top(), 34.32, 12)).isTrue();
    }

    @Test
    void ofTwoSpotsWithAsMuchLandTheOneTheRouteDoesNotCrossWins() {
        List<double[]> route = List.of(new double[] {0, 48}, new double[] {100, 48});
        PlacedLabel name = CountryLabels.place(LAND, "Land", 10, new LabelBox(0, 0, 300, 100), List.of(), route);
        assertThat(name.box().crossesRoute(route)).isFalse();
    }
}
