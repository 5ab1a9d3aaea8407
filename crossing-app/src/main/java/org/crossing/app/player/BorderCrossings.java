package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;

/**
 * The borders a journey crossed, found on the map's country outlines: the countries of its
 * stops in the order passed, and for each border between two stops the point where the route's
 * leg leaves one country for the other. A leg that runs over a third country on the way (a
 * flight, a long train ride drawn as one straight line) crossed no border where it is drawn: the
 * crossing is told in words, with no mark on the map. A stop whose name ends with a country's
 * name ("Near Changbai, China") is in that country whatever the outline under it says: a map
 * drawn at this scale puts a place on a border river on either side.
 */
final class BorderCrossings {

    /** Steps along a leg when looking for its border, in map units. */
    private static final double STEP = 0.5;

    /**
     * One border crossed, from country {@code from} to {@code to}; {@code at} the point on the
     * route where it was crossed ({x, y}) and {@code direction} the leg's direction there (a unit
     * vector), or both null when the leg runs over another country on the way.
     */
    record Crossing(String from, String to, double[] at, double[] direction) {}

    /** The countries passed, in order, and the borders crossed between them. */
    record Passage(List<String> countries, List<Crossing> crossings) {
        static final Passage NONE = new Passage(List.of(), List.of());
    }

    private BorderCrossings() {}

    /**
     * The passage of a route through {@code corners} (its stops in the order visited, in map
     * units), {@code names} the stops' names in the same order.
     */
    static Passage along(MapCountries countries, List<double[]> corners, List<String> names) {
        if (countries.all().isEmpty()) return Passage.NONE;
        List<String> passed = new ArrayList<>();
        List<Crossing> crossings = new ArrayList<>();
        MapCountries.Country previous = null;
        double[] previousCorner = null;
        for (int i = 0; i < corners.size(); i++) {
            double[] corner = corners.get(i);
            MapCountries.Country here = countryOf(countries, names.get(i), corner);
            if (here == null) continue; // a stop at sea says nothing of borders
            if (previous != null && previous != here) crossings.add(crossing(countries, previous, here, previousCorner, corner));
            if (previous != here) passed.add(here.name());
            previous = here;
            previousCorner = corner;
        }
        return new Passage(List.copyOf(passed), List.copyOf(crossings));
    }

    private static MapCountries.Country countryOf(MapCountries countries, String name, double[] at) {
        String region = Stops.region(name);
        MapCountries.Country named = region == null ? null : countries.named(region);
        return named != null ? named : countries.around(at[0], at[1]);
    }

    /** Where the leg from {@code a} to {@code b} leaves {@code from} for {@code to}: between the last point in one and the first in the other. */
    private static Crossing crossing(MapCountries countries, MapCountries.Country from, MapCountries.Country to, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        int steps = Math.max(1, (int) Math.ceil(length / STEP));
        double[] lastInFrom = null;
        double[] firstInTo = null;
        for (int i = 0; i <= steps; i++) {
            double x = a[0] + dx * i / steps;
            double y = a[1] + dy * i / steps;
            MapCountries.Country here = countries.at(x, y);
            if (here == null) continue;
            if (here == from && firstInTo == null) lastInFrom = new double[] {x, y};
            else if (here == to) {
                if (firstInTo == null) firstInTo = new double[] {x, y};
            } else {
                return new Crossing(from.name(), to.name(), null, null); // over a third country
            }
            if (here == from && firstInTo != null) return new Crossing(from.name(), to.name(), null, null); // back and forth
        }
        if (length == 0 || lastInFrom == null || firstInTo == null) {
            // Both stops on the border's water: the crossing is the leg's middle.
            return new Crossing(from.name(), to.name(), new double[] {a[0] + dx / 2, a[1] + dy / 2},
                    length == 0 ? new double[] {1, 0} : new double[] {dx / length, dy / length});
        }
        return new Crossing(from.name(), to.name(), new double[] {(lastInFrom[0] + firstInTo[0]) / 2, (lastInFrom[1] + firstInTo[1]) / 2},
                new double[] {dx / length, dy / length});
    }
}
