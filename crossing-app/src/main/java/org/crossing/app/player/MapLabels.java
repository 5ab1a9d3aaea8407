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
 * <p>Sizes are in the map's units. Letter widths are estimated ({@value #LETTER_WIDTH} of the font
 * size on average, a little wider than system sans-serif fonts' lower case; {@value #WIDE_LETTER_WIDTH}
 * for Hangul and Han), so boxes err large.
 */
final class MapLabels {

    static final double LETTER_WIDTH = 0.66;
    /** A Hangul syllable or a Han character: a full em, and a little more for a bold face. */
    static final double WIDE_LETTER_WIDTH = 1.02;
    /** Country names are letter-spaced capitals: this much wider than a name's estimate. */
    static final double CAPITALS = 1.3;
    /** How far out a name may go, in font sizes from its dot. */
    private static final double[] RADII = {0.5, 1.2, 2.2, 3.4, 4.8, 6.5, 8.5, 11};
    /** Directions tried at each distance, in degrees clockwise from east (y grows downwards). */
    private static final int[] ANGLES = {0, 180, -35, 35, 145, -145, -90, 90, -60, 60, -120, 120};

    private MapLabels() {}

    /** A box in the map's units. */
    record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }

        double overlap(Box o) {
            double w = Math.min(right, o.right) - Math.max(left, o.left);
            double h = Math.min(bottom, o.bottom) - Math.max(top, o.top);
            return w > 0 && h > 0 ? w * h : 0;
        }

        boolean within(Box o) {
            return left >= o.left && right <= o.right && top >= o.top && bottom <= o.bottom;
        }

        Box grown(double by) {
            return new Box(left - by, top - by, right + by, bottom + by);
        }
    }

    /** A placed name: its text's anchor point and anchoring, its box, and the leader line from its dot (null when beside it). */
    record Placed(String text, double x, double y, String anchor, Box box, double[] leader, boolean country) {}

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
    static List<Placed> place(List<Dot> dots, List<double[]> marks, List<MapGround.Name> countries, MapCountries outlines, double countryFont,
                              double font, double dotRadius, Box view, List<double[]> route) {
        return place(dots, marks, countries, outlines, UnaryOperator.identity(), countryFont, font, dotRadius, view, route);
    }

    /** As {@link #place(List, List, List, MapCountries, double, double, double, Box, List)}, each country named as {@code shown} gives the picture's name. */
    static List<Placed> place(List<Dot> dots, List<double[]> marks, List<MapGround.Name> countries, MapCountries outlines,
                              UnaryOperator<String> shown, double countryFont, double font, double dotRadius, Box view, List<double[]> route) {
        List<Box> taken = new ArrayList<>();
        for (Dot d : dots) taken.add(new Box(d.x - dotRadius, d.y - dotRadius, d.x + dotRadius, d.y + dotRadius).grown(font * 0.15));
        for (double[] m : marks) taken.addAll(markBoxes(m, dotRadius, font * 0.15));
        Box inside = view.grown(-font * 0.3);
        List<Placed> placed = new ArrayList<>();
        for (Dot dot : dots) {
            Placed best = null;
            double bestCost = Double.MAX_VALUE;
            search:
            for (double radius : RADII) {
                for (int angle : ANGLES) {
                    Placed candidate = candidate(dot, radius * font, angle, font, dotRadius, inside);
                    if (!candidate.box.within(inside)) continue;
                    double cost = 0;
                    for (Box box : taken) cost += candidate.box.overlap(box.grown(font * 0.12));
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
            taken.add(best.box);
        }
        for (MapGround.Name country : countries) {
            MapCountries.Country land = outlines.named(country.text());
            String text = shown.apply(country.text());
            Placed name = land != null ? CountryLabels.place(land, text, countryFont, inside, taken, route)
                    : country(country, text, countryFont, inside);
            if (name == null) continue;
            boolean free = true;
            for (Box box : taken) free &= !name.box.overlaps(box);
            if (!free) continue;
            placed.add(name);
            taken.add(name.box);
        }
        return placed;
    }

    /**
     * What a mark covers, as boxes: a point ({x, y}) a dot's box; a bar ({x1, y1, x2, y2}, where a
     * border was crossed) a row of dot-sized boxes along it, so that a name beside a slanted bar
     * may come close to it but never under it.
     */
    static List<Box> markBoxes(double[] mark, double dotRadius, double margin) {
        List<Box> boxes = new ArrayList<>();
        double x2 = mark.length >= 4 ? mark[2] : mark[0];
        double y2 = mark.length >= 4 ? mark[3] : mark[1];
        int steps = (int) Math.ceil(Math.hypot(x2 - mark[0], y2 - mark[1]) / dotRadius);
        for (int i = 0; i <= steps; i++) {
            double x = mark[0] + (steps == 0 ? 0 : (x2 - mark[0]) * i / steps);
            double y = mark[1] + (steps == 0 ? 0 : (y2 - mark[1]) * i / steps);
            boxes.add(new Box(x - dotRadius, y - dotRadius, x + dotRadius, y + dotRadius).grown(margin));
        }
        return boxes;
    }

    static double width(String text, double font) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += wide(c) ? WIDE_LETTER_WIDTH : LETTER_WIDTH;
            i += Character.charCount(c);
        }
        return width * font;
    }

    /** Whether a letter is of a script written a full em wide (Hangul, Han, kana): "중국 창바이" is half again as wide as six Latin letters. */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A name {@code distance} from its dot's edge in the direction {@code angle}; a name that
     * would run over the view's edge is moved inside it (a long name near the edge), with a leader
     * line back to its dot.
     */
    private static Placed candidate(Dot dot, double distance, int angle, double font, double dotRadius, Box inside) {
        double rad = Math.toRadians(angle);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double reach = dotRadius + distance;
        double px = dot.x + reach * cos;
        double py = dot.y + reach * sin;
        double w = width(dot.name, font);
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
        double movedLeft = Math.max(inside.left, Math.min(left, inside.right - w));
        double movedTop = Math.max(inside.top, Math.min(top, inside.bottom - h));
        boolean moved = Math.abs(movedLeft - left) > 1e-9 || Math.abs(movedTop - top) > 1e-9;
        left = movedLeft;
        top = movedTop;
        Box box = new Box(left, top, left + w, top + h);
        double x = anchor.equals("start") ? left : anchor.equals("end") ? left + w : left + w / 2;
        double y = top + h / 2 + font * 0.35;
        double[] leader = distance > font * 0.9 || moved ? leader(dot, dotRadius, box) : null;
        return new Placed(dot.name, x, y, anchor, box, leader, false);
    }

    /** From the dot's edge to the nearest point of the name's box. */
    private static double[] leader(Dot dot, double dotRadius, Box box) {
        double tx = Math.max(box.left, Math.min(dot.x, box.right));
        double ty = Math.max(box.top, Math.min(dot.y, box.bottom));
        double dx = tx - dot.x;
        double dy = ty - dot.y;
        double length = Math.hypot(dx, dy);
        if (length == 0) return null;
        return new double[] {dot.x + dx / length * dotRadius, dot.y + dy / length * dotRadius, tx, ty};
    }

    /** How many of the route's legs cross the name's box. */
    private static double crossings(Placed name, List<double[]> route) {
        int count = 0;
        for (int i = 1; i < route.size(); i++) if (crosses(route.get(i - 1), route.get(i), name.box)) count++;
        return count;
    }

    /** Whether any of the route's legs crosses the box. */
    static boolean crossesRoute(Box box, List<double[]> route) {
        for (int i = 1; i < route.size(); i++) if (crosses(route.get(i - 1), route.get(i), box)) return true;
        return false;
    }

    /** Whether the segment from a to b passes through the box (exactly: a leg from Ulaanbaatar to Incheon is long next to a name). */
    private static boolean crosses(double[] a, double[] b, Box box) {
        return new java.awt.geom.Rectangle2D.Double(box.left, box.top, box.right - box.left, box.bottom - box.top).intersectsLine(a[0], a[1], b[0], b[1]);
    }

    /** A country's name where the picture put it, moved inside the view if it runs over the edge; null when it stands outside. */
    private static Placed country(MapGround.Name name, String shown, double font, Box inside) {
        if (name.x() < inside.left || name.x() > inside.right || name.y() < inside.top || name.y() > inside.bottom) return null;
        String text = shown.toUpperCase(java.util.Locale.ROOT);
        double w = width(text, font) * CAPITALS;
        double h = font * 1.2;
        if (w > inside.right - inside.left) return null;
        double left = switch (name.anchor()) {
            case "middle" -> name.x() - w / 2;
            case "end" -> name.x() - w;
            default -> name.x();
        };
        left = Math.max(inside.left, Math.min(left, inside.right - w));
        double top = Math.max(inside.top, Math.min(name.y() - h * 0.75, inside.bottom - h));
        Box box = new Box(left, top, left + w, top + h);
        return new Placed(text, left + w / 2, top + h / 2 + font * 0.35, "middle", box, null, true);
    }
}
