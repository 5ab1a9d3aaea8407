package org.crossing.app.player;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossing.story.model.Place;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * The journey map's geometry: where a story's places are drawn, on its map picture or on a
 * plain grid, and which part of the map a journey is shown on.
 */
final class JourneyMap {

    private JourneyMap() {}

    /**
     * The journey drawn on the story's map, or on a plain grid spanning all the story's places
     * when it has no map; null when the story has no places at all ({@code base} null). The fixed
     * parts (size, grid, each place's position and label) come from the story's {@link MapBase},
     * worked out once.
     * A map picture is shown around the journey ({@link View#around}); the labels and dots keep
     * their size on the page, whatever the zoom.
     */
    static Views.MapView map(MapBase base, List<Integer> placeScenes) {
        if (base == null) return null;
        List<Spot> route = new ArrayList<>(placeScenes.size());
        for (int scene : placeScenes) route.add(base.spots[scene]);
        View view = base.background == null ? View.whole(base) : View.around(base, route);
        double fontSize = base.fontSizeValue * view.zoom;
        List<Views.MapPoint> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Set<String> seen = new HashSet<>();
        List<Spot> labelledAt = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            Spot spot = route.get(i);
            if (line.length() > 0) line.append(' ');
            line.append(spot.x).append(',').append(spot.y);
            // A place passed twice is drawn once, at its first visit.
            if (!seen.add(spot.name)) continue;
            // Places almost on top of each other (a town and its market) would print their names over each
            // other: the later ones get a dot without a label; the journey's text names them all.
            boolean crowded = false;
            for (Spot p : labelledAt) {
                if (Math.hypot(p.atX - spot.atX, p.atY - spot.atY) < fontSize * 1.6) {
                    crowded = true;
                    break;
                }
            }
            if (!crowded) labelledAt.add(spot);
            String name = crowded ? null : spot.name;
            boolean last = i == route.size() - 1;
            if (view.zoom == 1) {
                points.add(new Views.MapPoint(spot.x, spot.y, spot.labelX, spot.labelY, name, seen.size(), last, spot.labelRight));
            } else {
                boolean right = view.labelGoesRight(spot);
                double gap = fontSize * 0.8;
                points.add(new Views.MapPoint(spot.x, spot.y, fmt(right ? spot.atX + gap : spot.atX - gap), fmt(spot.atY + fontSize / 3),
                        name, seen.size(), last, right));
            }
        }
        return new Views.MapView(base.width, base.height, base.background, points, line.toString(), base.grid,
                view.zoom == 1 ? base.fontSize : fmt(fontSize), view.zoom == 1 ? base.radius : fmt(base.radiusValue * view.zoom), view.box);
    }

    /**
     * The part of the map shown, in the map's units, with the map's proportions; {@code zoom} is
     * its width over the map's (1 for the whole map). A zoomed view places each label itself
     * ({@link #labelGoesRight}); the whole map keeps the labels worked out once ({@link Spot}).
     */
    record View(double x, double y, double width, double height, double zoom, String box, double west, double east,
                double fontSize, double mapWidth) {

        /** The map is shown at most this many times closer than whole: a journey of one place still shows its region. */
        static final double MAX_ZOOM = 2.5;
        /** Room around the journey, on each side, as a share of what is shown. */
        static final double MARGIN = 0.08;
        /** The width of a label's letters, as a share of its font size (an estimate: the font is the reader's). */
        static final double LETTER_WIDTH = 0.55;

        static View whole(MapBase base) {
            return new View(0, 0, base.widthValue, base.heightValue, 1, "0 0 " + base.width + " " + base.height, 0, base.widthValue,
                    base.fontSizeValue, base.widthValue);
        }

        /**
         * The smallest part of the map, with its proportions and at most {@link #MAX_ZOOM} times
         * closer, that shows the journey's places and their labels with a margin, centred on them
         * as far as the map's edges allow.
         */
        static View around(MapBase base, List<Spot> route) {
            if (route.isEmpty()) return whole(base);
            double mapWidth = base.widthValue;
            double mapHeight = base.heightValue;
            double west = Double.MAX_VALUE, east = -Double.MAX_VALUE;
            for (Spot spot : route) {
                west = Math.min(west, spot.atX);
                east = Math.max(east, spot.atX);
            }
            // The labels' size follows the zoom and the zoom what the labels need: grow the view
            // until they fit. Each pass can only grow it, and by less each time.
            double width = mapWidth / MAX_ZOOM;
            double[] extent = null;
            for (int pass = 0; pass < 8; pass++) {
                View trial = new View(0, 0, width, 0, width / mapWidth, "", west, east, base.fontSizeValue * width / mapWidth, mapWidth);
                extent = trial.extent(route);
                double needed = Math.max(extent[1] - extent[0], (extent[3] - extent[2]) * mapWidth / mapHeight) / (1 - 2 * MARGIN);
                if (needed <= width) break;
                width = needed;
                if (width >= mapWidth) return whole(base);
            }
            double height = width * mapHeight / mapWidth;
            double x = clamp((extent[0] + extent[1]) / 2 - width / 2, 0, mapWidth - width);
            double y = clamp((extent[2] + extent[3]) / 2 - height / 2, 0, mapHeight - height);
            return new View(x, y, width, height, width / mapWidth, fmt(x) + " " + fmt(y) + " " + fmt(width) + " " + fmt(height),
                    west, east, base.fontSizeValue * width / mapWidth, mapWidth);
        }

        /**
         * A label goes to the right of its dot, unless the dot is in the eastern part of the
         * journey (its label would run over the route) or the label would run off the map.
         */
        boolean labelGoesRight(Spot spot) {
            double label = labelWidth(spot);
            boolean eastern = east > west && spot.atX > west + (east - west) * 0.7;
            if (spot.atX - label < 0) return true;
            return !eastern && spot.atX + label <= mapWidth;
        }

        double labelWidth(Spot spot) {
            return fontSize * 0.8 + spot.name.length() * fontSize * LETTER_WIDTH;
        }

        /** West, east, north and south of the places with their labels. */
        private double[] extent(List<Spot> route) {
            double left = Double.MAX_VALUE, right = -Double.MAX_VALUE, north = Double.MAX_VALUE, south = -Double.MAX_VALUE;
            for (Spot spot : route) {
                double label = labelWidth(spot);
                boolean toTheRight = labelGoesRight(spot);
                left = Math.min(left, toTheRight ? spot.atX - fontSize / 2 : spot.atX - label);
                right = Math.max(right, toTheRight ? spot.atX + label : spot.atX + fontSize / 2);
                north = Math.min(north, spot.atY - fontSize);
                south = Math.max(south, spot.atY + fontSize);
            }
            return new double[] {left, right, north, south};
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }

    /** Where a scene's place is drawn: its point, formatted, and its label's position. */
    record Spot(String name, double atX, double atY, String x, String y, String labelX, String labelY, boolean labelRight) {}

    /**
     * The parts of a story's journey map that no journey changes: its size, background or grid,
     * and where each scene's place is drawn ({@code spots}, by scene index, null for a scene
     * without a place).
     */
    record MapBase(String width, String height, String background, List<String> grid, String fontSize, String radius,
                   double widthValue, double heightValue, double fontSizeValue, double radiusValue, Spot[] spots) {

        /** Null when the story has no places. */
        static MapBase of(Story story, MapBackground background) {
            List<Place> all = story.scenes().stream().map(Scene::place).filter(p -> p != null).toList();
            if (all.isEmpty()) return null;
            Projection projection = background != null ? background::project : JourneyMap.grid(all);
            double width = background != null ? background.width() : GRID_WIDTH;
            double height = background != null ? background.height() : gridHeight(all);
            double fontSize = width / 45;
            double gap = fontSize * 0.8;
            Spot[] spots = new Spot[story.scenes().size()];
            for (int i = 0; i < spots.length; i++) {
                Place place = story.scene(i).place();
                if (place == null) continue;
                double[] xy = projection.project(place.latitude(), place.longitude());
                boolean right = xy[0] < width * 0.7;
                spots[i] = new Spot(place.name(), xy[0], xy[1], fmt(xy[0]), fmt(xy[1]),
                        fmt(right ? xy[0] + gap : xy[0] - gap), fmt(xy[1] + fontSize / 3), right);
            }
            List<String> grid = new ArrayList<>();
            if (background == null) {
                for (int i = 1; i < 6; i++) {
                    double x = width * i / 6;
                    double y = height * i / 6;
                    grid.add("M" + fmt(x) + " 0V" + fmt(height));
                    grid.add("M0 " + fmt(y) + "H" + fmt(width));
                }
            }
            return new MapBase(fmt(width), fmt(height), background == null ? null : "media/" + background.file(), List.copyOf(grid),
                    fmt(fontSize), fmt(width / 110), width, height, fontSize, width / 110, spots);
        }
    }

    @FunctionalInterface
    private interface Projection {
        double[] project(double latitude, double longitude);
    }

    static final double GRID_WIDTH = 600;

    /** Longitude shrinks with the cosine of latitude: keeps the grid's shapes roughly true near the places. */
    private static Projection grid(List<Place> places) {
        double[] box = box(places);
        double height = gridHeight(places);
        return (lat, lon) -> new double[] {
                (lon - box[0]) / (box[1] - box[0]) * GRID_WIDTH,
                (box[3] - lat) / (box[3] - box[2]) * height};
    }

    private static double gridHeight(List<Place> places) {
        double[] box = box(places);
        double scale = Math.cos(Math.toRadians((box[2] + box[3]) / 2));
        double aspect = (box[3] - box[2]) / Math.max(1e-9, (box[1] - box[0]) * scale);
        return Math.max(240, Math.min(420, GRID_WIDTH * aspect));
    }

    /** west, east, south, north, padded by a tenth and at least half a degree wide. */
    private static double[] box(List<Place> places) {
        double west = 180, east = -180, south = 90, north = -90;
        for (Place p : places) {
            west = Math.min(west, p.longitude());
            east = Math.max(east, p.longitude());
            south = Math.min(south, p.latitude());
            north = Math.max(north, p.latitude());
        }
        double padX = Math.max(0.5, (east - west) * 0.1);
        double padY = Math.max(0.5, (north - south) * 0.1);
        return new double[] {west - padX, east + padX, south - padY, north + padY};
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
