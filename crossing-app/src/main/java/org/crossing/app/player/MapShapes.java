package org.crossing.app.player;

import java.awt.geom.Path2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The land of a story's map picture as Java2D shapes, for the share card, which is drawn on the
 * server: the picture's {@code <path>} outlines made of straight lines (M, L, H, V, Z, as map
 * generators write them). A path with curves is left out: the card's map is a backdrop.
 */
final class MapShapes {

    private static final Pattern PATH = Pattern.compile("<path\\b[^>]*\\sd=\"([^\"]*)\"");

    private final List<Path2D.Double> outlines;

    private MapShapes(List<Path2D.Double> outlines) {
        this.outlines = outlines;
    }

    List<Path2D.Double> outlines() {
        return outlines;
    }

    static MapShapes of(MapGround ground) {
        if (ground == null) return null;
        List<Path2D.Double> outlines = new ArrayList<>();
        Matcher path = PATH.matcher(new String(ground.svg(), StandardCharsets.UTF_8));
        while (path.find()) {
            Path2D.Double shape = SvgReading.outline(path.group(1));
            if (shape != null) outlines.add(shape);
        }
        return new MapShapes(List.copyOf(outlines));
    }
}
