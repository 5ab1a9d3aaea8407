package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a story out with the Eclipse Layout Kernel's layered algorithm: within a chapter scenes
 * flow downwards in the order a player meets them, edges routed orthogonally around the boxes;
 * the chapters stand side by side, left to right, like the columns of a storyboard.
 */
public final class StoryMapLayout {

    private static final double CHAR_WIDTH = 7.2;
    /** An edge label's letters (10 px monospace in studio.css) and line, for the room ELK keeps for it. */
    private static final double LABEL_CHAR_WIDTH = 6.2;
    private static final double LABEL_HEIGHT = 12;
    private static final double NODE_HEIGHT = 30;
    private static final double MIN_WIDTH = 48;
    private static final double MAX_LABEL = 28;
    /** The most characters of a choice's label quoted on the line of a countdown that runs out without it. */
    private static final int CHOICE_IN_LABEL = 24;
    private static final double CHAPTER_GAP = 48;
    /** Room above the scenes for the chapter's title. */
    private static final double BAND_TOP = 28;
    /** The text given to ELK for a line's label: any will do, as ELK is told the label's size, but none makes ELK skip it. */
    private static final String PLACED_LABEL = "label";

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** The chapters of the story this layout laid out last, by shape: what a save that leaves a chapter's shape alone reuses. */
    private Map<ChapterShape, ChapterLayout> previous = Map.of();
    private int elkRuns;

    /** A layout that remembers nothing: every chapter laid out by ELK. */
    public static StoryMap layout(Story story) {
        return new StoryMapLayout().next(story);
    }

    /** A layout to call again on every revision of one story: a chapter whose shape did not change keeps its layout. */
    public StoryMapLayout() {}

    /** How many chapters the last {@link #next} laid out with ELK rather than reusing. */
    public synchronized int chaptersLaidOut() {
        return elkRuns;
    }

