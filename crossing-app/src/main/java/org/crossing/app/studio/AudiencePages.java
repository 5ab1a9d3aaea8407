package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/** Turns an {@link Audience} into the analytics page: charts drawn as SVG here, each with its table. */
public final class AudiencePages {

    /** A row of a table, and a bar of its chart: a label, a count and its share of a whole. */
    public record Row(String label, String href, long count, String share) {}

    public record Decision(String scene, List<Row> rows, long total) {}

    /** A version of the story in the list of versions: {@code shown} is the one on the page, {@code served} the one the node serves. */
    public record VersionRow(String version, String days, long begun, String href, boolean served, boolean shown) {}

    /**
     * {@code earlier} is set for a version before the one served: its scenes and choices may not
     * be the story's as it is now, so it is shown by scene id and way number, without the map.
     */
    public record Page(StudioViews.Head head, StudioViews.Status status, String version, long begun, long finished, String completion,
                String daysChart, List<Audience.Day> days, String funnelChart, List<Row> funnel, List<Row> stops, List<Row> endings,
                String endingsChart, List<Decision> decisions, String map, boolean earlier, List<VersionRow> versions) {}

    private AudiencePages() {}

    /** Every version with counts, and the one served even before it has any, the one served first. */
    static List<VersionRow> versions(String base, String served, String shown, List<Audience.Version> counted) {
        List<VersionRow> rows = new ArrayList<>();
        Audience.Version now = counted.stream().filter(v -> v.version().equals(served)).findFirst().orElse(null);
        rows.add(new VersionRow(served, now == null ? "not played yet" : days(now), now == null ? 0 : now.begun(), base + "/analytics",
                true, served.equals(shown)));
        for (Audience.Version v : counted) {
            if (v.version().equals(served)) continue;
            rows.add(new VersionRow(v.version(), days(v), v.begun(), base + "/analytics?version=" + v.version(), false, v.version().equals(shown)));
        }
        return rows;
    }

    private static String days(Audience.Version v) {
        return v.firstDay().equals(v.lastDay()) ? v.firstDay().toString() : v.firstDay() + " to " + v.lastDay();
    }

    /**
     * An earlier version's figures: its counts name scenes by id and ways by their number in the
     * scene, which the story as it is now may have renamed or moved, so they are listed as counted.
     */
    static Page earlier(StudioViews.Head head, StudioViews.Status status, Audience audience, List<VersionRow> versions) {
        long begun = audience.begun();
        long ended = audience.finished();
        List<Row> funnel = new ArrayList<>();
        audience.chapters().forEach((number, n) -> funnel.add(new Row("Chapter " + number, null, n, share(n, begun))));
        List<Row> stops = new ArrayList<>();
        java.util.Set<String> stoppedAt = new java.util.TreeSet<>(audience.stopped().keySet());
        stoppedAt.addAll(audience.underway().keySet());
        for (String scene : stoppedAt) {
            long n = audience.stoppedAt(scene);
            long reached = audience.scenes().getOrDefault(scene, 0L);
            if (n > 0) stops.add(new Row(scene, null, n, share(n, reached) + " of " + reached + " that reached it"));
        }
        stops.sort(Comparator.comparingLong(Row::count).reversed());
        List<Row> endings = new ArrayList<>();
        new java.util.TreeMap<>(audience.endings()).forEach((scene, n) -> endings.add(new Row(scene, null, n, share(n, ended))));
        endings.sort(Comparator.comparingLong(Row::count).reversed());
        java.util.Set<String> deciding = new java.util.TreeSet<>(audience.choices().keySet());
        deciding.addAll(audience.timeouts().keySet());
        deciding.addAll(audience.chance().keySet());
        List<Decision> decisions = new ArrayList<>();
        for (String scene : deciding) {
            Map<Integer, Long> chosen = audience.choices().getOrDefault(scene, Map.of());
            Map<Integer, Long> timedOut = audience.timeouts().getOrDefault(scene, Map.of());
            Map<Integer, Long> drawn = audience.chance().getOrDefault(scene, Map.of());
            if (chosen.size() + timedOut.size() + drawn.size() < 2) continue; // one way taken: no split to show
            long total = chosen.values().stream().mapToLong(Long::longValue).sum() + timedOut.values().stream().mapToLong(Long::longValue).sum()
                    + drawn.values().stream().mapToLong(Long::longValue).sum();
            List<Row> rows = new ArrayList<>();
            chosen.forEach((i, n) -> rows.add(new Row("choice " + (i + 1), null, n, share(n, total))));
            timedOut.forEach((i, n) -> rows.add(new Row("the countdown ran out" + (i < 0 ? "" : " (choice " + (i + 1) + ")"), null, n, share(n, total))));
            drawn.forEach((i, n) -> rows.add(new Row("chance outcome " + (i + 1), null, n, share(n, total))));
            decisions.add(new Decision(scene, rows, total));
        }
        return new Page(head, status, audience.version(), begun, ended, share(ended, begun), daysChart(audience.days()), audience.days(),
                bars("Journeys that reached each chapter", funnel), funnel, stops.subList(0, Math.min(20, stops.size())), endings,
                bars("How journeys ended", endings), decisions, null, true, versions);
    }

