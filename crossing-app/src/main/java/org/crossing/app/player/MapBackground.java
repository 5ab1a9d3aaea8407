package org.crossing.app.player;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A story's own map: {@code media/map.svg} with {@code media/map.json} giving its equirectangular
 * bounds, so that places (latitude, longitude) can be drawn on it:
 *
 * <pre>{"projection": {"type": "equirectangular", "lonMin": 88, "lonMax": 140, "latMin": 5, "latMax": 53,
 *                 "width": 1040, "height": 960}}</pre>
 *
 * The bounds may also be named west, east, south and north, and stand in a {@code "bounds"}
 * object or at the top level. {@code "width"} and {@code "height"} are optional: by default they
 * come from the SVG's {@code viewBox}. The map's file is {@code "file"}, by default map.svg.
 */
public record MapBackground(String file, double width, double height, double west, double east, double north, double south) {

    private static final Logger LOG = LoggerFactory.getLogger(MapBackground.class);
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox\\s*=\\s*[\"']\\s*([-\\d.eE]+)[\\s,]+([-\\d.eE]+)[\\s,]+([-\\d.eE]+)[\\s,]+([-\\d.eE]+)");
    private static final Pattern SIZE = Pattern.compile("\\b(width|height)\\s*=\\s*[\"']([\\d.]+)(px)?[\"']");

    /** The map in {@code mediaDir}, or null when the story has none or it cannot be used (logged for the operator). */
    public static MapBackground read(Path mediaDir) {
        Path json = mediaDir.resolve("map.json");
        Path svg = mediaDir.resolve("map.svg");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(svg)) return null;
        try {
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            JsonNode projectionNode = root.path("projection");
            JsonNode bounds = projectionNode.isObject() ? projectionNode : root.has("bounds") ? root.get("bounds") : root;
            String projection = projectionNode.isObject() ? projectionNode.path("type").asText("equirectangular")
                    : projectionNode.asText("equirectangular");
            if (!projection.equalsIgnoreCase("equirectangular")) {
                LOG.warn("{}: projection '{}' is not supported (only equirectangular); the journey is drawn on a plain grid", json, projection);
                return null;
            }
            double west = number(bounds, json, "west", "minLon", "lonMin", "min_lon", "left");
            double east = number(bounds, json, "east", "maxLon", "lonMax", "max_lon", "right");
            double north = number(bounds, json, "north", "maxLat", "latMax", "max_lat", "top");
            double south = number(bounds, json, "south", "minLat", "latMin", "min_lat", "bottom");
            double width = bounds.path("width").asDouble(root.path("width").asDouble(0));
            double height = bounds.path("height").asDouble(root.path("height").asDouble(0));
            String file = root.path("file").asText("map.svg");
            if (!file.equals(svg.getFileName().toString())) {
                svg = mediaDir.resolve(file).normalize();
                if (!svg.startsWith(mediaDir.normalize()) || !Files.isRegularFile(svg)) throw new IllegalArgumentException("the map file '" + file + "' is not in the media folder");
            }
            if (width <= 0 || height <= 0) {
                double[] size = svgSize(Files.readString(svg, StandardCharsets.UTF_8));
                width = size[0];
                height = size[1];
            }
            if (east <= west || north <= south || width <= 0 || height <= 0) {
                LOG.warn("{}: the bounds or the map's size are empty; the journey is drawn on a plain grid", json);
                return null;
            }
            return new MapBackground(file, width, height, west, east, north, south);
        } catch (JsonProcessingException e) {
            // Jackson's own message runs over two lines and names no source; one line that says where.
            LOG.warn("{}: not valid JSON at line {}, column {} ({}); the journey is drawn on a plain grid", json,
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage());
            return null;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("{}: {}; the journey is drawn on a plain grid", json, e.getMessage());
            return null;
        }
    }

    private static double number(JsonNode node, Path file, String... names) {
        for (String name : names) {
            if (node.has(name) && node.get(name).isNumber()) return node.get(name).asDouble();
        }
        throw new IllegalArgumentException("no number '" + names[0] + "' in the bounds");
    }

    static double[] svgSize(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (box.find()) return new double[] {Double.parseDouble(box.group(3)), Double.parseDouble(box.group(4))};
        double width = 0;
        double height = 0;
        Matcher size = SIZE.matcher(svg);
        while (size.find()) {
            if (size.group(1).equals("width") && width == 0) width = Double.parseDouble(size.group(2));
            if (size.group(1).equals("height") && height == 0) height = Double.parseDouble(size.group(2));
        }
        return new double[] {width, height};
    }

    /** The point of a place on the map, in the SVG's units. */
    public double[] project(double latitude, double longitude) {
        return new double[] {(longitude - west) / (east - west) * width, (north - latitude) / (north - south) * height};
    }
}
