package org.crossing.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;

/**
 * {@code crossing play --json}: the journey as tools read it. Each scene shown, with its text
 * and the choices offered, then what the player took; at the end the ending, or why the journey
 * stopped ({@code stuck}, {@code input-ended}, {@code step-limit}, {@code quit}).
 */
final class PlayTranscript {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Transcript(String title, long seed, List<SceneEntry> scenes, EndingEntry ending, String stopped,
                      List<SourceEntry> sources) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SceneEntry(String scene, String place, List<String> text, List<ChoiceEntry> choices, TakenEntry taken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChoiceEntry(Integer number, String label, boolean enabled, String disabledReason, boolean timedDefault) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TakenEntry(String kind, Integer number, String label) {}

    record EndingEntry(String scene, String kind, String summary) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceEntry(String id, String citation, String url) {}

    private final String title;
    private final long seed;
    private final List<SceneEntry> scenes = new ArrayList<>();
    private EndingEntry ending;
    private String stopped;
    private List<SourceEntry> sources = List.of();

    PlayTranscript(Story story, long seed) {
        this.title = story.title();
        this.seed = seed;
    }

    void scene(Story story, State state, Scene scene, List<String> text) {
        List<ChoiceEntry> choices = new ArrayList<>();
        if (scene.isChance()) {
            choices.add(new ChoiceEntry(1, scene.continueLabel(), true, null, false));
        } else if (!scene.isEnding()) {
            int number = 0;
            for (Option option : Engine.options(story, state)) {
                String label = Narrator.plain(story, state, option.choice().label());
                choices.add(new ChoiceEntry(option.enabled() ? ++number : null, label, option.enabled(),
                        option.enabled() ? null : option.disabledReason(), option.timedDefault()));
            }
        }
        scenes.add(new SceneEntry(scene.id(), scene.place() == null ? null : scene.place().name(), List.copyOf(text),
                choices, null));
    }

    /** What the player took in the scene shown last. */
    void took(Story story, State state, Action action) {
        SceneEntry last = scenes.removeLast();
        TakenEntry taken = switch (action) {
            case Action.Choose choose -> {
                int number = 0;
                for (Option option : Engine.options(story, state)) {
                    if (option.enabled()) number++;
                    if (option.index() == choose.index()) {
                        yield new TakenEntry("choice", number, Narrator.plain(story, state, option.choice().label()));
                    }
                }
                throw new IllegalArgumentException("no choice " + choose.index() + " in scene " + last.scene());
            }
            case Action.Timeout timeout -> new TakenEntry("timeout", null, null);
            case Action.Continue next -> new TakenEntry("chance", 1, story.scene(state.scene()).continueLabel());
        };
        scenes.add(new SceneEntry(last.scene(), last.place(), last.text(), last.choices(), taken));
    }

    void ended(Story story, State state, Scene end, List<Source> shown) {
        ending = new EndingEntry(end.id(), end.ending().kind().word(), Narrator.plain(story, state, end.ending().summary()));
        sources = shown.stream().map(s -> new SourceEntry(s.id(), s.citation(), s.url())).toList();
    }

    void stopped(String why) {
        stopped = why;
    }

    String toJson() {
        return JsonOutput.write(new Transcript(title, seed, scenes, ending, stopped, sources));
    }
}
