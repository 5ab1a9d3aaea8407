package org.crossing.app.studio;

import java.util.ArrayList;
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
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a story out with the Eclipse Layout Kernel's layered algorithm: within a chapter scenes
 * flow downwards in the order a player meets them, edges routed orthogonally around the boxes;
 * the chapters stand side by side, left to right, like the columns of a storyboard.
 */
public final class StoryMapLayout {

    private static final double CHAR_WIDTH = 7.2;
    private static final double NODE_HEIGHT = 30;
    private static final double MIN_WIDTH = 48;
    private static final double MAX_LABEL = 28;
    private static final double CHAPTER_GAP = 48;
    /** Room above the scenes for the chapter's title. */
    private static final double BAND_TOP = 28;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private StoryMapLayout() {}

    public static StoryMap layout(Story story) {
        List<Scene> scenes = story.scenes();
        int[] chapterOf = chapters(story);
        List<EdgeSpec> specs = edges(story);
        Map<Integer, List<Scene>> byChapter = new java.util.TreeMap<>();
        for (Scene scene : scenes) byChapter.computeIfAbsent(chapterOf[scene.index()], c -> new ArrayList<>()).add(scene);

        // Each chapter is laid out on its own and the chapters set side by side, so a chapter's
        // scenes stay together; ELK's own partitioning fails on some story graphs.
        double[][] boxes = new double[scenes.size()][];
        double[][] routes = new double[specs.size()][];
        List<StoryMap.Band> bands = new ArrayList<>();
        Map<Integer, String> titles = new HashMap<>();
        story.chapters().forEach(chapter -> titles.put(chapter.number(), chapter.title()));
        double x = 0;
        double height = 0;
        for (Map.Entry<Integer, List<Scene>> chapter : byChapter.entrySet()) {
            ElkNode graph = chapterGraph();
            Map<Integer, ElkNode> nodes = new HashMap<>();
            for (Scene scene : chapter.getValue()) {
                ElkNode box = ElkGraphUtil.createNode(graph);
                box.setDimensions(Math.max(MIN_WIDTH, label(scene.id()).length() * CHAR_WIDTH + 16), NODE_HEIGHT);
                nodes.put(scene.index(), box);
            }
            Map<Integer, ElkEdge> inside = new HashMap<>();
            for (int i = 0; i < specs.size(); i++) {
                EdgeSpec spec = specs.get(i);
                if (nodes.containsKey(spec.from) && nodes.containsKey(spec.to)) {
                    inside.put(i, ElkGraphUtil.createSimpleEdge(nodes.get(spec.from), nodes.get(spec.to)));
                }
            }
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            for (Map.Entry<Integer, ElkNode> entry : nodes.entrySet()) {
                ElkNode box = entry.getValue();
                boxes[entry.getKey()] = new double[] {x + box.getX(), BAND_TOP + box.getY(), box.getWidth(), box.getHeight()};
            }
            for (Map.Entry<Integer, ElkEdge> entry : inside.entrySet()) routes[entry.getKey()] = route(entry.getValue(), x, BAND_TOP);
            int number = chapter.getKey();
            String title = number == 0 ? (story.chapters().isEmpty() ? "" : "Before chapter 1") : "Chapter " + number + (titles.containsKey(number) ? ": " + titles.get(number) : "");
            double width = Math.max(graph.getWidth(), title.length() * 7.5 + 24);
            bands.add(new StoryMap.Band(number, title, x, width));
            height = Math.max(height, BAND_TOP + graph.getHeight());
            x += width + CHAPTER_GAP;
        }
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
            } else {
                routes[i] = new double[] {a[0] + a[2] / 2, a[1] + a[3], a[0] + a[2] / 2, below, b[0] + b[2] / 2, below, b[0] + b[2] / 2, b[1] + b[3]};
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
            edges.add(new StoryMap.Edge(spec.from, spec.to, spec.kind, spec.conditional, spec.item, spec.label, routes[i]));
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
            }
            for (ChanceOutcome outcome : scene.chance()) {
                String label = outcome.otherwise() ? "otherwise" : outcome.weight() + "%";
                specs.add(new EdgeSpec(scene.index(), outcome.target(), StoryMap.EdgeKind.CHANCE, outcome.condition() != null, outcome.index(), label));
            }
        }
        return specs;
    }

    private static double[] route(ElkEdge edge, double dx, double dy) {
        if (edge.getSections().isEmpty()) return new double[0];
        ElkEdgeSection section = edge.getSections().get(0);
        // Coordinates are relative to the edge's containing node, the chapter's graph: moved by its offset.
        double[] points = new double[4 + 2 * section.getBendPoints().size()];
        int i = 0;
        points[i++] = dx + section.getStartX();
        points[i++] = dy + section.getStartY();
        for (ElkBendPoint bend : section.getBendPoints()) {
            points[i++] = dx + bend.getX();
            points[i++] = dy + bend.getY();
        }
        points[i++] = dx + section.getEndX();
        points[i] = dy + section.getEndY();
        return points;
    }

    private static StoryMap.NodeKind kind(Scene scene) {
        if (scene.isEnding()) return StoryMap.NodeKind.ENDING;
        if (scene.isChance()) return StoryMap.NodeKind.CHANCE;
        return scene.choices().size() > 1 ? StoryMap.NodeKind.DECISION : StoryMap.NodeKind.SCENE;
    }

    private static String label(String id) {
        return id.length() <= MAX_LABEL ? id : id.substring(0, (int) MAX_LABEL - 1) + "…";
    }
}
