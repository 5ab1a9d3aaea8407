package org.crossing.app.player;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A story's map picture as the journey map draws on it: the picture without its words, and the
 * words (country names) with where the picture put them. The page prints the names itself, at a
 * size a phone can read and moved inside the part of the map it shows: cut from the picture,
 * they were too small to read and clipped at the view's edge ("hina", "Sout").
 *
 * @param svg       the picture with its {@code <text>} elements taken out
 * @param names     the names the picture wrote, in its units
 * @param countries the outlines the picture names ({@link MapCountries})
 */
record MapGround(byte[] svg, List<Name> names, MapCountries countries) {

    private static final Logger LOG = LoggerFactory.getLogger(MapGround.class);
    /** Plain text elements, as map makers write names; a name with markup inside is left in the picture. */
    private static final Pattern TEXT = Pattern.compile("<text\\b([^>]*)>([^<]*)</text>\\s*");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-z-]+)\\s*=\\s*\"([^\"]*)\"");

    /** A name on the map: where it stands, and how it is anchored there ("start", "middle" or "end"). */
    record Name(String text, double x, double y, String anchor) {}

    /** The map of {@code map} in {@code mediaDir}; null when it cannot be read (the page then shows the picture as it is). */
    static MapGround read(Path mediaDir, MapBackground map) {
        if (map == null) return null;
        try {
            return of(Files.readString(mediaDir.resolve(map.file()), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: {}; the journey map shows the picture with its own names", mediaDir.resolve(map.file()), e.getMessage());
            return null;
        }
    }

    static MapGround of(String svg) {
        List<Name> names = new ArrayList<>();
        Matcher text = TEXT.matcher(svg);
        StringBuilder ground = new StringBuilder(svg.length());
        while (text.find()) {
            String words = SvgReading.unescape(text.group(2)).strip();
            String x = attribute(text.group(1), "x");
            String y = attribute(text.group(1), "y");
            if (words.isEmpty() || x == null || y == null) continue;
            try {
                names.add(new Name(words, Double.parseDouble(x), Double.parseDouble(y), anchor(svg, text.group(1))));
                text.appendReplacement(ground, "");
            } catch (NumberFormatException e) {
                // a name placed in units we do not read stays in the picture
            }
        }
        text.appendTail(ground);
        return new MapGround(ground.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(names), MapCountries.of(svg));
    }

    /** The anchor an attribute gives, else the one the picture's style gives its class or all its text, else SVG's default. */
    private static String anchor(String svg, String attributes) {
        String own = attribute(attributes, "text-anchor");
        if (own != null) return own;
        String cls = attribute(attributes, "class");
        if (cls != null) {
            Matcher styled = Pattern.compile("text\\." + Pattern.quote(cls) + "\\s*\\{[^}]*text-anchor\\s*:\\s*(start|middle|end)").matcher(svg);
            if (styled.find()) return styled.group(1);
        }
        Matcher all = Pattern.compile("(?<![.\\w-])text\\s*\\{[^}]*text-anchor\\s*:\\s*(start|middle|end)").matcher(svg);
        return all.find() ? all.group(1) : "start";
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) if (m.group(1).toLowerCase(Locale.ROOT).equals(name)) return m.group(2);
        return null;
    }
}
