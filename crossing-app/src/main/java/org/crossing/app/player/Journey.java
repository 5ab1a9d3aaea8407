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

    /** The names of the places passed, each once, in the order first reached. */
    static List<String> placeNames(Story story, List<Integer> placeScenes) {
        return placeScenes.stream().map(s -> story.scene(s).place().name()).distinct().toList();
    }

    /** "after 23 decisions, through Hyesan, Yanji and Seoul" */
    static String describe(int decisions, List<String> places) {
        StringBuilder out = new StringBuilder("after ").append(decisions).append(decisions == 1 ? " decision" : " decisions");
        if (!places.isEmpty()) out.append(", through ").append(list(places));
        return out.toString();
    }

    static String list(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
