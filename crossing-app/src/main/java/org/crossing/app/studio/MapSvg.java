package org.crossing.app.studio;

import java.util.Locale;
import java.util.Set;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * Draws a laid-out {@link StoryMap} as SVG for the studio page: boxes link to their scene's
 * page, lines carry their kind as a class (the stylesheet draws conditional lines dashed,
 * once-only dotted, countdowns amber, chance blue with its percentage), and the checker's
 * findings become classes on the boxes. Written by hand because it is a few dozen elements of
 * one shape; every text is escaped.
 */
public final class MapSvg {

    private MapSvg() {}

    /** Scenes and lines to draw as a journey: scene ids, and lines as {@code from>to}. */
    public record Highlight(java.util.Set<String> scenes, java.util.Set<String> edges) {
        public static final Highlight NONE = new Highlight(Set.of(), Set.of());
    }

    public static String render(Story story, StoryMap map, MapMarks marks, String sceneHref) {
        return render(story, map, marks, sceneHref, Highlight.NONE);
    }

    public static String render(Story story, StoryMap map, MapMarks marks, String sceneHref, Highlight highlight) {
        return render(story, map, marks, sceneHref, highlight, null);
    }

    /**
     * With an audience, boxes are shaded by the share of journeys that reached them
     * ({@code heat-0} to {@code heat-5}) and lines drawn wider the more journeys took them.
     */
    public static String render(Story story, StoryMap map, MapMarks marks, String sceneHref, Highlight highlight, Audience audience) {
        return render(story, map, marks, sceneHref, highlight, audience, null, null);
    }

