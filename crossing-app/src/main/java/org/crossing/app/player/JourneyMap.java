package org.crossing.app.player;

import static org.crossing.app.player.SvgNumbers.oneDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The journey map of an ending page: the part of the story's map around the journey
 * ({@link MapFrame}), the route through its stops, where it crossed borders
 * ({@link BorderCrossings}), and the names at each of the two sizes the page shows the map at
 * ({@link MapLabels}). The share card draws the same part of the map ({@link #cardMap}).
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
    /**
     * Half the length of the bar that marks a border crossed, in dots: drawn over the stops, it
     * reaches well past the dots of a leg shorter than they are (Hyesan to Changbai, 3 km).
     */
    static final double BORDER_BAR = 3.2;

    private JourneyMap() {}

    /** The map for a journey's route, without its summary, its countries named as written; null when the story has no places ({@code base} null) or the journey passed none. */
    static Views.MapView map(MapBase base, Stops.Route route) {
        return map(base, route, UnaryOperator.identity());
    }

    /**
     * The map for a journey's route, without its summary, each country named as {@code countryName}
     * gives the picture's name (in the page's language); null when the story has no places or the
     * journey passed none.
     */
    static Views.MapView map(MapBase base, Stops.Route route, UnaryOperator<String> countryName) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = base.project(route);
        MapFrame frame = base.frame(at);
        double scale = frame.width() / NARROW_WIDTH;
        double dot = DOT_PX * scale;
        RouteLine thread = RouteLine.of(base, route, at, dot, countryName);
        List<double[]> corners = thread.corners();
        List<double[]> marks = thread.marks();
        List<Views.MapBorder> borders = thread.borders();
        BorderCrossings.Passage passage = thread.passage();
        List<MapLabels.Dot> dots = new ArrayList<>();
        for (int i : labelOrder(route)) dots.add(new MapLabels.Dot(route.stops().get(i).shortName(), at.get(i)[0], at.get(i)[1]));
        LabelBox box = frame.box();
        double narrowFont = NARROW_FONT_PX * scale;
        double wideFont = WIDE_FONT_PX * frame.width() / WIDE_WIDTH;
        Views.LabelSet narrow = labels(MapLabels.place(dots, marks, base.names(), base.countries(), countryName, narrowFont * 0.85, narrowFont, dot, box, corners), narrowFont);
        Views.LabelSet wide = labels(MapLabels.place(dots, marks, base.names(), base.countries(), countryName, wideFont * 0.85, wideFont, dot, box, corners), wideFont);
        int first = route.visits().get(0);
        int last = route.visits().get(route.visits().size() - 1);
        List<Views.MapStop> stops = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) stops.add(new Views.MapStop(oneDecimal(at.get(i)[0]), oneDecimal(at.get(i)[1]), i == first, i == last));
        List<String> names = route.stops().stream().map(Stops.Stop::shortName).toList();
        Views.MapCanvas canvas = new Views.MapCanvas(frame.viewBox(), base.width(), base.height(), base.background(), base.grid());
        Views.MapRoute drawn = new Views.MapRoute(thread.path(), oneDecimal(ROUTE_PX * scale), oneDecimal(dot), stops, List.copyOf(borders));
        Views.MapPassage words = new Views.MapPassage(String.join(", ", names), names, passage.countries().stream().map(countryName).toList(),
                passage.crossings().size());
        return new Views.MapView(canvas, drawn, narrow, wide, words, null);
    }

    /**
     * A route drawn on the map: its path through the stops in the order passed, its corners, the
     * bars where it crossed borders (each named "China → Laos" in the page's language), and the
     * same bars as marks that no name may cover ({@link MapLabels#markBoxes}).
     */
    record RouteLine(String path, List<double[]> corners, List<double[]> marks, List<Views.MapBorder> borders, BorderCrossings.Passage passage) {

        /** {@code at}: each stop's point; {@code dot}: a dot's radius in the map's units, which sizes the bars. */
        static RouteLine of(MapBase base, Stops.Route route, List<double[]> at, double dot, UnaryOperator<String> countryName) {
            List<double[]> corners = new ArrayList<>();
            List<String> visited = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            for (int visit : route.visits()) {
                double[] p = at.get(visit);
                corners.add(p);
                visited.add(route.stops().get(visit).written());
                path.append(path.length() == 0 ? "M" : "L").append(oneDecimal(p[0])).append(' ').append(oneDecimal(p[1]));
            }
            if (corners.size() == 1) path.append("h0.01"); // a route of one stop: a path that exists, drawn as its dot
            BorderCrossings.Passage passage = BorderCrossings.along(base.countries(), corners, visited);
            List<double[]> marks = new ArrayList<>();
            List<Views.MapBorder> borders = new ArrayList<>();
            for (BorderCrossings.Crossing c : passage.crossings()) {
                if (c.at() == null) continue;
                // A bar across the route: a mark that does not depend on colour.
                double nx = -c.direction()[1] * BORDER_BAR * dot;
                double ny = c.direction()[0] * BORDER_BAR * dot;
                // names keep clear of the whole bar: drawn over them, it would hide their letters ("Northern Lao")
                marks.add(new double[] {c.at()[0] - nx, c.at()[1] - ny, c.at()[0] + nx, c.at()[1] + ny});
                borders.add(new Views.MapBorder("M" + oneDecimal(c.at()[0] - nx) + " " + oneDecimal(c.at()[1] - ny) + "L" + oneDecimal(c.at()[0] + nx) + " " + oneDecimal(c.at()[1] + ny),
                        countryName.apply(c.from()) + " → " + countryName.apply(c.to())));
            }
            return new RouteLine(path.toString(), List.copyOf(corners), List.copyOf(marks), List.copyOf(borders), passage);
        }
    }

    /** The destination first, then the start, then the stops in the order first reached: who gets a name when room is short. */
    private static List<Integer> labelOrder(Stops.Route route) {
        List<Integer> order = new ArrayList<>();
        int last = route.visits().get(route.visits().size() - 1);
        int first = route.visits().get(0);
        order.add(last);
        if (first != last) order.add(first);
        for (int i = 0; i < route.stops().size(); i++) if (i != first && i != last) order.add(i);
        return order;
    }

    /** The route for the share card: the same part of the map as the ending page shows, the land under it, the stops. Null without places. */
    static ShareImage.CardMap cardMap(MapBase base, Stops.Route route, MapShapes land) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = base.project(route);
        MapFrame frame = base.frame(at);
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
        return new ShareImage.CardMap(base.background() == null ? null : land, frame.x(), frame.y(), frame.width(), frame.height(),
                List.copyOf(thread), List.copyOf(stops), route.first().shortName(), route.last().shortName());
    }

    static Views.LabelSet labels(List<PlacedLabel> placed, double font) {
        List<Views.MapLabel> labels = new ArrayList<>();
        for (PlacedLabel p : placed) {
            String leader = p.leader() == null ? null
                    : "M" + oneDecimal(p.leader()[0]) + " " + oneDecimal(p.leader()[1]) + "L" + oneDecimal(p.leader()[2]) + " " + oneDecimal(p.leader()[3]);
            labels.add(new Views.MapLabel(p.text(), oneDecimal(p.x()), oneDecimal(p.y()), p.anchor(), leader, p.country()));
        }
        return new Views.LabelSet(oneDecimal(font), oneDecimal(font * 0.85), oneDecimal(font * 0.08), labels);
    }
}
