package org.crossing.app.player;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Where a share card's picture and route map go: the picture moved a little either way from its
 * place beside the type, and the map at a place of its size clear of the type, so that as much of
 * what matters in the picture as possible shows: not under the veil of the type, not off the
 * card's edge, and not under the map. What matters is, first, the picture's middle: our
 * illustrations stand her there (a woman at a window, in the reeds, at a kitchen counter), and
 * her dark coat is as plain as a wall, so no measure of the drawing alone finds her; then its
 * detail, where the drawing is busy (faces, hands, a city's towers) rather than plain (sky,
 * water, floors). So the map goes beside her, over the plainest part. A card without a picture
 * has the map at the bottom right and the picture where the type leaves it.
 *
 * <p>Detail is the picture's change of brightness from pixel to pixel, summed over cells of
 * {@value #CELL} pixels and counted against the picture's mean; each place is a sum of cells (an
 * integral image), so the few thousand placements tried cost a few milliseconds together, once
 * per card drawn.
 */
final class CalmSpot {

    static final int CELL = 10;
    /** Room kept between the map and any type, in card pixels. */
    static final int CLEARANCE = 24;
    /** How far the picture may move from its place beside the type, either way, in card pixels. */
    static final int SHIFT = 160;

    /** How much of the picture shows at a card column (0 to 1), its left edge at {@code pictureLeft}. */
    @FunctionalInterface
    interface Shows {
        double at(int x, int pictureLeft);
    }

    /** Where the picture's left edge goes and where the map goes (null for none). */
    record Placement(int pictureLeft, Rectangle map) {}

    private CalmSpot() {}

    /**
     * The placement for {@code picture} (null for none; as tall as the card) whose left edge would
     * be at {@code pictureLeft} and may go anywhere from {@code leftmost} to {@code rightmost}, and
     * a {@code width}×{@code height} map in {@code area}, clear of {@code keepOut} by
     * {@link #CLEARANCE}; the map null when no place of its size fits.
     */
    static Placement choose(BufferedImage picture, int pictureLeft, int leftmost, int rightmost, Shows shows, List<Rectangle> keepOut,
                            Rectangle area, int width, int height, int cardWidth, int cardHeight) {
        int columns = (cardWidth + CELL - 1) / CELL;
        int rows = (cardHeight + CELL - 1) / CELL;
        double[][] detail = picture == null ? new double[1][rows] : detail(picture, rows);
        Placement best = null;
        double mostShown = -Double.MAX_VALUE;
        // The picture's own place first, then further and further from it: among equal placements the first tried wins.
        for (int shift = 0; shift <= SHIFT; shift += CELL) {
            for (int sign : shift == 0 ? new int[] {1} : new int[] {-1, 1}) {
                int left = Math.round((pictureLeft + sign * shift) / (float) CELL) * CELL;
                if (picture != null && (left < leftmost || left > rightmost)) continue;
                if (picture == null && shift > 0) continue;
                double[][] shown = new double[columns][rows];
                double total = 0;
                for (int cx = 0; cx < columns; cx++) {
                    int px = cx - Math.floorDiv(left, CELL);
                    if (picture == null || px < 0 || px >= detail.length) continue;
                    double seen = shows.at(cx * CELL + CELL / 2, left);
                    for (int cy = 0; cy < rows; cy++) {
                        shown[cx][cy] = detail[px][cy] * seen;
                        total += shown[cx][cy];
                    }
                }
                double[][] sums = integral(shown);
                Rectangle map = calmest(sums, keepOut, area, width, height);
                double score = total - (map == null ? 0 : boxSum(sums, map.x, map.y, width, height));
                if (score > mostShown + 1e-9) {
                    mostShown = score;
                    best = new Placement(left, map);
                }
            }
        }
        return best;
    }