    static Page page(StudioViews.Head head, StudioViews.Status status, Story story, StoryMap map, Audience audience, List<VersionRow> versions) {
        long begun = audience.begun();
        List<Row> funnel = new ArrayList<>();
        for (Chapter chapter : story.chapters()) {
            long n = audience.chapters().getOrDefault(chapter.number(), 0L);
            funnel.add(new Row("Chapter " + chapter.number() + ": " + chapter.title(), null, n, share(n, begun)));
        }
        List<Row> stops = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            long n = audience.stoppedAt(scene.id());
            if (n == 0 || scene.isEnding()) continue;
            long reached = audience.scenes().getOrDefault(scene.id(), 0L);
            stops.add(new Row(scene.id(), head.base() + "/scene/" + scene.id(), n, share(n, reached) + " of " + reached + " that reached it"));
        }
        stops.sort(Comparator.comparingLong(Row::count).reversed());
        List<Row> endings = new ArrayList<>();
        long ended = audience.finished();
        for (Scene scene : story.scenes()) {
            if (!scene.isEnding()) continue;
            long n = audience.endings().getOrDefault(scene.id(), 0L);
            endings.add(new Row(scene.id() + " (" + scene.ending().kind().word() + ")", head.base() + "/scene/" + scene.id(), n, share(n, ended)));
        }
        List<Decision> decisions = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            if (scene.choices().size() < 2 && scene.chance().isEmpty()) continue;
            List<Row> rows = new ArrayList<>();
            Map<Integer, Long> chosen = audience.choices().getOrDefault(scene.id(), Map.of());
            Map<Integer, Long> timedOut = audience.timeouts().getOrDefault(scene.id(), Map.of());
            Map<Integer, Long> drawn = audience.chance().getOrDefault(scene.id(), Map.of());
            long total = 0;
            for (long n : chosen.values()) total += n;
            for (long n : timedOut.values()) total += n;
            for (long n : drawn.values()) total += n;
            for (Choice choice : scene.choices()) {
                long n = chosen.getOrDefault(choice.index(), 0L);
                rows.add(new Row(choice.label().source(), null, n, share(n, total)));
                long late = timedOut.getOrDefault(choice.index(), 0L);
                if (scene.timer() != null && scene.timer().defaultChoice() == choice.index()) {
                    rows.add(new Row("the countdown ran out (" + choice.label().source() + ")", null, late, share(late, total)));
                }
            }
            if (scene.timer() != null && scene.timer().defaultChoice() < 0) {
                long late = timedOut.getOrDefault(-1, 0L);
                rows.add(new Row("the countdown ran out (to " + story.scene(scene.timer().target()).id() + ")", null, late, share(late, total)));
            }
            for (ChanceOutcome outcome : scene.chance()) {
                long n = drawn.getOrDefault(outcome.index(), 0L);
                rows.add(new Row("chance " + (outcome.otherwise() ? "otherwise" : outcome.weight() + "%") + " → "
                        + story.scene(outcome.target()).id(), null, n, share(n, total)));
            }
            decisions.add(new Decision(scene.id(), rows, total));
        }
        String mapSvg = MapSvg.render(story, map, MapMarks.none(), head.base() + "/scene/", MapSvg.Highlight.NONE, audience);
        return new Page(head, status, audience.version(), begun, ended, share(ended, begun), daysChart(audience.days()), audience.days(),
                bars("Journeys that reached each chapter", funnel), funnel, stops.subList(0, Math.min(20, stops.size())), endings,
                bars("How journeys ended", endings), decisions, mapSvg, false, versions);
    }

    static String share(long n, long of) {
        if (of == 0) return "–";
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * n / of);
    }

    /**
     * Horizontal bars, one per row, scaled to the largest; the table beside it carries the numbers.
     * Each label stands above its bar across the chart's width, so that on a phone, where the
     * chart is drawn at about half size, studio.css can set its text twice as large and still fit.
     */
    static String bars(String title, List<Row> rows) {
        long max = rows.stream().mapToLong(Row::count).max().orElse(0);
        int row = 60;
        int height = row * rows.size() + 8;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 640 ").append(height)
                .append("\" role=\"img\" aria-label=\"").append(MapSvg.escape(title)).append(" (the table below has the numbers)\">");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double width = max == 0 ? 0 : 520.0 * r.count() / max;
            int y = 4 + row * i;
            svg.append("<text x=\"0\" y=\"").append(y + 26).append("\" class=\"bar-label\">").append(MapSvg.escape(shorten(r.label(), 40)))
                    .append("</text><rect x=\"0\" y=\"").append(y + 34).append("\" width=\"").append(MapSvg.num(width))
                    .append("\" height=\"18\" class=\"bar\"/><text x=\"").append(MapSvg.num(width + 8)).append("\" y=\"").append(y + 51)
                    .append("\" class=\"bar-value\">").append(r.count()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Journeys begun (bars) and finished (darker bars inside them) per day, the first and last day below. */
    static String daysChart(List<Audience.Day> days) {
        long max = days.stream().mapToLong(Audience.Day::begun).max().orElse(0);
        int n = Math.max(1, days.size());
        double step = 600.0 / n;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 640 192\" role=\"img\" aria-label=\"Journeys begun and finished per day (the table below has the numbers)\">");
        for (int i = 0; i < days.size(); i++) {
            Audience.Day day = days.get(i);
            double begun = max == 0 ? 0 : 140.0 * day.begun() / max;
            double finished = max == 0 ? 0 : 140.0 * day.finished() / max;
            double x = 20 + i * step;
            double w = Math.min(48, Math.max(2, step * 0.7)); // a few days' bars stay bars, not blocks
            svg.append("<rect class=\"bar\" x=\"").append(MapSvg.num(x)).append("\" y=\"").append(MapSvg.num(150 - begun))
                    .append("\" width=\"").append(MapSvg.num(w)).append("\" height=\"").append(MapSvg.num(begun)).append("\"/>")
                    .append("<rect class=\"bar done\" x=\"").append(MapSvg.num(x)).append("\" y=\"").append(MapSvg.num(150 - finished))
                    .append("\" width=\"").append(MapSvg.num(w)).append("\" height=\"").append(MapSvg.num(finished)).append("\"/>");
        }
        if (!days.isEmpty()) {
            svg.append("<text x=\"20\" y=\"182\" class=\"bar-label\">").append(days.get(0).day()).append("</text>");
            if (days.size() > 1) {
                svg.append("<text x=\"620\" y=\"182\" class=\"bar-label end\">").append(days.get(days.size() - 1).day()).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
