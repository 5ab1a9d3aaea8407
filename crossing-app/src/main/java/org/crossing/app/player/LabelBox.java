package org.crossing.app.player;

import java.util.List;

/** The room a name takes on the journey map, or a part of the map kept free of names, in the map's units. */
record LabelBox(double left, double top, double right, double bottom) {

    boolean overlaps(LabelBox o) {
        return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
    }

    double overlap(LabelBox o) {
        double w = Math.min(right, o.right) - Math.max(left, o.left);
        double h = Math.min(bottom, o.bottom) - Math.max(top, o.top);
        return w > 0 && h > 0 ? w * h : 0;
    }

    boolean within(LabelBox o) {
        return left >= o.left && right <= o.right && top >= o.top && bottom <= o.bottom;
    }

    LabelBox grown(double by) {
        return new LabelBox(left - by, top - by, right + by, bottom + by);
    }

    /** Whether any of the route's legs crosses the box. */
    boolean crossesRoute(List<double[]> route) {
        for (int i = 1; i < route.size(); i++) if (crossedBy(route.get(i - 1), route.get(i))) return true;
        return false;
    }

    /** Whether the segment from a to b passes through the box (exactly: a leg from Ulaanbaatar to Incheon is long next to a name). */
    boolean crossedBy(double[] a, double[] b) {
        return new java.awt.geom.Rectangle2D.Double(left, top, right - left, bottom - top).intersectsLine(a[0], a[1], b[0], b[1]);
    }
}
