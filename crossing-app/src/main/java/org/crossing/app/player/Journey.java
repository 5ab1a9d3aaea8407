package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Place;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;

/** What a journey passed through: its decisions and the places on the way, in order. */
final class Journey {

    private Journey() {}

    /** Decisions the player made: choices and countdowns that ran out (not chance). */
    static int decisions(State state) {
        int count = 0;
        for (Step step : state.path()) if (step.kind() != Step.Kind.CHANCE) count++;
        // Very long journeys keep only their newest steps; the older ones were all decisions or chance, count them as decisions.
        return count + Math.max(0, state.stepCount() - state.path().size());
    }

    /** The scenes with a place that the journey entered, the current one last, repeats in a row merged. */
    static List<Integer> placeScenes(Story story, State state) {
        List<Integer> scenes = new ArrayList<>();
        for (Step step : state.path()) add(story, scenes, step.scene());
        add(story, scenes, state.scene());
        return scenes;
    }

    private static void add(Story story, List<Integer> scenes, int scene) {
        Place place = story.scene(scene).place();
        if (place == null) return;
        if (!scenes.isEmpty() && story.scene(scenes.get(scenes.size() - 1)).place().name().equals(place.name())) return;
        scenes.add(scene);
    }

    /** How many of the story's chapters the journey passed through, the one it is in included. */
    static int chapters(Story story, State state) {
        java.util.Set<Integer> chapters = new java.util.HashSet<>();
        for (Step step : state.path()) {
            var chapter = story.scene(step.scene()).chapter();
            if (chapter != null) chapters.add(chapter.number());
        }
        var here = story.scene(state.scene()).chapter();
        if (here != null) chapters.add(here.number());
        return chapters.size();
    }
}
