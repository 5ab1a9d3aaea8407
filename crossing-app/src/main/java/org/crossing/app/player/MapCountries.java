package org.crossing.app.player;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries of a story's map picture: each {@code <path>} that the picture names with a
 * {@code <title>} child, as map makers write them ({@code <path d="…"><title>China</title></path>}),
 * as an outline in the picture's units. The journey map finds with them which country a stop is
 * in, where the route crosses a border, and where a country's name fits on its land. A picture
 * that names none of its paths has no countries: the map then works as before, without them.
 */
final class MapCountries {

    private static final Pattern NAMED_PATH = Pattern.compile("<path\\b([^>]*)>\\s*<title>([^<]+)</title>\\s*</path>");
    private static final Pattern D = Pattern.compile("\\sd\\s*=\\s*\"([^\"]*)\"");
    /** How far from a stop to look for land when the stop itself is on none (on a border river, on the coast), in map units. */
    private static final double[] NEAR = {1, 2, 4, 7};

    /** A country: its name as the picture gives it, its outline (islands and holes included) and the outline's bounds. */
    record Country(String name, Path2D.Double outline, Rectangle2D bounds) {}

    static final MapCountries NONE = new MapCountries(List.of());

    private final List<Country> countries;

    MapCountries(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    List<Country> all() {
        return countries;
    }

    /** The named outlines of {@code svg}; a path with curves or a name given twice is left out (the first one counts). */
    static MapCountries of(String svg) {
        List<Country> countries = new ArrayList<>();
        Matcher path = NAMED_PATH.matcher(svg);
        while (path.find()) {
            String name = SvgReading.unescape(path.group(2)).strip();
            Matcher d = D.matcher(" " + path.group(1));
            if (name.isEmpty() || !d.find()) continue;
            Path2D.Double parsed = SvgReading.outline(d.group(1));
            if (parsed == null || countries.stream().anyMatch(c -> c.name().equals(name))) continue;
            // Even-odd: a ring inside another is a hole (a lake, an enclave), whichever way it runs.
            Path2D.Double outline = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            outline.append(parsed, false);
            countries.add(new Country(name, outline, outline.getBounds2D()));
        }
        return new MapCountries(countries);
    }

    /** The country named {@code name}, or null. */
    Country named(String name) {
        for (Country c : countries) if (c.name().equals(name)) return c;
        return null;
    }

    /** The country the point is in, or null at sea. */
    Country at(double x, double y) {
        for (Country c : countries) if (c.bounds().contains(x, y) && c.outline().contains(x, y)) return c;
        return null;
    }

    /**
     * The country a stop is in: the one under it, else the nearest within a few units (a stop on
     * a border river or a harbour is drawn on the water between outlines); null when none is near.
     */
    Country around(double x, double y) {
        Country here = at(x, y);
        if (here != null) return here;
        for (double r : NEAR) {
            for (int angle = 0; angle < 360; angle += 45) {
                Country near = at(x + r * Math.cos(Math.toRadians(angle)), y + r * Math.sin(Math.toRadians(angle)));
                if (near != null) return near;
            }
        }
        return null;
    }
}
