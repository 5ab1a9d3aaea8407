package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a country's name goes on the journey map: on the country's own land, inside the part of
 * it the map shows, clear of the stops and their names. The spots tried are a grid over the
 * country's visible part; the name's box must lie wholly on the country's outline. Of the spots
 * that fit, one the route does not cross wins (a name is never under the route when it can be
 * elsewhere), then the one with the most land around the name, then the one nearest the middle of the country's visible land. A narrow country (Laos, seen
 * whole) whose name fits nowhere wholly on its land has it where at least the name's middle line
 * is on its land. A country too little of which is in view to hold its name gets none.
 */
final class CountryLabels {

    /** At most this many spots across the view, each way: enough to find room, few enough for a page. */
    private static final int GRID = 28;
    /** The land kept around a name, in the name's heights, best first. */
    private static final double[] CLEARANCE = {1.0, 0.5, 0.15};
    /** The level of a name not wholly on land, its middle line on it: the last resort. */
    private static final int MIDDLE_LINE = CLEARANCE.length + 1;

    private CountryLabels() {}

    /**
     * The name of {@code country} in capitals {@code font} high, within {@code inside}, over no box
     * of {@code taken}; null when it fits nowhere on the country's land in view.
     */
    static PlacedLabel place(MapCountries.Country country, String name, double font, LabelBox inside,
                                  List<LabelBox> taken, List<double[]> route) {
        String text = name.toUpperCase(Locale.ROOT);
        double w = LabelText.width(text, font) * LabelText.CAPITALS;
        double h = font * 1.2;
        double left = Math.max(inside.left(), country.bounds().getMinX());
        double right = Math.min(inside.right(), country.bounds().getMaxX()) - w;
        double top = Math.max(inside.top(), country.bounds().getMinY());
        double bottom = Math.min(inside.bottom(), country.bounds().getMaxY()) - h;
        if (right < left || bottom < top) return null;
        double step = Math.max(h / 2, Math.max(inside.right() - inside.left(), inside.bottom() - inside.top()) / GRID);
        List<Spot> fits = new ArrayList<>();
        for (double y = top; y <= bottom + 1e-9; y += step) {
            for (double x = left; x <= right + 1e-9; x += step) {
                LabelBox box = new LabelBox(x, y, x + w, y + h);
                if (overlapsAny(box, taken)) continue;
                if (!country.outline().contains(x, y, w, h)) {
                    if (middleLineOnLand(country, box)) fits.add(new Spot(box, MIDDLE_LINE, box.crossesRoute(route)));
                    continue;
                }
                int level = CLEARANCE.length;
                for (int i = 0; i < CLEARANCE.length && level == CLEARANCE.length; i++) {
                    LabelBox room = box.grown(CLEARANCE[i] * h);
                    if (room.within(inside) && country.outline().contains(room.left(), room.top(), room.right() - room.left(), room.bottom() - room.top())) {
                        level = i;
                    }
                }
                fits.add(new Spot(box, level, box.crossesRoute(route)));
            }
        }
        if (fits.isEmpty()) return null;
        double middleX = fits.stream().mapToDouble(s -> (s.box.left() + s.box.right()) / 2).average().orElseThrow();
        double middleY = fits.stream().mapToDouble(s -> (s.box.top() + s.box.bottom()) / 2).average().orElseThrow();
        Spot best = null;
        for (Spot s : fits) {
            if (best == null || s.better(best, middleX, middleY)) best = s;
        }
        LabelBox box = best.box;
        return new PlacedLabel(text, (box.left() + box.right()) / 2, box.top() + h / 2 + font * 0.35, "middle", box, null, true);
    }

    /** Whether the line through the name's middle, from end to end, lies on the country's land (sampled at nine points). */
    private static boolean middleLineOnLand(MapCountries.Country country, LabelBox box) {
        double y = (box.top() + box.bottom()) / 2;
        for (int i = 0; i <= 8; i++) {
            if (!country.outline().contains(box.left() + (box.right() - box.left()) * i / 8, y)) return false;
        }
        return true;
    }

    private static boolean overlapsAny(LabelBox box, List<LabelBox> taken) {
        for (LabelBox t : taken) if (box.overlaps(t)) return true;
        return false;
    }

    /** A place the name fits: how much land is around it (0 the most), whether the route crosses it. */
    private record Spot(LabelBox box, int clearance, boolean crossed) {
        boolean better(Spot o, double middleX, double middleY) {
            if (crossed != o.crossed) return !crossed;
            if (clearance != o.clearance) return clearance < o.clearance;
            return distance(middleX, middleY) < o.distance(middleX, middleY) - 1e-9;
        }

        double distance(double x, double y) {
            return Math.hypot((box.left() + box.right()) / 2 - x, (box.top() + box.bottom()) / 2 - y);
        }
    }
}
