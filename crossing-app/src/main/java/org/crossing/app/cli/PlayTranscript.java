package org.crossing.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.EndingKind;
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
    record SceneEntry(String scene, String place, List<String> tags, List<String> text, List<ChoiceEntry> choices, TakenEntry taken) {}

    /** A choice offered or shown disabled; {@code letTimeRunOut} marks the numbered "let the time run out" of a countdown that does not run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChoiceEntry(Integer number, String label, boolean enabled, String disabledReason, boolean timedDefault, List<String> tags, Boolean letTimeRunOut) {}

    /** What the player took, and {@code to}, the scene it led to (where a conditional target chose it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TakenEntry(String kind, Integer number, String label, String to) {}

    /** {@code kind} is the word the story writes, {@code label} what players read, {@code tone} good, bad or neutral. */
    record EndingEntry(String scene, String kind, String label, String tone, String summary) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceEntry(String id, String citation, String url) {}

    private final String title;
    private final long seed;
    private final List<SceneEntry> scenes = new ArrayList<>();
    private EndingEntry ending;
    private String stopped;
    private List<SourceEntry> sources = List.of();
    /** The label of the numbered choice that lets a countdown run out, in the story's language. */
    private final String waitLabel;

    PlayTranscript(Story story, long seed, String waitLabel) {
        this.title = story.title();
        this.seed = seed;
        this.waitLabel = waitLabel;
    }

    void scene(Story story, State state, Scene scene, List<String> text, boolean wait) {
        List<ChoiceEntry> choices = new ArrayList<>();
        if (scene.isChance()) {
            choices.add(new ChoiceEntry(1, scene.continueLabel(), true, null, false, null, null));
        } else if (!scene.isEnding()) {
            int number = 0;
            for (Option option : Engine.options(story, state)) {
                String label = Narrator.plain(story, state, option.choice().label());
                choices.add(new ChoiceEntry(option.enabled() ? ++number : null, label, option.enabled(),
                        option.enabled() ? null : option.disabledReason(), option.timedDefault(), orNull(option.choice().tags()), null));
            }
            if (wait) choices.add(new ChoiceEntry(++number, waitLabel, true, null, false, null, true));
        }
        scenes.add(new SceneEntry(scene.id(), scene.place() == null ? null : scene.place().name(), orNull(scene.tags()),
                List.copyOf(text), choices, null));
    }

    /** What the player took in the scene shown last. */
    void took(Story story, State state, Action action) {
        SceneEntry last = scenes.removeLast();
        String to = story.scene(Engine.next(story, state, action).scene()).id();
        TakenEntry taken = switch (action) {
            case Action.Choose choose -> {
                int number = 0;
                for (Option option : Engine.options(story, state)) {
                    if (option.enabled()) number++;
                    if (option.index() == choose.index()) {
                        yield new TakenEntry("choice", number, Narrator.plain(story, state, option.choice().label()), to);
                    }
                }
                throw new IllegalArgumentException("no choice " + choose.index() + " in scene " + last.scene());
            }
            case Action.Timeout timeout -> {
                ChoiceEntry wait = last.choices().isEmpty() ? null : last.choices().getLast();
                yield wait != null && Boolean.TRUE.equals(wait.letTimeRunOut())
                        ? new TakenEntry("timeout", wait.number(), wait.label(), to)
                        : new TakenEntry("timeout", null, null, to);
            }
            case Action.Continue next -> new TakenEntry("chance", 1, story.scene(state.scene()).continueLabel(), to);
        };
        scenes.add(new SceneEntry(last.scene(), last.place(), last.tags(), last.text(), last.choices(), taken));
    }

    private static List<String> orNull(List<String> tags) {
        return tags.isEmpty() ? null : tags;
    }

    void ended(Story story, State state, Scene end, List<Source> shown) {
        EndingKind kind = end.ending().kind();
        ending = new EndingEntry(end.id(), kind.word(), kind.label(), kind.tone().word(), Narrator.plain(story, state, end.ending().summary()));
        sources = shown.stream().map(s -> new SourceEntry(s.id(), s.citation(), s.url())).toList();
    }

    void stopped(String why) {
        stopped = why;
    }

    String toJson() {
        return JsonOutput.write(new Transcript(title, seed, scenes, ending, stopped, sources));
    }
}
