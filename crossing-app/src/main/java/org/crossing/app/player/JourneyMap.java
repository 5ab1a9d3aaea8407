package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Place;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * The journey map's geometry: where a journey's stops are drawn, on the story's map picture or
 * on a plain grid, which part of the map is shown, and where the names go at each of the two
 * sizes the page shows the map at ({@link MapLabels}).
 *
 * <p>The map is as wide as the page's column: {@value #NARROW_WIDTH} CSS pixels on a 375 px
 * phone, up to {@value #WIDE_WIDTH} on a wide screen. Names are sized for each (at least
 * {@value #NARROW_FONT_PX} px on the phone) and the page shows one set or the other by the
 * viewport's width (app.css), so a phone's names are readable and a wide screen's are not huge.
 */
final class JourneyMap {

    static final double NARROW_WIDTH = 343;
    static final double NARROW_FONT_PX = 12.5;
    /** Below this viewport width the page shows the narrow names (app.css, the map's media query). */
    static final double WIDE_FROM = 600;
    /** The column's width at {@link #WIDE_FROM}, the narrowest a wide map is shown at. */
    static final double WIDE_WIDTH = 552;
    static final double WIDE_FONT_PX = 13;
    static final double DOT_PX = 4;
    static final double ROUTE_PX = 3;
    static final double GRID_WIDTH = 600;

    private JourneyMap() {}

    /** The map for a journey's route; null when the story has no places ({@code base} null) or the journey passed none. */
    static Views.MapView map(MapBase base, Stops.Route route, String summary) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = new ArrayList<>();
        for (Stops.Stop stop : route.stops()) at.add(base.projection.project(stop.latitude(), stop.longitude()));
        View view = base.background == null ? View.whole(base) : View.around(base, at);
        double narrowFont = NARROW_FONT_PX * view.width / NARROW_WIDTH;
        double dot = DOT_PX * view.width / NARROW_WIDTH;
        List<double[]> corners = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int visit : route.visits()) {
            double[] p = at.get(visit);
            corners.add(p);
            path.append(path.length() == 0 ? "M" : "L").append(fmt(p[0])).append(' ').append(fmt(p[1]));
        }
        if (corners.size() == 1) path.append("h0.01"); // a route of one stop: a path that exists, drawn as its dot
        List<MapLabels.Dot> dots = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        int last = route.visits().get(route.visits().size() - 1);
        int first = route.visits().get(0);
        order.add(last);
        if (first != last) order.add(first);
        for (int i = 0; i < route.stops().size(); i++) if (i != first && i != last) order.add(i);
        for (int i : order) dots.add(new MapLabels.Dot(route.stops().get(i).shortName(), at.get(i)[0], at.get(i)[1]));
        MapLabels.Box box = new MapLabels.Box(view.x, view.y, view.x + view.width, view.y + view.height);
        List<MapGround.Name> countries = base.ground == null ? List.of() : base.ground.names();
        Views.LabelSet narrow = labels(MapLabels.place(dots, countries, narrowFont * 0.85, narrowFont, dot, box, corners), narrowFont, dot);
        double wideFont = WIDE_FONT_PX * view.width / WIDE_WIDTH;
        Views.LabelSet wide = labels(MapLabels.place(dots, countries, wideFont * 0.85, wideFont, dot, box, corners), wideFont, dot);
        List<Views.MapStop> stops = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) {
            stops.add(new Views.MapStop(fmt(at.get(i)[0]), fmt(at.get(i)[1]), i == first, i == last));
        }
        String names = String.join(", ", route.stops().stream().map(Stops.Stop::shortName).toList());
        return new Views.MapView(view.box, base.width, base.height, base.background, base.grid, path.toString(),
                fmt(ROUTE_PX * view.width / NARROW_WIDTH), fmt(dot), stops, narrow, wide, names, summary);
    }

    /** The strip's drawing, in CSS pixels: the thread is drawn in this box, its proportions kept. */
    static final double STRIP_WIDTH = 120;
    static final double STRIP_HEIGHT = 36;
    private static final double STRIP_PAD = 5;

    /**
     * The route so far as a thread for the scene page's strip: the stops' positions fitted into a
     * {@value #STRIP_WIDTH}×{@value #STRIP_HEIGHT} box (north up, the map's proportions kept), the
     * current stop last. Null when the story has no places or the journey has passed none yet.
     */
    static Views.MapStrip strip(MapBase base, Stops.Route route, String label) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = new ArrayList<>();
        double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = Double.MAX_VALUE, south = -Double.MAX_VALUE;
        for (Stops.Stop stop : route.stops()) {
            double[] p = base.projection.project(stop.latitude(), stop.longitude());
            at.add(p);
            west = Math.min(west, p[0]);
            east = Math.max(east, p[0]);
            north = Math.min(north, p[1]);
            south = Math.max(south, p[1]);
        }
        double innerWidth = STRIP_WIDTH - 2 * STRIP_PAD;
        double innerHeight = STRIP_HEIGHT - 2 * STRIP_PAD;
        // At most as close as a tenth of the map's width across the strip: one stop, or stops a street apart, stay a dot.
        double scale = Math.min(innerWidth / Math.max(east - west, base.widthValue / 10), innerHeight / Math.max(south - north, base.widthValue / 10 * innerHeight / innerWidth));
        double offsetX = STRIP_WIDTH / 2 - (west + east) / 2 * scale;
        double offsetY = STRIP_HEIGHT / 2 - (north + south) / 2 * scale;
        StringBuilder path = new StringBuilder();
        for (int visit : route.visits()) {
            double[] p = at.get(visit);
            path.append(path.length() == 0 ? "M" : "L").append(fmt(p[0] * scale + offsetX)).append(' ').append(fmt(p[1] * scale + offsetY));
        }
        if (route.visits().size() == 1) path.append("h0.01");
        List<Views.MapStop> stops = new ArrayList<>();
        int first = route.visits().get(0);
        int last = route.visits().get(route.visits().size() - 1);
        for (int i = 0; i < at.size(); i++) {
            stops.add(new Views.MapStop(fmt(at.get(i)[0] * scale + offsetX), fmt(at.get(i)[1] * scale + offsetY), i == first, i == last));
        }
        return new Views.MapStrip("0 0 " + fmt(STRIP_WIDTH) + " " + fmt(STRIP_HEIGHT), path.toString(), stops, label);
    }

    /** The route for the share card: the same part of the map as the ending page shows, the land under it, the stops. Null without places. */
    static ShareImage.CardMap cardMap(MapBase base, Stops.Route route, MapShapes land) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = new ArrayList<>();
        for (Stops.Stop stop : route.stops()) at.add(base.projection.project(stop.latitude(), stop.longitude()));
        View view = base.background == null ? View.whole(base) : View.around(base, at);
        List<Double> thread = new ArrayList<>();
        for (int visit : route.visits()) {
            thread.add(at.get(visit)[0]);
            thread.add(at.get(visit)[1]);
        }
        // The stops in the order first reached, the last one passed drawn last (on top, in the ending's colour).
        List<Double> stops = new ArrayList<>();
        int last = route.visits().get(route.visits().size() - 1);
        for (int i = 0; i <= at.size(); i++) {
            int stop = i < at.size() ? i : last;
            if (i < at.size() && stop == last) continue;
            stops.add(at.get(stop)[0]);
            stops.add(at.get(stop)[1]);
        }
        return new ShareImage.CardMap(base.background == null ? null : land, view.x, view.y, view.width, view.height, List.copyOf(thread),
                List.copyOf(stops), route.first().shortName(), route.last().shortName());
    }

    private static Views.LabelSet labels(List<MapLabels.Placed> placed, double font, double dot) {
        List<Views.MapLabel> labels = new ArrayList<>();
        for (MapLabels.Placed p : placed) {
            String leader = p.leader() == null ? null
                    : "M" + fmt(p.leader()[0]) + " " + fmt(p.leader()[1]) + "L" + fmt(p.leader()[2]) + " " + fmt(p.leader()[3]);
            labels.add(new Views.MapLabel(p.text(), fmt(p.x()), fmt(p.y()), p.anchor(), leader, p.country()));
        }
        return new Views.LabelSet(fmt(font), fmt(font * 0.85), fmt(font * 0.08), labels);
    }

    /**
     * The part of the map shown, in the map's units, with the map's proportions: around the
     * journey's stops with room for names, at most {@link #MAX_ZOOM} times closer than the whole.
     */
    record View(double x, double y, double width, double height, String box) {

        static final double MAX_ZOOM = 2.5;
        /** Room around the stops, on each side, as a share of the view's width: names go beside or above their dots. */
        static final double MARGIN = 0.22;

        static View whole(MapBase base) {
            return new View(0, 0, base.widthValue, base.heightValue, "0 0 " + base.width + " " + base.height);
        }

        static View around(MapBase base, List<double[]> points) {
            double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = Double.MAX_VALUE, south = -Double.MAX_VALUE;
            for (double[] p : points) {
                west = Math.min(west, p[0]);
                east = Math.max(east, p[0]);
                north = Math.min(north, p[1]);
                south = Math.max(south, p[1]);
            }
            double mapWidth = base.widthValue;
            double mapHeight = base.heightValue;
            double aspect = mapHeight / mapWidth;
            double width = Math.max(mapWidth / MAX_ZOOM, Math.max((east - west) / (1 - 2 * MARGIN), (south - north) / aspect / (1 - 2 * MARGIN)));
            if (width >= mapWidth) return whole(base);
            double height = width * aspect;
            double x = clamp((west + east) / 2 - width / 2, 0, mapWidth - width);
            double y = clamp((north + south) / 2 - height / 2, 0, mapHeight - height);
            return new View(x, y, width, height, fmt(x) + " " + fmt(y) + " " + fmt(width) + " " + fmt(height));
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }

    /**
     * The parts of a story's journey map that no journey changes: its size, its picture (without
     * its names, which the page prints itself) or grid, and how places are projected onto it.
     */
    record MapBase(String width, String height, String background, List<String> grid, double widthValue, double heightValue,
                   Projection projection, MapGround ground) {

        /** Null when the story has no places. {@code groundUrl}: where the picture without its names is served. */
        static MapBase of(Story story, MapBackground background, MapGround ground, String groundUrl) {
            List<Place> all = story.scenes().stream().map(Scene::place).filter(p -> p != null).toList();
            if (all.isEmpty()) return null;
            Projection projection = background != null ? background::project : JourneyMap.grid(all);
            double width = background != null ? background.width() : GRID_WIDTH;
            double height = background != null ? background.height() : gridHeight(all);
            List<String> grid = new ArrayList<>();
            if (background == null) {
                for (int i = 1; i < 6; i++) {
                    grid.add("M" + fmt(width * i / 6) + " 0V" + fmt(height));
                    grid.add("M0 " + fmt(height * i / 6) + "H" + fmt(width));
                }
            }
            String picture = background == null ? null : ground != null ? groundUrl : "media/" + background.file();
            return new MapBase(fmt(width), fmt(height), picture, List.copyOf(grid), width, height, projection, ground);
        }
    }

    @FunctionalInterface
    interface Projection {
        double[] project(double latitude, double longitude);
    }

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
        return SvgNumbers.oneDecimal(value);
    }
}
