package org.crossing.app.studio;

import java.util.List;

/**
 * A story drawn as a graph and laid out: a box per scene, a line per way on, a band per chapter.
 * Coordinates are in the map's own units (about a pixel at zoom 1), origin top left.
 */
public record StoryMap(double width, double height, List<Node> nodes, List<Edge> edges, List<Band> chapters) {

    public StoryMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        chapters = List.copyOf(chapters);
    }

    /** How a scene goes on, which decides its shape on the map. */
    public enum NodeKind { SCENE, DECISION, CHANCE, ENDING }

    /** A scene's box. {@code scene} is its index in the story. */
    public record Node(int scene, String id, String label, NodeKind kind, int chapter, double x, double y, double width, double height) {}

    /** How a way on is taken, which decides how its line is drawn. */
    public enum EdgeKind { CHOICE, CONDITIONAL, ONCE, TIMED, CHANCE }

    /**
     * A way from one scene to another. {@code item} is the choice's or chance outcome's index in
     * its scene (-1 for a countdown that goes straight on); {@code label} is the chance percentage
     * for chance edges, the seconds for a countdown (with the choice it would take, for one that
     * runs out with that choice unavailable), else empty, written with its start (left end of the
     * baseline) at ({@code labelX}, {@code labelY}); {@code points} is the routed line, x and y in turn.
     */
    public record Edge(int from, int to, EdgeKind kind, boolean conditional, int item, String label, double[] points,
                       double labelX, double labelY) {}

    /** The horizontal extent of a chapter's scenes. */
    public record Band(int number, String title, double x, double width) {}
}
