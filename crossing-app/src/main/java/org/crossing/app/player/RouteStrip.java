package org.crossing.app.player;

import static org.crossing.app.player.SvgNumbers.oneDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The route so far as a small map for the scene page: the part of the story's map around the
 * journey so far ({@value #WIDTH}×{@value #HEIGHT} CSS pixels on a phone, wider on a screen),
 * with the land under it, the countries named in the page's language, the route, the bars where
 * it crossed borders and the stop where she is now, named. The view is never narrower than
 * {@link #MIN_SHARE} of the map: a journey still in Hyesan shows the Yalu with North Korea on one
 * side and China on the other, and the view widens as the route grows, so that every chapter's
 * strip differs from the last one's.
 */
final class RouteStrip {

    static final double WIDTH = 343;
    static final double HEIGHT = 110;
    /** The narrowest view, as a share of the map's width: on The Crossing's map about 5 degrees of longitude, 400 km. */
    static final double MIN_SHARE = 0.1;
    private static final double MARGIN = 0.12;
    /** Where she is, in CSS pixels on a phone; country names are drawn at 0.85 of it (JourneyMap's labels), 11 px. */
    static final double NAME_FONT_PX = 13;
    private static final double COUNTRY_FONT_PX = NAME_FONT_PX * 0.85;
    private static final double DOT_PX = 3.5;
    private static final double ROUTE_PX = 2.5;

    private RouteStrip() {}

    /**
     * The strip for a journey's route so far, countries named as {@code countryName} gives the
     * picture's name; null when the story has no places or the journey has passed none yet.
     */
    static Views.MapStrip of(MapBase base, Stops.Route route, String label, UnaryOperator<String> countryName) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = base.project(route);
        // Without a picture under it, the strip runs the whole map's width.
        double minShare = base.background() == null ? 1 : MIN_SHARE;
        double margin = base.background() == null ? 0 : MARGIN;
        MapFrame frame = MapFrame.around(base.widthValue(), base.heightValue(), latest(at, route.visits(), base, minShare, margin),
                HEIGHT / WIDTH, minShare, margin);
        double scale = frame.width() / WIDTH;
        double dot = DOT_PX * scale;
        JourneyMap.RouteLine line = JourneyMap.RouteLine.of(base, route, at, dot, countryName);
        int first = route.visits().get(0);
        int last = route.visits().get(route.visits().size() - 1);
        List<Views.MapStop> stops = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) stops.add(new Views.MapStop(oneDecimal(at.get(i)[0]), oneDecimal(at.get(i)[1]), i == first, i == last));
        // Only where she is now is named on the map: the strip is small, the label under it says the rest.
        List<MapLabels.Dot> here = List.of(new MapLabels.Dot(route.last().shortName(), at.get(last)[0], at.get(last)[1]));
        double font = NAME_FONT_PX * scale;
        List<PlacedLabel> placed = MapLabels.place(here, line.marks(), base.names(), base.countries(), countryName,
                COUNTRY_FONT_PX * scale, font, dot, frame.box(), line.corners());
        Views.LabelSet names = JourneyMap.labels(placed, font);
        return new Views.MapStrip(frame.viewBox(), base.width(), base.height(), base.background(), line.path(), stops, label,
                oneDecimal(ROUTE_PX * scale), oneDecimal(dot), line.borders(), names);
    }

    /**
     * The stops the view is framed around: where she is now and those before it, back as far as
     * the flat strip can show them all. A route that runs a long way north to south (Hyesan to
     * Bangkok) does not fit it whole, and a view around all of it would leave where she is now
     * outside, cut off at the map's edge; the strip shows the latest part of the way instead.
     */
    private static List<double[]> latest(List<double[]> at, List<Integer> visits, MapBase base, double minShare, double margin) {
        double aspect = HEIGHT / WIDTH;
        double widest = Math.min(base.widthValue(), base.heightValue() / aspect);
        List<double[]> kept = new ArrayList<>();
        for (int v = visits.size() - 1; v >= 0; v--) {
            double[] point = at.get(visits.get(v));
            kept.add(point);
            if (kept.size() > 1 && MapFrame.widthAround(base.widthValue(), MapFrame.extent(kept), aspect, minShare, margin) > widest) {
                kept.remove(kept.size() - 1);
                break;
            }
        }
        return kept;
    }
}