    /**
     * Lays {@code story} out. A chapter whose shape (its boxes' widths and its lines, in order) is
     * that of a chapter of the story laid out before reuses that layout: ELK's layered algorithm is
     * deterministic, so the result is the one it would compute again, and a save that changes
     * words only, or one chapter, costs no layout or one chapter's.
     */
    public synchronized StoryMap next(Story story) {
        List<Scene> scenes = story.scenes();
        int[] chapterOf = chapters(story);
        List<EdgeSpec> specs = edges(story);
        Map<Integer, List<Scene>> byChapter = new java.util.TreeMap<>();
        for (Scene scene : scenes) byChapter.computeIfAbsent(chapterOf[scene.index()], c -> new ArrayList<>()).add(scene);

        // Each chapter is laid out on its own and the chapters set side by side, so a chapter's
        // scenes stay together; ELK's own partitioning fails on some story graphs.
        double[][] boxes = new double[scenes.size()][];
        double[][] routes = new double[specs.size()][];
        double[][] labels = new double[specs.size()][];
        List<StoryMap.Band> bands = new ArrayList<>();
        Map<Integer, String> titles = new HashMap<>();
        story.chapters().forEach(chapter -> titles.put(chapter.number(), chapter.title()));
        Map<ChapterShape, ChapterLayout> laidOut = new HashMap<>();
        elkRuns = 0;
        double x = 0;
        double height = 0;
        for (Map.Entry<Integer, List<Scene>> chapter : byChapter.entrySet()) {
            List<Scene> members = chapter.getValue();
            Map<Integer, Integer> local = new HashMap<>();
            for (Scene scene : members) local.put(scene.index(), local.size());
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                if (local.containsKey(specs.get(i).from) && local.containsKey(specs.get(i).to)) inside.add(i);
            }
            ChapterShape shape = ChapterShape.of(members, inside, specs, local);
            ChapterLayout layout = laidOut.get(shape);
            if (layout == null) layout = previous.get(shape);
            if (layout == null) {
                layout = ChapterLayout.of(shape);
                elkRuns++;
            }
            laidOut.put(shape, layout);
            for (int n = 0; n < members.size(); n++) {
                double[] box = layout.boxes[n];
                boxes[members.get(n).index()] = new double[] {x + box[0], BAND_TOP + box[1], box[2], box[3]};
            }
            for (int e = 0; e < inside.size(); e++) {
                routes[inside.get(e)] = shifted(layout.routes[e], x, BAND_TOP);
                if (layout.labels[e] != null) labels[inside.get(e)] = shifted(layout.labels[e], x, BAND_TOP);
            }
            int number = chapter.getKey();
            String title = number == 0 ? (story.chapters().isEmpty() ? "" : "Before chapter 1") : "Chapter " + number + (titles.containsKey(number) ? ": " + titles.get(number) : "");
            double width = Math.max(layout.width, title.length() * 7.5 + 24);
            bands.add(new StoryMap.Band(number, title, x, width));
            height = Math.max(height, BAND_TOP + layout.height);
            x += width + CHAPTER_GAP;
        }
        previous = laidOut;
        double width = Math.max(0, x - CHAPTER_GAP);
        // Lines between chapters: forward ones across the gap, backward ones along the bottom.
        double below = height + 12;
        for (int i = 0; i < specs.size(); i++) {
            if (routes[i] != null) continue;
            EdgeSpec spec = specs.get(i);
            double[] a = boxes[spec.from];
            double[] b = boxes[spec.to];
            if (b[0] > a[0] + a[2]) {
                double midX = b[0] - CHAPTER_GAP / 2;
                routes[i] = new double[] {a[0] + a[2], a[1] + a[3] / 2, midX, a[1] + a[3] / 2, midX, b[1] + b[3] / 2, b[0], b[1] + b[3] / 2};
                // beside the line's run down the gap, halfway (a row lower than a label already there: two chances to one scene share a line)
                labels[i] = new double[] {midX + 3, (a[1] + b[1] + b[3]) / 2 + 4};
                for (int j = 0; j < i; j++) {
                    if (labels[j] != null && routes[j] != null && Math.abs(labels[j][0] - labels[i][0]) < 1 && Math.abs(labels[j][1] - labels[i][1]) < LABEL_HEIGHT) {
                        labels[i][1] = labels[j][1] + LABEL_HEIGHT;
                        j = -1; // look again from the first
                    }
                }
            } else {
                routes[i] = new double[] {a[0] + a[2] / 2, a[1] + a[3], a[0] + a[2] / 2, below, b[0] + b[2] / 2, below, b[0] + b[2] / 2, b[1] + b[3]};
                // on the line's own run along the bottom, each a row lower than the last
                labels[i] = new double[] {(a[0] + a[2] / 2 + b[0] + b[2] / 2) / 2, below - 2};
                below += 6;
            }
        }
        List<StoryMap.Node> nodes = new ArrayList<>(scenes.size());
        for (Scene scene : scenes) {
            double[] box = boxes[scene.index()];
            nodes.add(new StoryMap.Node(scene.index(), scene.id(), label(scene.id()), kind(scene), chapterOf[scene.index()],
                    box[0], box[1], box[2], box[3]));
        }
        List<StoryMap.Edge> edges = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            EdgeSpec spec = specs.get(i);
            double[] label = labels[i] != null ? labels[i] : new double[] {routes[i].length >= 2 ? routes[i][0] + 4 : 0, routes[i].length >= 2 ? routes[i][1] - 4 : 0};
            edges.add(new StoryMap.Edge(spec.from, spec.to, spec.kind, spec.conditional, spec.item, spec.label, routes[i], label[0], label[1]));
        }
        return new StoryMap(width, below + 6, nodes, edges, bands);
    }

    private static ElkNode chapterGraph() {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 26.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        return graph;
    }

    /** The chapter each scene belongs to for layout: its own, or 0 before the first chapter. */
    private static int[] chapters(Story story) {
        int[] chapterOf = new int[story.scenes().size()];
        for (Scene scene : story.scenes()) chapterOf[scene.index()] = scene.chapter() == null ? 0 : scene.chapter().number();
        return chapterOf;
    }

    private record EdgeSpec(int from, int to, StoryMap.EdgeKind kind, boolean conditional, int item, String label) {}

    /** One edge per distinct way on; a choice that is also the countdown's default is drawn as timed. */
    private static List<EdgeSpec> edges(Story story) {
        List<EdgeSpec> specs = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            int timedChoice = scene.timer() == null ? -1 : scene.timer().defaultChoice();
            for (Choice choice : scene.choices()) {
                boolean conditional = choice.condition() != null;
                StoryMap.EdgeKind kind = choice.index() == timedChoice ? StoryMap.EdgeKind.TIMED
                        : choice.once() ? StoryMap.EdgeKind.ONCE
                        : conditional ? StoryMap.EdgeKind.CONDITIONAL : StoryMap.EdgeKind.CHOICE;
                String label = choice.index() == timedChoice ? scene.timer().seconds() + "s" : "";
                specs.add(new EdgeSpec(scene.index(), choice.target(), kind, conditional, choice.index(), label));
            }
            if (scene.timer() != null && timedChoice < 0) {
                specs.add(new EdgeSpec(scene.index(), scene.timer().target(), StoryMap.EdgeKind.TIMED, false, -1, scene.timer().seconds() + "s"));
            } else if (Coverage.countdownWithoutChoice(story, scene) != null) {
                // The countdown's choice may be hidden or used up when time runs out: then the countdown goes on by itself, a line of its own, dashed.
                String choice = label(scene.choices().get(timedChoice).label().source(), CHOICE_IN_LABEL);
                specs.add(new EdgeSpec(scene.index(), scene.timer().target(), StoryMap.EdgeKind.TIMED, true, -1,
                        scene.timer().seconds() + "s, \"" + choice + "\" unavailable"));
            }
            for (ChanceOutcome outcome : scene.chance()) {
                String label = outcome.otherwise() ? "otherwise" : outcome.weight() + "%";
                specs.add(new EdgeSpec(scene.index(), outcome.target(), StoryMap.EdgeKind.CHANCE, outcome.condition() != null, outcome.index(), label));
            }
        }
        return specs;
    }

    private static double[] shifted(double[] points, double dx, double dy) {
        double[] moved = new double[points.length];
        for (int i = 0; i < points.length; i += 2) {
            moved[i] = points[i] + dx;
            moved[i + 1] = points[i + 1] + dy;
        }
        return moved;
    }

    /**
     * What ELK's layout of a chapter depends on: its boxes' widths in order, its lines between them
     * by local index, in order, and the width of each line's label (0 without one).
     */
    private record ChapterShape(double[] widths, int[] lines, double[] labels) {
        static ChapterShape of(List<Scene> members, List<Integer> inside, List<EdgeSpec> specs, Map<Integer, Integer> local) {
            double[] widths = new double[members.size()];
            for (int n = 0; n < widths.length; n++) widths[n] = Math.max(MIN_WIDTH, label(members.get(n).id()).length() * CHAR_WIDTH + 16);
            int[] lines = new int[2 * inside.size()];
            double[] labels = new double[inside.size()];
            for (int e = 0; e < inside.size(); e++) {
                EdgeSpec spec = specs.get(inside.get(e));
                lines[2 * e] = local.get(spec.from);
                lines[2 * e + 1] = local.get(spec.to);
                labels[e] = spec.label.isEmpty() ? 0 : spec.label.length() * LABEL_CHAR_WIDTH + 4;
            }
            return new ChapterShape(widths, lines, labels);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ChapterShape shape && Arrays.equals(widths, shape.widths) && Arrays.equals(lines, shape.lines)
                    && Arrays.equals(labels, shape.labels);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(widths) + Arrays.hashCode(lines)) + Arrays.hashCode(labels);
        }

        @Override
        public String toString() {
            return "ChapterShape[" + widths.length + " boxes, " + lines.length / 2 + " lines]";
        }
    }

    /**
     * A chapter laid out by ELK, in the chapter's own coordinates: boxes (x, y, width, height),
     * routes, and where each line's label starts its baseline (null without a label), in the shape's order.
     */
    private record ChapterLayout(double[][] boxes, double[][] routes, double[][] labels, double width, double height) {
        static ChapterLayout of(ChapterShape shape) {
            ElkNode graph = chapterGraph();
            List<ElkNode> nodes = new ArrayList<>(shape.widths.length);
            for (double width : shape.widths) {
                ElkNode box = ElkGraphUtil.createNode(graph);
                box.setDimensions(width, NODE_HEIGHT);
                nodes.add(box);
            }
            List<ElkEdge> edges = new ArrayList<>(shape.lines.length / 2);
            for (int e = 0; e < shape.lines.length; e += 2) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(shape.lines[e]), nodes.get(shape.lines[e + 1]));
                // A label ELK places itself, mid-line with room kept for it: labels written by hand
                // at the lines' start ran over each other where several leave one box (market-day's
                // haggle: "30%" over "otherwise"). ELK's layered importer drops a label without
                // text, leaving it at (0, 0), so each carries one; only its size counts.
                if (shape.labels[e / 2] > 0) ElkGraphUtil.createLabel(PLACED_LABEL, edge).setDimensions(shape.labels[e / 2], LABEL_HEIGHT);
                edges.add(edge);
            }
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            double[][] boxes = new double[nodes.size()][];
            for (int n = 0; n < boxes.length; n++) {
                ElkNode box = nodes.get(n);
                boxes[n] = new double[] {box.getX(), box.getY(), box.getWidth(), box.getHeight()};
            }
            double[][] routes = new double[edges.size()][];
            double[][] labels = new double[edges.size()][];
            for (int e = 0; e < routes.length; e++) {
                routes[e] = route(edges.get(e));
                if (!edges.get(e).getLabels().isEmpty()) {
                    ElkLabel label = edges.get(e).getLabels().get(0);
                    labels[e] = new double[] {label.getX() + 2, label.getY() + LABEL_HEIGHT - 3};
                }
            }
            return new ChapterLayout(boxes, routes, labels, graph.getWidth(), graph.getHeight());
        }
    }

    private static double[] route(ElkEdge edge) {
        if (edge.getSections().isEmpty()) return new double[0];
        ElkEdgeSection section = edge.getSections().get(0);
        // Coordinates are relative to the edge's containing node, the chapter's graph.
        double[] points = new double[4 + 2 * section.getBendPoints().size()];
        int i = 0;
        points[i++] = section.getStartX();
        points[i++] = section.getStartY();
        for (ElkBendPoint bend : section.getBendPoints()) {
            points[i++] = bend.getX();
            points[i++] = bend.getY();
        }
        points[i++] = section.getEndX();
        points[i] = section.getEndY();
        return points;
    }

    private static StoryMap.NodeKind kind(Scene scene) {
        if (scene.isEnding()) return StoryMap.NodeKind.ENDING;
        if (scene.isChance()) return StoryMap.NodeKind.CHANCE;
        return scene.choices().size() > 1 ? StoryMap.NodeKind.DECISION : StoryMap.NodeKind.SCENE;
    }

    private static String label(String id) {
        return label(id, (int) MAX_LABEL);
    }

    private static String label(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
