package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stops' names: beside their dots when there is room, further out with a leader line, left out when there is none. */
class MapLabelsTest {

    private static final LabelBox VIEW = new LabelBox(0, 0, 200, 100);

    @Test
    void aNameWithRoomGoesRightOfItsDot() {
        List<PlacedLabel> placed = MapLabels.place(List.of(new MapLabels.Dot("Hyesan", 50, 50)), List.of(), List.of(),
                MapCountries.NONE, 8.5, 10, 2, VIEW, List.of());
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Hyesan");
            assertThat(p.anchor()).isEqualTo("start");
            assertThat(p.x()).isEqualTo(57.0); // the dot's edge (2) and half a letter (5) to its right
            assertThat(p.y()).isEqualTo(53.5);
            assertThat(p.leader()).isNull();
        });
    }

    @Test
    void nameThatFindNoFreePlaceAreLeftOutButNeverTheDestinations() {
        // A view just big enough for one name: the destination (first) is named, the others are not.
        LabelBox tiny = new LabelBox(0, 0, 60, 20);
        List<MapLabels.Dot> dots = List.of(new MapLabels.Dot("Seoul", 30, 10), new MapLabels.Dot("Hyesan", 31, 11), new MapLabels.Dot("Yanji", 29, 9));
        List<PlacedLabel> placed = MapLabels.place(dots, List.of(), List.of(), MapCountries.NONE, 8.5, 10, 2, tiny, List.of());
        assertThat(placed).extracting(PlacedLabel::text).containsExactly("Seoul");
    }

    @Test
    void crowdedNamesOverlapNoNameAndNoDot() {
        List<MapLabels.Dot> dots = List.of(new MapLabels.Dot("Seoul", 100, 50), new MapLabels.Dot("Incheon", 104, 52), new MapLabels.Dot("Hanawon", 98, 55));
        List<PlacedLabel> placed = MapLabels.place(dots, List.of(), List.of(), MapCountries.NONE, 8.5, 10, 2, VIEW, List.of());
        assertThat(placed).extracting(PlacedLabel::text).containsExactly("Seoul", "Incheon", "Hanawon");
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) assertThat(placed.get(i).box().overlaps(placed.get(j).box())).isFalse();
            for (MapLabels.Dot dot : dots) {
                assertThat(placed.get(i).box().overlaps(new LabelBox(dot.x() - 2, dot.y() - 2, dot.x() + 2, dot.y() + 2))).isFalse();
            }
        }
    }

    @Test
    void aCountryWithAnOutlineIsNamedOnItsLandAndOneWithoutWhereThePicturePutIt() {
        MapCountries countries = MapCountries.of("<svg><path d=\"M0 0L100 0L100 100L0 100Z\"><title>Land</title></path></svg>");
        List<MapGround.Name> names = List.of(new MapGround.Name("Land", 150, 50, "start"), new MapGround.Name("Sea", 150, 80, "middle"));
        List<PlacedLabel> placed = MapLabels.place(List.of(), List.of(), names, countries, 10, 10, 2, VIEW, List.of());
        assertThat(placed).extracting(PlacedLabel::text).containsExactly("LAND", "SEA");
        assertThat(placed.get(0).box().right()).isLessThanOrEqualTo(100);
        assertThat(placed.get(1).x()).isEqualTo(150);
    }

    @Test
    void aNameBesideABorderBarGoesClearOfTheWholeBarNotOnlyOfItsMiddle() {
        // A bar from (62, 20) to (62, 52): its end reaches the name's usual place (57 to 93 across, 44 to 56 down), its middle does not.
        List<double[]> bar = List.<double[]>of(new double[] {62, 20, 62, 52});
        List<PlacedLabel> placed = MapLabels.place(List.of(new MapLabels.Dot("Hyesan", 50, 50)), bar, List.of(),
                MapCountries.NONE, 8.5, 10, 2, VIEW, List.of());
        LabelBox name = placed.get(0).box();
        for (LabelBox covered : MapLabels.markBoxes(bar.get(0), 2, 0)) assertThat(name.overlaps(covered)).as("%s", name).isFalse();
    }

    @Test
    void aNameGoesFurtherOutRatherThanUnderTheRoute() {
        // The route rings the dot closely: every place beside it is crossed, places further out are not.
        List<double[]> route = List.of(new double[] {20, 40}, new double[] {80, 40}, new double[] {80, 60}, new double[] {20, 60}, new double[] {20, 40});
        List<PlacedLabel> placed = MapLabels.place(List.of(new MapLabels.Dot("Hyesan", 50, 50)), List.of(), List.of(),
                MapCountries.NONE, 8.5, 10, 2, VIEW, route);
        PlacedLabel name = placed.get(0);
        assertThat(name.box().crossesRoute(route)).as("%s", name.box()).isFalse();
        assertThat(name.leader()).isNotNull();
    }
}