    /** The place of the map where the least detail shows, from the bottom right leftwards and upwards. */
    private static Rectangle calmest(double[][] sums, List<Rectangle> keepOut, Rectangle area, int width, int height) {
        Rectangle best = null;
        double calmest = Double.MAX_VALUE;
        for (int x = area.x + area.width - width; x >= area.x; x -= CELL) {
            for (int y = area.y + area.height - height; y >= area.y; y -= CELL) {
                Rectangle spot = new Rectangle(x, y, width, height);
                if (overlaps(spot, keepOut)) continue;
                double score = boxSum(sums, x, y, width, height);
                if (score < calmest - 1e-9) {
                    calmest = score;
                    best = spot;
                }
            }
        }
        return best;
    }

    private static boolean overlaps(Rectangle spot, List<Rectangle> keepOut) {
        for (Rectangle r : keepOut) {
            Rectangle grown = new Rectangle(r.x - CLEARANCE, r.y - CLEARANCE, r.width + 2 * CLEARANCE, r.height + 2 * CLEARANCE);
            if (grown.intersects(spot)) return true;
        }
        return false;
    }

    /**
     * How much the picture's middle counts against its detail: a cell in its very middle as much
     * as {@value} cells of average detail, falling off to a tenth a fifth of its width away.
     */
    static final double MIDDLE = 4;

    /**
     * What matters in each cell of the picture: its detail (as a share of the mean cell's) and
     * how near it is to the picture's middle ({@link #MIDDLE}).
     */
    static double[][] detail(BufferedImage picture, int rows) {
        double[][] cells = change(picture, rows);
        double total = 0;
        for (double[] column : cells) for (double cell : column) total += cell;
        double mean = total / (cells.length * (double) rows);
        double middle = cells.length / 2.0;
        double spread = cells.length * 0.2 / Math.sqrt(2 * Math.log(10)); // a tenth of the peak at a fifth of the width
        for (int x = 0; x < cells.length; x++) {
            double nearMiddle = MIDDLE * Math.exp(-Math.pow(x + 0.5 - middle, 2) / (2 * spread * spread));
            for (int y = 0; y < rows; y++) cells[x][y] = (mean > 0 ? cells[x][y] / mean : 0) + nearMiddle;
        }
        return cells;
    }

    /** The picture's change in brightness per cell of its own. */
    private static double[][] change(BufferedImage picture, int rows) {
        int columns = (picture.getWidth() + CELL - 1) / CELL;
        double[][] cells = new double[columns][rows];
        int step = 2;
        for (int y = 0; y + step < Math.min(rows * CELL, picture.getHeight()); y += step) {
            for (int x = 0; x + step < picture.getWidth(); x += step) {
                double here = brightness(picture.getRGB(x, y));
                double change = Math.abs(brightness(picture.getRGB(x + step, y)) - here) + Math.abs(brightness(picture.getRGB(x, y + step)) - here);
                cells[x / CELL][y / CELL] += change;
            }
        }
        return cells;
    }

    private static double brightness(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }

    private static double[][] integral(double[][] cells) {
        int columns = cells.length;
        int rows = cells[0].length;
        double[][] sums = new double[columns + 1][rows + 1];
        for (int x = 0; x < columns; x++) {
            for (int y = 0; y < rows; y++) sums[x + 1][y + 1] = cells[x][y] + sums[x][y + 1] + sums[x + 1][y] - sums[x][y];
        }
        return sums;
    }

    /** The detail of the cells a box covers (cells cut by its edges count whole). */
    private static double boxSum(double[][] sums, int x, int y, int width, int height) {
        int x0 = Math.max(0, x / CELL);
        int y0 = Math.max(0, y / CELL);
        int x1 = Math.min(sums.length - 1, (x + width + CELL - 1) / CELL);
        int y1 = Math.min(sums[0].length - 1, (y + height + CELL - 1) / CELL);
        return sums[x1][y1] - sums[x0][y1] - sums[x1][y0] + sums[x0][y0];
    }
}
