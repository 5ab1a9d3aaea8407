package org.crossing.app.player;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the journey map reads of a story's SVG picture beyond its elements: a path's data as an
 * outline, and a text's characters with their entities replaced.
 */
final class SvgReading {

    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvZz]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private SvgReading() {}

    /** The outline of a path's data, or null when it uses a command other than straight lines. */
    static Path2D.Double outline(String d) {
        Path2D.Double shape = new Path2D.Double();
        Matcher token = TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        int end = 0;
        while (token.find()) {
            if (!d.substring(end, token.start()).isBlank() && !d.substring(end, token.start()).strip().equals(",")) return null;
            tokens.add(token.group());
            end = token.end();
        }
        if (!d.substring(end).isBlank()) return null;
        char command = 0;
        double x = 0, y = 0, startX = 0, startY = 0;
        boolean started = false;
        try {
            for (int i = 0; i < tokens.size(); ) {
                String t = tokens.get(i);
                if (Character.isLetter(t.charAt(0))) {
                    command = t.charAt(0);
                    i++;
                    if (command == 'Z' || command == 'z') {
                        if (started) shape.closePath();
                        x = startX;
                        y = startY;
                    }
                    continue;
                }
                boolean relative = Character.isLowerCase(command);
                switch (Character.toUpperCase(command)) {
                    case 'M' -> {
                        x = (relative ? x : 0) + Double.parseDouble(tokens.get(i));
                        y = (relative ? y : 0) + Double.parseDouble(tokens.get(i + 1));
                        i += 2;
                        shape.moveTo(x, y);
                        startX = x;
                        startY = y;
                        started = true;
                        command = relative ? 'l' : 'L'; // further pairs after a move are lines
                    }
                    case 'L' -> {
                        x = (relative ? x : 0) + Double.parseDouble(tokens.get(i));
                        y = (relative ? y : 0) + Double.parseDouble(tokens.get(i + 1));
                        i += 2;
                        if (!started) return null;
                        shape.lineTo(x, y);
                    }
                    case 'H' -> {
                        x = (relative ? x : 0) + Double.parseDouble(tokens.get(i++));
                        if (!started) return null;
                        shape.lineTo(x, y);
                    }
                    case 'V' -> {
                        y = (relative ? y : 0) + Double.parseDouble(tokens.get(i++));
                        if (!started) return null;
                        shape.lineTo(x, y);
                    }
                    default -> {
                        return null;
                    }
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
        return started ? shape : null;
    }

    /** The characters of a text written in SVG, its five entities replaced. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
