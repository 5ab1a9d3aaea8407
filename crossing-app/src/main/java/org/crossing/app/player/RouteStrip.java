package org.crossing.app.player;

import static org.crossing.app.player.SvgNumbers.oneDecimal;

import java.util.ArrayList;
import java.util.List;

/**
 * The route so far as a thread for the scene page's strip: the stops' positions fitted into a
 * {@value #WIDTH}×{@value #HEIGHT} box in CSS pixels (north up, the map's proportions kept), the
 * current stop last.
 */
final class RouteStrip {

    static final double WIDTH = 120;
    static final double HEIGHT = 36;
    private static final double PAD = 5;

    private RouteStrip() {}

    /** The strip for a journey's route so far; null when the story has no places or the journey has passed none yet. */
    static Views.MapStrip of(MapBase base, Stops.Route route, String label) {
        if (base == null || route.isEmpty()) return null;
        List<double[]> at = base.project(route);
        double[] extent = MapFrame.extent(at);
        double west = extent[0], north = extent[1], east = extent[2], south = extent[3];
        double innerWidth = WIDTH - 2 * PAD;
        double innerHeight = HEIGHT - 2 * PAD;
        // At most as close as a tenth of the map's width across the strip: one stop, or stops a street apart, stay a dot.
        double scale = Math.min(innerWidth / Math.max(east - west, base.widthValue() / 10),
                innerHeight / Math.max(south - north, base.widthValue() / 10 * innerHeight / innerWidth));
        double offsetX = WIDTH / 2 - (west + east) / 2 * scale;
        double offsetY = HEIGHT / 2 - (north + south) / 2 * scale;
        StringBuilder path = new StringBuilder();
        for (int visit : route.visits()) {
            double[] p = at.get(visit);
            path.append(path.length() == 0 ? "M" : "L").append(oneDecimal(p[0] * scale + offsetX)).append(' ').append(oneDecimal(p[1] * scale + offsetY));
        }
        if (route.visits().size() == 1) path.append("h0.01");
        List<Views.MapStop> stops = new ArrayList<>();
        int first = route.visits().get(0);
        int last = route.visits().get(route.visits().size() - 1);
        for (int i = 0; i < at.size(); i++) {
            stops.add(new Views.MapStop(oneDecimal(at.get(i)[0] * scale + offsetX), oneDecimal(at.get(i)[1] * scale + offsetY), i == first, i == last));
        }
        return new Views.MapStrip("0 0 " + oneDecimal(WIDTH) + " " + oneDecimal(HEIGHT), path.toString(), stops, label);
    }
}
