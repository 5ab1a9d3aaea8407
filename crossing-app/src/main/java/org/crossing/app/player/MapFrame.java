package org.crossing.app.player;

import static org.crossing.app.player.SvgNumbers.oneDecimal;

import java.util.List;

/**
 * The part of a map a journey is shown in, in the map's units and with the map's proportions
 * (the page keeps one height for every journey): around the journey's stops with room on every
 * side for their names, and never closer than {@link #MIN_SHARE} of the map across, so that a
 * journey of one or two stops (caught on the road out of Hyesan) still shows the border, the
 * neighbouring country and the sea that place it, rather than a dot on the whole region or a
 * street map. Inside the map: a frame that would run past its edge is moved back in.
 */
record MapFrame(double x, double y, double width, double height) {

    /** The narrowest frame, as a share of the map's width: on The Crossing's map about 8.7 degrees of longitude. */
    static final double MIN_SHARE = 1 / 6.0;
    /** Room around the stops, on each side, as a share of the frame: names go beside, above or below their dots. */
    static final double MARGIN = 0.2;

    static MapFrame whole(double mapWidth, double mapHeight) {
        return new MapFrame(0, 0, mapWidth, mapHeight);
    }

    /** The frame around {@code points} ({x, y} each, at least one) on a map of this size. */
    static MapFrame around(double mapWidth, double mapHeight, List<double[]> points) {
        return around(mapWidth, mapHeight, points, mapHeight / mapWidth, MIN_SHARE, MARGIN);
    }

    /**
     * The frame around {@code points}, {@code aspect} (height to width) of the map's shape, at least
     * {@code minShare} of the map across, {@code margin} of it kept clear on each side; the whole
     * map's width at most (a frame flatter than the map is then moved up and down it).
     */
    static MapFrame around(double mapWidth, double mapHeight, List<double[]> points, double aspect, double minShare, double margin) {
        double[] extent = extent(points);
        double west = extent[0], north = extent[1], east = extent[2], south = extent[3];
        double width = widthAround(mapWidth, extent, aspect, minShare, margin);
        if (width >= mapWidth && aspect == mapHeight / mapWidth) return whole(mapWidth, mapHeight);
        width = Math.min(width, Math.min(mapWidth, mapHeight / aspect));
        double height = width * aspect;
        double x = clamp((west + east) / 2 - width / 2, 0, mapWidth - width);
        double y = clamp((north + south) / 2 - height / 2, 0, mapHeight - height);
        return new MapFrame(x, y, width, height);
    }

    /**
     * How wide a frame of {@code aspect} must be to hold the box {@code extent} ({@link #extent})
     * with {@code margin} clear on each side, and at least {@code minShare} of the map across;
     * before it is held to the map's size.
     */
    static double widthAround(double mapWidth, double[] extent, double aspect, double minShare, double margin) {
        double room = 1 - 2 * margin;
        return Math.max(mapWidth * minShare, Math.max((extent[2] - extent[0]) / room, (extent[3] - extent[1]) / room / aspect));
    }

    /** The smallest box around {@code points} (at least one): west, north, east, south (x, y, x, y). */
    static double[] extent(List<double[]> points) {
        double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = Double.MAX_VALUE, south = -Double.MAX_VALUE;
        for (double[] p : points) {
            west = Math.min(west, p[0]);
            east = Math.max(east, p[0]);
            north = Math.min(north, p[1]);
            south = Math.max(south, p[1]);
        }
        return new double[] {west, north, east, south};
    }

    /** The frame as an SVG viewBox; "0 0 …" at the map's corner, as the whole map has always been written. */
    String viewBox() {
        String corner = x == 0 && y == 0 ? "0 0" : oneDecimal(x) + " " + oneDecimal(y);
        return corner + " " + oneDecimal(width) + " " + oneDecimal(height);
    }

    LabelBox box() {
        return new LabelBox(x, y, x + width, y + height);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
