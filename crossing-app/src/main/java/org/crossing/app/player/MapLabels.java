package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the journey map's names go, for one size of the map on the page: stops' names, none over
 * another or over a stop's dot, all inside the view. A name goes beside its dot if there is room,
 * else further out, with a leader line back to the dot; the destination is placed first, then the
 * start, then the stops in order. A stop's name that finds no free place is left out of the
 * picture (the page lists every stop in words below the map); the destination's never is.
 * Country names are placed last, on their own land ({@link CountryLabels}) when the picture
 * outlines the country, else where the picture put them, moved inside the view.
 *
 * <p>Sizes are in the map's units; names' widths are estimated ({@link LabelText}).
 */
final class MapLabels {

    /** How far out a name may go, in font sizes from its dot. */
    private static final double[] RADII = {0.5, 1.2, 2.2, 3.4, 4.8, 6.5, 8.5, 11};
    /** Directions tried at each distance, in degrees clockwise from east (y grows downwards). */
    private static final int[] ANGLES = {0, 180, -35, 35, 145, -145, -90, 90, -60, 60, -120, 120};

    private MapLabels() {}

    /** A dot to label, at (x, y). */
    record Dot(String name, double x, double y) {}

    /**
     * Names for {@code dots} (in the order given here: put the most important first) and then for
     * {@code countries}, with letters {@code font} high, inside {@code view}. {@code dotRadius} is
     * what the dots cover; {@code route} the route's corners, which a name crosses only when no free
     * place anywhere around its dot is clear of it; {@code marks} other things drawn over the map
     * that no name may be under: points as big as a dot, or bars where borders were crossed
     * ({@link #markBoxes}); {@code outlines} the countries' land, where their names go.
     */
    static List<PlacedLabel> place(List<Dot> dots, List<double[]> marks, List<MapGround.Name> countries, MapCountries outlines, double countryFont,
                              double font, double dotRadius, LabelBox view, List<double[]> route) {
        return place(dots, marks, countries, outlines, UnaryOperator.identity(), countryFont, font, dotRadius, view, route);
    }

    /** As {@link #place(List, List, List, MapCountries, double, double, double, LabelBox, List)}, each country named as {@code shown} gives the picture's name. */
    static List<PlacedLabel> place(List<Dot> dots, List<double[]> marks, List<MapGround.Name> countries, MapCountries outlines,
                              UnaryOperator<String> shown, double countryFont, double font, double dotRadius, LabelBox view, List<double[]> route) {
        List<LabelBox> taken = new ArrayList<>();
        for (Dot d : dots) taken.add(new LabelBox(d.x - dotRadius, d.y - dotRadius, d.x + dotRadius, d.y + dotRadius).grown(font * 0.15));
        for (double[] m : marks) taken.addAll(markBoxes(m, dotRadius, font * 0.15));
        LabelBox inside = view.grown(-font * 0.3);
        List<PlacedLabel> placed = new ArrayList<>();
        for (Dot dot : dots) {
            PlacedLabel best = null;
            double bestCost = Double.MAX_VALUE;
            search:
            for (double radius : RADII) {
                for (int angle : ANGLES) {
                    PlacedLabel candidate = candidate(dot, radius * font, angle, font, dotRadius, inside);
                    if (!candidate.box().within(inside)) continue;
                    double cost = 0;
                    for (LabelBox box : taken) cost += candidate.box().overlap(box.grown(font * 0.12));
                    if (cost == 0) {
                        // Free and clear of the route: the nearest such place is the name's.
                        double crossing = crossings(candidate, route);
                        if (crossing == 0) {
                            best = candidate;
                            bestCost = 0;
                            break search;
                        }
                        // Crossed by the route: kept only if no free place anywhere further out is clear of it.
                        cost = 1 + crossing + radius * 1e-3;
                    } else {
                        cost += 1e6;
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = candidate;
                    }
                }
            }
            boolean first = placed.isEmpty();
            if (best == null || bestCost >= 1e6) {
                if (!first) continue; // no free place: the name is in the list under the map
                if (best == null) best = candidate(dot, RADII[0] * font, 0, font, dotRadius, inside); // a view too small for its name
            }
            placed.add(best);
            taken.add(best.box());
        }
        for (MapGround.Name country : countries) {
            MapCountries.Country land = outlines.named(country.text());
            String text = shown.apply(country.text());
            PlacedLabel name = land != null ? CountryLabels.place(land, text, countryFont, inside, taken, route)
                    : country(country, text, countryFont, inside);
            if (name == null) continue;
            boolean free = true;
            for (LabelBox box : taken) free &= !name.box().overlaps(box);
            if (!free) continue;
            placed.add(name);
            taken.add(name.box());
        }
        return placed;
    }

