package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crossing.story.model.Block;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Hotspot;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crossing play STORY}: the story in the terminal, choices read from standard input. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a story in the terminal. Choices are read from standard input, so a journey can be scripted:",
                "  yes 1 | crossing play examples/night-train"})
final class PlayCommand implements Callable<Integer> {

    /** Stops a scripted journey that loops forever, such as 'yes 1' on a story whose first choice returns. */
    static final int MAX_STEPS = 10_000;
    /** Stops input that never makes sense, such as 'yes x'. */
    static final int MAX_INVALID = 100;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    CrossingCommand parent;

    @Parameters(index = "0", paramLabel = "STORY", description = "the story folder")
    Path folder;

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N", description = "the seed for chance; the same seed and choices replay the same journey")
    Long seed;

    @picocli.CommandLine.Option(names = "--no-timers", description = "timed decisions wait for the player (they never count down when input is not a terminal)")
    boolean noTimers;

    @picocli.CommandLine.Option(names = "--width", paramLabel = "COLUMNS", description = "wrap text to this width (default: the terminal's, or 80)")
    Integer width;

    private PrintWriter out;
    private TextWrapper wrapper;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoryLoader.Loaded loaded = StoryLoader.load(folder, err);
        if (loaded.story() == null) return loaded.exitCode();
        Story story = loaded.story();
        boolean terminal = Terminal.interactive();
        wrapper = new TextWrapper(width != null ? width : columns(), terminal && System.getenv("NO_COLOR") == null);
        long journeySeed = seed != null ? seed : new SecureRandom().nextLong();
        boolean timers = terminal && !noTimers;
        return play(story, journeySeed, timers, new PlayerInput(parent.in), err);
    }

    private int play(Story story, long journeySeed, boolean timers, PlayerInput input, PrintWriter err) {
        out.println(wrapper.wrap(story.title().toUpperCase(), ""));
        if (!story.metadata().authors().isEmpty()) out.println("by " + String.join(", ", story.metadata().authors()));
        if (story.metadata().contentNote() != null) {
            out.println();
            out.println(wrapper.wrap("Content note: " + story.metadata().contentNote(), ""));
        }
        State state = Engine.begin(story, journeySeed);
        Chapter chapter = null;
        while (!Engine.finished(story, state)) {
            Scene scene = story.scene(state.scene());
            if (scene.chapter() != null && !scene.chapter().equals(chapter)) {
                chapter = scene.chapter();
                out.println();
                out.println("— Chapter " + chapter.number() + ": " + chapter.title() + " —");
            }
            show(story, state, scene);
            List<Action> actions = Engine.actions(story, state);
            if (actions.isEmpty()) {
                out.flush();
                err.println("crossing: the journey is stuck in scene '" + scene.id() + "' (" + scene.position()
                        + "): no choice is available. Run 'crossing check' to find such dead ends.");
                return ExitCodes.STORY_ERRORS;
            }
            Action action = ask(story, state, scene, timers, input);
            if (action == null) {
                out.flush();
                err.println("crossing: the input ended before the journey did (in scene '" + scene.id() + "')");
                return ExitCodes.USAGE;
            }
            state = Engine.next(story, state, action);
            if (state.stepCount() >= MAX_STEPS) {
                out.flush();
                err.println("crossing: stopped after " + MAX_STEPS + " steps without reaching an ending");
                return ExitCodes.USAGE;
            }
        }
        Scene end = story.scene(state.scene());
        show(story, state, end);
        finish(story, state, end, journeySeed);
        return ExitCodes.OK;
    }

    private void show(Story story, State state, Scene scene) {
        out.println();
        if (scene.place() != null) {
            out.printf("[%s, %.2f, %.2f]%n", scene.place().name(), scene.place().latitude(), scene.place().longitude());
        }
        if (scene.ambient() != null) out.println(wrapper.wrap("[Sound: " + scene.ambient().description() + "]", ""));
        for (Block block : scene.blocks()) {
            switch (block) {
                case Block.Paragraph p -> out.println(wrapper.wrap(Narrator.runs(story, state, p.text()), ""));
                case Block.FactCard f -> out.println(wrapper.wrap("Fact: " + f.fact().statement() + " (" + cite(f.fact().source()) + ")", "  "));
                case Block.Image image -> {
                    out.println(wrapper.wrap("[Picture: " + image.alt() + "]", ""));
                    for (Hotspot hotspot : image.hotspots()) out.println(wrapper.wrap("· " + hotspot.label() + ": " + describe(hotspot.target()), "  "));
                }
                case Block.Video video -> out.println(wrapper.wrap("[Video: " + video.title() + "; captions in " + video.captions() + "]", ""));
                case Block.Audio audio -> out.println(wrapper.wrap("[Audio: " + audio.title() + "; transcript in " + audio.transcript() + "]", ""));
            }
            out.println();
        }
    }

    private Action ask(Story story, State state, Scene scene, boolean timers, PlayerInput input) {
        List<Action> numbered = new ArrayList<>();
        if (scene.isChance()) {
            out.println("1. " + scene.continueLabel());
            numbered.add(Action.CONTINUE);
        } else {
            for (Option option : Engine.options(story, state)) {
                String label = Narrator.plain(story, state, option.choice().label());
                if (option.enabled()) {
                    numbered.add(Action.choose(option.index()));
                    out.println(wrapper.hanging(numbered.size() + ". " + label + (option.timedDefault() ? " (taken when time runs out)" : ""), 3));
                } else {
                    out.println(wrapper.hanging("-  " + label + " — " + option.disabledReason(), 3));
                }
            }
        }
        boolean timed = scene.timer() != null && !scene.isChance();
        if (timed) out.println("(timed: " + scene.timer().seconds() + " seconds" + (timers ? "" : ", waiting") + ")");
        for (int invalid = 0; invalid < MAX_INVALID; invalid++) {
            out.print("> ");
            out.flush();
            String line = timed && timers
                    ? input.next(scene.timer().seconds(), left -> {
                        out.print("\r[" + left + " s] > ");
                        out.flush();
                    })
                    : input.next();
            if (line.equals(PlayerInput.END)) return null;
            if (line.equals(PlayerInput.TIMED_OUT)) {
                out.println();
                out.println("Time ran out.");
                return Action.TIMEOUT;
            }
            if (scene.isChance()) return Action.CONTINUE;
            try {
                int number = Integer.parseInt(line.strip());
                if (number >= 1 && number <= numbered.size()) return numbered.get(number - 1);
            } catch (NumberFormatException notANumber) {
                // asked again below
            }
            out.println("Type a number from 1 to " + numbered.size() + ".");
        }
        return null;
    }

    private void finish(Story story, State state, Scene end, long journeySeed) {
        out.println("THE END — " + end.ending().kind().word() + ": " + Narrator.plain(story, state, end.ending().summary()));
        out.println();
        out.println("Your path:");
        int number = 0;
        for (Step step : state.path()) {
            Scene scene = story.scene(step.scene());
            String what = switch (step.kind()) {
                case CHOICE -> Narrator.plain(story, state, scene.choices().get(step.index()).label());
                case TIMEOUT -> "(time ran out)" + (step.index() < scene.choices().size()
                        ? " " + Narrator.plain(story, state, scene.choices().get(step.index()).label()) : "");
                case CHANCE -> "(chance) → " + story.scene(scene.chance().get(step.index()).target()).id();
            };
            out.println(wrapper.hanging(String.format("%2d. %s: %s", ++number, scene.id(), what), 4));
        }
        if (!story.bibliography().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (Source source : story.bibliography()) {
                out.println(wrapper.hanging("- " + cite(source) + (source.url() == null ? "" : " " + source.url()), 2));
            }
        }
        out.println();
        out.println("(seed " + journeySeed + ": replay with --seed " + journeySeed + ")");
        out.flush();
    }

    private static String describe(Hotspot.Target target) {
        return switch (target) {
            case Hotspot.FactTarget f -> f.fact().statement() + " (" + cite(f.fact().source()) + ")";
            case Hotspot.PhotoTarget p -> "[Photo: " + p.alt() + "]";
            case Hotspot.AudioTarget a -> "[Audio: " + a.title() + "]";
            case Hotspot.TextTarget t -> t.text();
        };
    }

    static String cite(Source source) {
        return source.citation();
    }

    private static int columns() {
        try {
            String columns = System.getenv("COLUMNS");
            if (columns != null) return Math.min(100, Integer.parseInt(columns));
        } catch (NumberFormatException ignored) {
            // fall back to 80
        }
        return 80;
    }
}