    /**
     * With coverage, boxes and lines the journeys showed are classed {@code covered}, the rest
     * {@code uncovered}, so that what no journey showed stands out.
     */
    public static String render(Story story, StoryMap map, MapMarks marks, String sceneHref, Highlight highlight, Audience audience,
                                Coverage coverage, Coverage.Covered covered) {
        StringBuilder out = new StringBuilder(256 * (map.nodes().size() + map.edges().size()));
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"story-map\" role=\"group\" aria-label=\"Story map: ")
                .append(map.nodes().size()).append(" scenes\" width=\"").append(num(map.width())).append("\" height=\"").append(num(map.height()))
                .append("\" viewBox=\"0 0 ").append(num(map.width())).append(' ').append(num(map.height()))
                .append("\" data-width=\"").append(num(map.width())).append("\" data-height=\"").append(num(map.height())).append("\">");
        // Sized in the map's units, not the line's: a line drawn wide by its audience keeps an arrowhead of the usual size.
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\">")
                .append("<path d=\"M0 0 L8 4 L0 8 z\" class=\"arrowhead\"/></marker></defs>");
        for (StoryMap.Band band : map.chapters()) {
            out.append("<g class=\"band\"><rect x=\"").append(num(band.x())).append("\" y=\"0\" width=\"").append(num(band.width()))
                    .append("\" height=\"").append(num(map.height())).append("\"/><text x=\"").append(num(band.x() + 6))
                    .append("\" y=\"18\">").append(escape(band.title())).append("</text></g>");
        }
        for (StoryMap.Edge edge : map.edges()) {
            double[] p = edge.points();
            if (p.length < 4) continue;
            String from = story.scene(edge.from()).id();
            String to = story.scene(edge.to()).id();
            out.append("<g class=\"edge ").append(edge.kind().name().toLowerCase(Locale.ROOT)).append(edge.conditional() ? " if" : "")
                    .append(highlight.edges().contains(from + ">" + to) ? " on-path" : "")
                    .append("\" data-from=\"").append(escape(from)).append("\" data-to=\"").append(escape(to)).append("\"><path d=\"M")
                    .append(num(p[0])).append(' ').append(num(p[1]));
            for (int i = 2; i < p.length; i += 2) out.append(" L").append(num(p[i])).append(' ').append(num(p[i + 1]));
            out.append("\" marker-end=\"url(#arrow)\"");
            if (audience != null) out.append(" class=\"w").append(width(audience, from, edge)).append('"');
            if (covered != null) {
                Coverage.Way way = coverage.way(edge.from(), edge.kind(), edge.item());
                out.append(" class=\"").append(way != null && covered.way(way.id()) ? "covered" : "uncovered").append('"');
            }
            out.append("/>");
            if (!edge.label().isEmpty()) {
                out.append("<text x=\"").append(num(edge.labelX())).append("\" y=\"").append(num(edge.labelY())).append("\">")
                        .append(escape(edge.label())).append("</text>");
            }
            out.append("</g>");
        }
        for (StoryMap.Node node : map.nodes()) {
            Scene scene = story.scene(node.scene());
            Set<String> found = marks.of(scene.id());
            out.append("<a href=\"").append(escape(sceneHref)).append(escape(scene.id())).append("\" class=\"node ")
                    .append(node.kind().name().toLowerCase(Locale.ROOT));
            if (scene.isEnding()) out.append(" kind-").append(escape(scene.ending().kind().word()));
            if (scene.index() == story.startScene().index()) out.append(" start");
            if (highlight.scenes().contains(scene.id())) out.append(" on-path");
            if (audience != null) out.append(" heat-").append(heat(audience, scene.id()));
            if (covered != null) out.append(covered.scene(scene.index()) ? " covered" : " uncovered");
            for (String mark : found) out.append(' ').append(mark);
            out.append("\" data-scene=\"").append(escape(scene.id())).append("\"><title>").append(escape(title(scene, found)))
                    .append("</title><rect x=\"").append(num(node.x())).append("\" y=\"").append(num(node.y())).append("\" width=\"")
                    .append(num(node.width())).append("\" height=\"").append(num(node.height())).append("\" rx=\"")
                    .append(node.kind() == StoryMap.NodeKind.ENDING ? "15" : "4").append("\"/><text x=\"")
                    .append(num(node.x() + node.width() / 2)).append("\" y=\"").append(num(node.y() + node.height() / 2 + 4))
                    .append("\">").append(escape(node.label())).append("</text></a>");
        }
        out.append("</svg>");
        return out.toString();
    }

    private static int heat(Audience audience, String scene) {
        long begun = audience.begun();
        if (begun == 0) return 0;
        double share = (double) audience.scenes().getOrDefault(scene, 0L) / begun;
        return share <= 0 ? 0 : (int) Math.min(5, Math.ceil(share * 5));
    }

    /** 0 to 6: how many journeys took the line, relative to the journeys that began. */
    private static int width(Audience audience, String from, StoryMap.Edge edge) {
        long begun = audience.begun();
        if (begun == 0) return 0;
        java.util.Map<Integer, Long> counts = switch (edge.kind()) {
            case CHANCE -> audience.chance().getOrDefault(from, java.util.Map.of());
            case TIMED -> edge.item() < 0 ? audience.timeouts().getOrDefault(from, java.util.Map.of())
                    : audience.choices().getOrDefault(from, java.util.Map.of());
            default -> audience.choices().getOrDefault(from, java.util.Map.of());
        };
        long n = counts.getOrDefault(edge.item(), 0L);
        if (edge.kind() == StoryMap.EdgeKind.TIMED && edge.item() >= 0) n += audience.timeouts().getOrDefault(from, java.util.Map.of()).getOrDefault(edge.item(), 0L);
        return n == 0 ? 0 : (int) Math.min(6, 1 + Math.round(5.0 * n / begun));
    }

    private static String title(Scene scene, Set<String> found) {
        StringBuilder title = new StringBuilder(scene.id());
        if (scene.chapter() != null) title.append(" (chapter ").append(scene.chapter().number()).append(')');
        if (scene.isEnding()) title.append(", ending: ").append(scene.ending().kind().word());
        for (String mark : found) title.append(", ").append(mark.replace('-', ' '));
        return title.toString();
    }

    static String num(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
