package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import org.crossing.app.token.PlayToken;
import org.crossing.story.model.Place;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;

/** What a journey passed through: its decisions and the places on the way, in order. */
final class Journey {

    private Journey() {}

    /**
     * The journey's decisions: how many it made, and whether its last step was one. A decision is
     * a step where the player had a real choice: two or more choices offered, or a countdown
     * (taking a choice or running out). A lone choice ("Continue"), and chance, are not.
     */
    record Decisions(int count, boolean last) {}

    /**
     * The journey's decisions as its token tells them; worked out from its state
     * ({@link #decisions(Story, State)}) when the token does not say (made before tokens carried
     * them, or placed mid-story).
     */
    static Decisions decisions(Story story, PlayToken journey) {
        return journey.decisionsTold() ? new Decisions(journey.decisions(), journey.lastDecided()) : decisions(story, journey.state());
    }

    /** The decisions after {@code step}, taken from {@code before} by a journey that had made {@code sofar}. */
    static Decisions after(Story story, State before, Decisions sofar, Step step) {
        boolean decided = decides(story, before, step);
        return new Decisions(sofar.count() + (decided ? 1 : 0), decided);
    }

    /** Whether {@code step}, taken from {@code at}, was a decision: not chance, with two choices or more offered, or a countdown. */
    private static boolean decides(Story story, State at, Step step) {
        if (step.kind() == Step.Kind.CHANCE) return false;
        int choices = 0;
        for (Action action : Engine.actions(story, at)) {
            if (action instanceof Action.Timeout) return true;
            if (action instanceof Action.Choose && ++choices >= 2) return true;
        }
        return false;
    }

    /**
     * What was offered at each step is known by replaying the journey from its seed, as the
     * engine took it. A journey that cannot be replayed (one placed mid-story by the studio, or
     * one so long that its oldest steps are no longer kept) is judged by each scene's shape: its
     * countdown, or two choices or more; its steps no longer kept are counted in the proportion
     * of the kept ones.
     */
    static Decisions decisions(Story story, State state) {
        List<Step> path = state.path();
        if (path.isEmpty()) return new Decisions(0, false);
        boolean[] decided = replay(story, state, path);
        if (decided == null) {
            decided = new boolean[path.size()];
            for (int i = 0; i < decided.length; i++) decided[i] = byShape(story, path.get(i));
        }
        int count = 0;
        for (boolean d : decided) if (d) count++;
        int untold = state.stepCount() - path.size();
        if (untold > 0) count += (int) Math.round((double) untold * count / path.size());
        return new Decisions(count, decided[decided.length - 1]);
    }

    /** Which steps were decisions, from the journey replayed; null when the replay does not retrace the path. */
    private static boolean[] replay(Story story, State state, List<Step> path) {
        if (state.stepCount() != path.size()) return null;
        boolean[] decided = new boolean[path.size()];
        State at = Engine.begin(story, state.seed());
        for (int i = 0; i < path.size(); i++) {
            Step step = path.get(i);
            if (at.scene() != step.scene()) return null;
            decided[i] = decides(story, at, step);
            try {
                at = Engine.next(story, at, switch (step.kind()) {
                    case CHOICE -> Action.choose(step.index());
                    case TIMEOUT -> Action.TIMEOUT;
                    case CHANCE -> Action.CONTINUE;
                });
            } catch (RuntimeException notThisJourney) {
                return null;
            }
        }
        return at.scene() == state.scene() ? decided : null;
    }

    private static boolean byShape(Story story, Step step) {
        if (step.kind() == Step.Kind.CHANCE) return false;
        Scene scene = story.scene(step.scene());
        return scene.timer() != null || scene.choices().size() >= 2;
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
