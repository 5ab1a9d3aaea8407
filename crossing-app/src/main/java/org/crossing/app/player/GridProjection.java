package org.crossing.app.player;

import java.util.List;
import org.crossing.story.model.Place;

/**
 * How a story without a map picture draws its places: on a plain grid {@value #WIDTH} units wide
 * around all the story's places (padded by a tenth, at least half a degree each way), longitude
 * shrunk with the cosine of the middle latitude so that shapes stay roughly true near the places.
 *
 * @param west   the grid's west edge, in degrees; likewise {@code east}, {@code south}, {@code north}
 * @param height the grid's height in units, between 240 and 420
 */
record GridProjection(double west, double east, double south, double north, double height) {

    static final double WIDTH = 600;

    /** The grid around {@code places} (at least one). */
    static GridProjection of(List<Place> places) {
        double west = 180, east = -180, south = 90, north = -90;
        for (Place p : places) {
            west = Math.min(west, p.longitude());
            east = Math.max(east, p.longitude());
            south = Math.min(south, p.latitude());
            north = Math.max(north, p.latitude());
        }
        double padX = Math.max(0.5, (east - west) * 0.1);
        double padY = Math.max(0.5, (north - south) * 0.1);
        west -= padX;
        east += padX;
        south -= padY;
        north += padY;
        double scale = Math.cos(Math.toRadians((south + north) / 2));
        double aspect = (north - south) / Math.max(1e-9, (east - west) * scale);
        return new GridProjection(west, east, south, north, Math.max(240, Math.min(420, WIDTH * aspect)));
    }

    /** Where a place (latitude, longitude) is drawn on the grid ({x, y}). */
    public double[] project(double latitude, double longitude) {
        return new double[] {(longitude - west) / (east - west) * WIDTH, (north - latitude) / (north - south) * height};
    }
}
