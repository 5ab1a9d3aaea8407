package org.crossing.app.studio;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.EndingResult;
import org.crossing.story.check.Problem;
import org.crossing.story.model.Story;

/**
 * What the checker found, per scene, in the words the map's legend uses: {@code unreachable},
 * {@code dead-end}, {@code softlock}, {@code never-reached} (an ending no play reaches),
 * {@code limit} (the check stopped before it could say).
 */
public final class MapMarks {

    private static final MapMarks NONE = new MapMarks(Map.of());

    private final Map<String, Set<String>> byScene;

    private MapMarks(Map<String, Set<String>> byScene) {
        this.byScene = byScene;
    }

    public static MapMarks none() {
        return NONE;
    }

    public static MapMarks of(Story story, CheckReport report) {
        if (report == null) return NONE;
        Map<String, Set<String>> marks = new HashMap<>();
        for (Problem problem : report.errors()) {
            if (problem.scene() == null) continue;
            String mark = switch (problem.kind()) {
                case DEAD_END -> "dead-end";
                case SOFTLOCK -> "softlock";
                case UNREACHABLE_SCENE -> "unreachable";
                case UNREACHABLE_ENDING -> "never-reached";
                default -> "limit";
            };
            marks.computeIfAbsent(problem.scene(), s -> new LinkedHashSet<>()).add(mark);
        }
        for (EndingResult ending : report.endings()) {
            if (!ending.reached()) marks.computeIfAbsent(ending.scene(), s -> new LinkedHashSet<>()).add("never-reached");
        }
        return new MapMarks(marks);
    }

    /** The marks on a scene, in the order found; empty when the checker found nothing wrong there. */
    public Set<String> of(String scene) {
        return byScene.getOrDefault(scene, Set.of());
    }

    public int count() {
        return byScene.size();
    }
}