    /**
     * What a mark covers, as boxes: a point ({x, y}) a dot's box; a bar ({x1, y1, x2, y2}, where a
     * border was crossed) a row of dot-sized boxes along it, so that a name beside a slanted bar
     * may come close to it but never under it.
     */
    static List<LabelBox> markBoxes(double[] mark, double dotRadius, double margin) {
        List<LabelBox> boxes = new ArrayList<>();
        double x2 = mark.length >= 4 ? mark[2] : mark[0];
        double y2 = mark.length >= 4 ? mark[3] : mark[1];
        int steps = (int) Math.ceil(Math.hypot(x2 - mark[0], y2 - mark[1]) / dotRadius);
        for (int i = 0; i <= steps; i++) {
            double x = mark[0] + (steps == 0 ? 0 : (x2 - mark[0]) * i / steps);
            double y = mark[1] + (steps == 0 ? 0 : (y2 - mark[1]) * i / steps);
            boxes.add(new LabelBox(x - dotRadius, y - dotRadius, x + dotRadius, y + dotRadius).grown(margin));
        }
        return boxes;
    }

    /**
     * A name {@code distance} from its dot's edge in the direction {@code angle}; a name that
     * would run over the view's edge is moved inside it (a long name near the edge), with a leader
     * line back to its dot.
     */
    private static PlacedLabel candidate(Dot dot, double distance, int angle, double font, double dotRadius, LabelBox inside) {
        double rad = Math.toRadians(angle);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double reach = dotRadius + distance;
        double px = dot.x + reach * cos;
        double py = dot.y + reach * sin;
        double w = LabelText.width(dot.name, font);
        double h = font * 1.2;
        String anchor;
        double left;
        double top;
        if (cos > 0.3) {
            anchor = "start";
            left = px;
        } else if (cos < -0.3) {
            anchor = "end";
            left = px - w;
        } else {
            anchor = "middle";
            left = px - w / 2;
        }
        if (sin > 0.5) top = py;
        else if (sin < -0.5) top = py - h;
        else top = py - h / 2;
        double movedLeft = Math.max(inside.left(), Math.min(left, inside.right() - w));
        double movedTop = Math.max(inside.top(), Math.min(top, inside.bottom() - h));
        boolean moved = Math.abs(movedLeft - left) > 1e-9 || Math.abs(movedTop - top) > 1e-9;
        left = movedLeft;
        top = movedTop;
        LabelBox box = new LabelBox(left, top, left + w, top + h);
        double x = anchor.equals("start") ? left : anchor.equals("end") ? left + w : left + w / 2;
        double y = top + h / 2 + font * 0.35;
        double[] leader = distance > font * 0.9 || moved ? leader(dot, dotRadius, box) : null;
        return new PlacedLabel(dot.name, x, y, anchor, box, leader, false);
    }

    /** From the dot's edge to the nearest point of the name's box. */
    private static double[] leader(Dot dot, double dotRadius, LabelBox box) {
        double tx = Math.max(box.left(), Math.min(dot.x, box.right()));
        double ty = Math.max(box.top(), Math.min(dot.y, box.bottom()));
        double dx = tx - dot.x;
        double dy = ty - dot.y;
        double length = Math.hypot(dx, dy);
        if (length == 0) return null;
        return new double[] {dot.x + dx / length * dotRadius, dot.y + dy / length * dotRadius, tx, ty};
    }

    /** How many of the route's legs cross the name's box. */
    private static double crossings(PlacedLabel name, List<double[]> route) {
        int count = 0;
        for (int i = 1; i < route.size(); i++) if (name.box().crossedBy(route.get(i - 1), route.get(i))) count++;
        return count;
    }

    /** A country's name where the picture put it, moved inside the view if it runs over the edge; null when it stands outside. */
    private static PlacedLabel country(MapGround.Name name, String shown, double font, LabelBox inside) {
        if (name.x() < inside.left() || name.x() > inside.right() || name.y() < inside.top() || name.y() > inside.bottom()) return null;
        String text = shown.toUpperCase(java.util.Locale.ROOT);
        double w = LabelText.width(text, font) * LabelText.CAPITALS;
        double h = font * 1.2;
        if (w > inside.right() - inside.left()) return null;
        double left = switch (name.anchor()) {
            case "middle" -> name.x() - w / 2;
            case "end" -> name.x() - w;
            default -> name.x();
        };
        left = Math.max(inside.left(), Math.min(left, inside.right() - w));
        double top = Math.max(inside.top(), Math.min(name.y() - h * 0.75, inside.bottom() - h));
        LabelBox box = new LabelBox(left, top, left + w, top + h);
        return new PlacedLabel(text, left + w / 2, top + h / 2 + font * 0.35, "middle", box, null, true);
    }
}
