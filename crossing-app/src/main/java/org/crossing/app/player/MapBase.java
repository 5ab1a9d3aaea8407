package org.crossing.app.player;

import static org.crossing.app.player.SvgNumbers.oneDecimal;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Place;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * The parts of a story's journey map that no journey changes: its size, its picture (without its
 * names, which the page prints itself) or grid, how places are projected onto it, and the
 * picture's names and country outlines ({@code ground}, null without a picture or when it cannot
 * be read).
 */
record MapBase(String width, String height, String background, List<String> grid, double widthValue, double heightValue,
               Projection projection, MapGround ground) {

    /** Where a place (latitude, longitude) is drawn, in the map's units ({x, y}). */
    @FunctionalInterface
    interface Projection {
        double[] project(double latitude, double longitude);
    }

    /** Null when the story has no places. {@code groundUrl}: where the picture without its names is served. */
    static MapBase of(Story story, MapBackground background, MapGround ground, String groundUrl) {
        List<Place> all = story.scenes().stream().map(Scene::place).filter(p -> p != null).toList();
        if (all.isEmpty()) return null;
        GridProjection grid = background == null ? GridProjection.of(all) : null;
        Projection projection = background != null ? background::project : grid::project;
        double width = background != null ? background.width() : GridProjection.WIDTH;
        double height = background != null ? background.height() : grid.height();
        List<String> lines = new ArrayList<>();
        if (background == null) {
            for (int i = 1; i < 6; i++) {
                lines.add("M" + oneDecimal(width * i / 6) + " 0V" + oneDecimal(height));
                lines.add("M0 " + oneDecimal(height * i / 6) + "H" + oneDecimal(width));
            }
        }
        String picture = background == null ? null : ground != null ? groundUrl : "media/" + background.file();
        return new MapBase(oneDecimal(width), oneDecimal(height), picture, List.copyOf(lines), width, height, projection,
                background == null ? null : ground);
    }

    /** The picture's country outlines; none on a grid or a picture that names no outline. */
    MapCountries countries() {
        return ground == null ? MapCountries.NONE : ground.countries();
    }

    /** The names the picture wrote, which the page prints itself; none on a grid. */
    List<MapGround.Name> names() {
        return ground == null ? List.of() : ground.names();
    }

    /** Where each stop of {@code route} is drawn, in the route's stop order. */
    List<double[]> project(Stops.Route route) {
        List<double[]> at = new ArrayList<>(route.stops().size());
        for (Stops.Stop stop : route.stops()) at.add(projection.project(stop.latitude(), stop.longitude()));
        return at;
    }

    /** The part of the map a journey through {@code at} is shown in: all of a grid (drawn around the story's places), or around the stops. */
    MapFrame frame(List<double[]> at) {
        return background == null ? MapFrame.whole(widthValue, heightValue) : MapFrame.around(widthValue, heightValue, at);
    }
}
