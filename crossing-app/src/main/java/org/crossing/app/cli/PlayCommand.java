package org.crossing.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crossing.app.player.Messages;
import org.crossing.story.model.Ambient;
import org.crossing.story.model.Block;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.EndingKind;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossing play STORY}: the story in the terminal, choices read from standard input. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a story in the terminal.",
                "Type a choice's number and Enter (Enter alone takes a lone choice; q leaves). Choices can be piped in, "
                        + "so a journey can be scripted, e.g. 'yes 1 | crossing play examples/night-train'.",
                "Exit codes: 0 an ending reached (or q), 1 story errors, 2 usage, I/O, or input that ended first."})
final class PlayCommand implements Callable<Integer> {

    /** Stops a scripted journey that loops forever, such as 'yes 1' on a story whose first choice returns. */
    static final int MAX_STEPS = 10_000;
    /** Stops input that never makes sense, such as 'yes x'. */
    static final int MAX_INVALID = 100;
    /** Lines longer than this are hard to read, however wide the terminal. */
    static final int MAX_WIDTH = 100;
    static final int DEFAULT_WIDTH = 80;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY", description = "The story folder.")
    Path folder;

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N", description = "The seed for chance; the same seed and choices replay the same journey.")
    Long seed;

    @picocli.CommandLine.Option(names = "--no-timers", description = "Timed decisions wait for the player (they never count down when input is not a terminal).")
    boolean noTimers;

    @picocli.CommandLine.Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap text to this width (default: the terminal's width, at most " + MAX_WIDTH + "; " + DEFAULT_WIDTH + " when not a terminal).")
    Integer width;

    @picocli.CommandLine.Option(names = "--lang", paramLabel = "LANG", description = "Read the story in this language: its own or one it has a translation into (translations/LANG/).")
    String language;

    @picocli.CommandLine.Option(names = "--json", description = "Print the journey as a JSON transcript at its end instead of text, for tools and tests.")
    boolean json;

    @picocli.CommandLine.Option(names = "--record", paramLabel = "FILE",
            description = "Also save the journey to FILE as the JSON transcript --json prints (folders made as needed), "
                    + "e.g. STORY/playtests/NAME.json for the studio's coverage.")
    Path record;

    private PrintWriter out;
    private TextWrapper wrapper;
    /** Whether timed decisions count down here (a terminal, without --no-timers or --json). */
    private boolean timers;
    private PlayTranscript transcript;
    /** The command's own words, in the story's language when they are written in it ({@code play_LANG.properties}). */
    private Messages text;

    /** What the player answered: an action, leaving (q), or nothing because the input ended. */
    private record Answer(Action action, boolean quit) {
        static final Answer QUIT = new Answer(null, true);
        static final Answer ENDED = new Answer(null, false);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (width != null && width < 20) return Complaints.error(spec, ExitCodes.USAGE, "--width must be at least 20, not " + width);
        StoryLoader.Loaded loaded = StoryLoader.load(folder, spec);
        if (loaded.story() == null) return loaded.exitCode();
        Story story = loaded.story();
        if (language != null) {
            if (!story.languages().contains(language)) {
                return Complaints.error(spec, ExitCodes.USAGE, "'" + folder + "' has no translation into '" + language + "'; it can be read in "
                        + String.join(", ", story.languages()) + " (crossing translate writes a translation)");
            }
            story = story.in(language);
        }
        text = words(story.metadata().language());
        boolean terminal = Terminal.interactive();
        long journeySeed = seed != null ? seed : new SecureRandom().nextLong();
        if (json) {
            // Text is kept unwrapped and plain; nothing is printed until the transcript.
            out = new PrintWriter(PrintWriter.nullWriter());
            wrapper = new TextWrapper(Integer.MAX_VALUE / 2, false);
            transcript = new PlayTranscript(story, journeySeed, text.t("wait"));
        } else {
            out = spec.commandLine().getOut();
            wrapper = new TextWrapper(width != null ? width : columns(terminal), terminal && System.getenv("NO_COLOR") == null);
            if (record != null) transcript = new PlayTranscript(story, journeySeed, text.t("wait"));
        }
        timers = terminal && !noTimers && !json;
        int code = play(story, journeySeed, new PlayerInput(Surroundings.of(spec).in()), err);
        if (json) {
            spec.commandLine().getOut().println(transcript.toJson());
            spec.commandLine().getOut().flush();
        }
        if (record != null) {
            try {
                Path parentFolder = record.toAbsolutePath().getParent();
                if (parentFolder != null) Files.createDirectories(parentFolder);
                Files.writeString(record, transcript.toJson() + "\n");
                if (!json) {
                    spec.commandLine().getOut().println(text.t("journey-saved", record));
                    spec.commandLine().getOut().flush();
                }
            } catch (IOException | RuntimeException e) {
                return Complaints.error(spec, ExitCodes.USAGE, "cannot save the journey to " + record + ": " + e.getMessage());
            }
        }
        return code;
    }

    /** The width to wrap to: the terminal's (at most {@link #MAX_WIDTH}), else $COLUMNS, else {@link #DEFAULT_WIDTH}. */
    static int columns(boolean terminal) {
        int columns = terminal ? Terminal.columns() : 0;
        if (columns <= 0) {
            try {
                String variable = System.getenv("COLUMNS");
                columns = variable == null ? 0 : Integer.parseInt(variable.strip());
            } catch (NumberFormatException notANumber) {
                columns = 0;
            }
        }
        return columns <= 0 ? DEFAULT_WIDTH : Math.min(MAX_WIDTH, columns);
    }

    private int play(Story story, long journeySeed, PlayerInput input, PrintWriter err) {
        out.println(wrapper.wrap(story.title().toUpperCase(Locale.ROOT), ""));
        if (!story.metadata().authors().isEmpty()) out.println(text.t("by", String.join(", ", story.metadata().authors())));
        if (story.metadata().contentNote() != null) {
            out.println();
            out.println(wrapper.wrap(text.t("content-note", story.metadata().contentNote()), ""));
        }
        out.println();
        out.println(wrapper.wrap(text.t("how-to"), ""));
        State state = Engine.begin(story, journeySeed);
        Chapter chapter = null;
        while (!Engine.finished(story, state)) {
            Scene scene = story.scene(state.scene());
            if (scene.chapter() != null && !scene.chapter().equals(chapter)) {
                chapter = scene.chapter();
                out.println();
                out.println(text.t("chapter", chapter.number(), chapter.title()));
                if (chapter.picture() != null) out.println(wrapper.wrap(text.t("picture", chapter.picture().alt()), ""));
            }
            show(story, state, scene);
            List<Action> actions = Engine.actions(story, state);
            if (actions.isEmpty()) {
                return stop(err, "stuck", ExitCodes.STORY_ERRORS, text.t("stuck", scene.id(), scene.position()));
            }
            Answer answer = ask(story, state, scene, input);
            if (answer.quit()) {
                out.println();
                out.println(text.t("left", journeySeed));
                out.flush();
                if (transcript != null) transcript.stopped("quit");
                return ExitCodes.OK;
            }
            if (answer.action() == null) {
                return stop(err, "input-ended", ExitCodes.USAGE, text.t("input-ended", scene.id()));
            }
            if (transcript != null) transcript.took(story, state, answer.action());
            state = Engine.next(story, state, answer.action());
            if (state.stepCount() >= MAX_STEPS) {
                return stop(err, "step-limit", ExitCodes.USAGE, text.t("step-limit", MAX_STEPS));
            }
        }
        Scene end = story.scene(state.scene());
        show(story, state, end);
        finish(story, state, end, journeySeed);
        return ExitCodes.OK;
    }

    private int stop(PrintWriter err, String why, int code, String message) {
        if (transcript != null) transcript.stopped(why);
        out.flush();
        return Complaints.error(spec, code, message);
    }

    /** The loop heard under the scene shown last, or null: the terminal says a loop once, as it begins. */
    private Ambient heard;

    private void show(Story story, State state, Scene scene) {
        List<String> blocks = new ArrayList<>();
        if (scene.place() != null) {
            blocks.add(String.format(Locale.ROOT, "[%s, %.2f, %.2f]", scene.place().name(), scene.place().latitude(), scene.place().longitude()));
        }
        // As the web player plays it: the scene's own loop, else its chapter's bed, said when it
        // begins (not again on each scene it carries on under); a spot sound on its scene.
        Ambient loop = scene.ambient() != null ? scene.ambient() : scene.chapter() == null ? null : scene.chapter().bed();
        if (loop != null && (heard == null || !heard.file().equals(loop.file()))) blocks.add(wrapper.wrap(text.t("sound", loop.description()), ""));
        heard = loop;
        if (scene.sound() != null) blocks.add(wrapper.wrap(text.t("sound-spot", scene.sound().description()), ""));
        out.println();
        for (String line : blocks) out.println(line);
        if (!scene.tags().isEmpty()) out.println(wrapper.dim(tags(scene.tags())));
        for (Block block : scene.blocks()) {
            String shown = switch (block) {
                case Block.Paragraph p -> wrapper.wrap(Narrator.runs(story, state, p.text()), "");
                case Block.FactCard f -> wrapper.wrap(text.t("fact", f.fact().statement(), f.fact().source().citation()), "  ");
                case Block.Image image -> {
                    StringBuilder picture = new StringBuilder(wrapper.wrap(text.t("picture", image.alt()), ""));
                    for (Hotspot hotspot : image.hotspots()) {
                        picture.append('\n').append(wrapper.wrap("· " + hotspot.label() + ": " + describe(hotspot.target()), "  "));
                    }
                    yield picture.toString();
                }
                case Block.Video video -> wrapper.wrap(text.t("video", video.title(), video.captions()), "");
                case Block.Audio audio -> wrapper.wrap(text.t("audio", audio.title(), audio.transcript()), "");
            };
            blocks.add(shown);
            out.println(shown);
            out.println();
        }
        if (transcript != null) transcript.scene(story, state, scene, blocks, waitOffered(story, state, scene, timers));
    }

    /** Tags as the author wrote them: "#danger #night". */
    static String tags(List<String> tags) {
        return tags.stream().map(tag -> "#" + tag).collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Whether letting the countdown run out is offered as a numbered choice: when no countdown
     * runs (no terminal, {@code --no-timers}, {@code --json}) and running out is not the same as
     * an offered choice, as when the timer leads where no choice does or its choice is hidden.
     * Every way on the engine offers, and the checker counts, can then be taken.
     */
    static boolean waitOffered(Story story, State state, Scene scene, boolean timers) {
        if (timers || scene.timer() == null || scene.isChance() || scene.isEnding()) return false;
        for (Option option : Engine.options(story, state)) {
            if (option.enabled() && option.timedDefault()) return false;
        }
        return true;
    }

    private Answer ask(Story story, State state, Scene scene, PlayerInput input) {
        List<Action> numbered = new ArrayList<>();
        if (scene.isChance()) {
            out.println("1. " + scene.continueLabel());
            numbered.add(Action.CONTINUE);
        } else {
            for (Option option : Engine.options(story, state)) {
                String label = Narrator.plain(story, state, option.choice().label());
                String tags = option.choice().tags().isEmpty() ? "" : "  " + wrapper.dim(tags(option.choice().tags()));
                if (option.enabled()) {
                    numbered.add(Action.choose(option.index()));
                    out.println(wrapper.hanging(numbered.size() + ". " + label + (option.timedDefault() ? text.t("taken-when-time-runs-out") : ""), 3) + tags);
                } else {
                    out.println(wrapper.hanging("-  " + label + " — " + option.disabledReason(), 3) + tags);
                }
            }
            if (waitOffered(story, state, scene, timers)) {
                numbered.add(Action.TIMEOUT);
                out.println(numbered.size() + ". " + text.t("wait"));
            }
        }
        boolean timed = scene.timer() != null && !scene.isChance();
        if (timed) out.println(text.t(timers ? "timed" : "timed-waiting", scene.timer().seconds()));
        for (int invalid = 0; invalid < MAX_INVALID; invalid++) {
            out.print("> ");
            out.flush();
            String line = timed && timers
                    ? input.next(scene.timer().seconds(), left -> {
                        out.print("\r[" + left + " s] > ");
                        out.flush();
                    })
                    : input.next();
            if (line.equals(PlayerInput.END)) return Answer.ENDED;
            if (line.equals(PlayerInput.TIMED_OUT)) {
                out.println();
                out.println(text.t("time-ran-out"));
                return new Answer(Action.TIMEOUT, false);
            }
            String answer = line.strip();
            if (answer.equalsIgnoreCase("q") || answer.equalsIgnoreCase("quit")) return Answer.QUIT;
            // Enter alone takes the only way on, as a "Continue" button would.
            if (answer.isEmpty() && numbered.size() == 1) return new Answer(numbered.getFirst(), false);
            if (scene.isChance()) return new Answer(Action.CONTINUE, false);
            try {
                int number = Integer.parseInt(answer);
                if (number >= 1 && number <= numbered.size()) return new Answer(numbered.get(number - 1), false);
            } catch (NumberFormatException notANumber) {
                // asked again below
            }
            out.println(numbered.size() == 1 ? text.t("press-enter") : text.t("type-number", numbered.size()));
        }
        return Answer.ENDED;
    }

    private void finish(Story story, State state, Scene end, long journeySeed) {
        EndingKind kind = end.ending().kind();
        out.println(text.t("the-end", wrapper.toned(kind.label(), kind.tone()), Narrator.plain(story, state, end.ending().summary())));
        out.println();
        out.println(text.t("your-path"));
        int decisions = 0;
        String place = null;
        for (Step step : state.path()) {
            Scene scene = story.scene(step.scene());
            if (scene.place() != null && !scene.place().name().equals(place)) {
                place = scene.place().name();
                out.println(wrapper.wrap(text.t("in-place", place), "  ", "    "));
            }
            String line = switch (step.kind()) {
                case CHOICE -> String.format("%d. %s", ++decisions, Narrator.plain(story, state, scene.choices().get(step.index()).label()));
                case TIMEOUT -> String.format("%d. %s", ++decisions, text.t("time-ran-out-choice") + (step.index() < scene.choices().size()
                        ? " " + Narrator.plain(story, state, scene.choices().get(step.index()).label()) : ""));
                case CHANCE -> text.t("chance-chose", scene.continueLabel());
            };
            // Numbers right-aligned in four columns; the wrapper drops leading spaces, so they go in the indent.
            String first = step.kind() == Step.Kind.CHANCE ? "      " : decisions < 10 ? "   " : decisions < 100 ? "  " : " ";
            out.println(wrapper.wrap(line, first, "      "));
        }
        List<Source> shown = sourcesShown(story, state);
        if (!shown.isEmpty()) {
            out.println();
            out.println(text.t("sources"));
            for (Source source : shown) {
                out.println(wrapper.hanging("- " + source.citation() + (source.url() == null ? "" : " " + source.url()), 2));
            }
        }
        out.println();
        out.println(text.t("seed", journeySeed));
        out.flush();
        if (transcript != null) transcript.ended(story, state, end, shown);
    }

    /** The sources cited by the fact cards and hotspots of the scenes this journey showed, in the order first shown. */
    static List<Source> sourcesShown(Story story, State state) {
        Set<Source> sources = new LinkedHashSet<>();
        List<Integer> scenes = new ArrayList<>();
        for (Step step : state.path()) scenes.add(step.scene());
        scenes.add(state.scene());
        for (int index : scenes) {
            for (Block block : story.scene(index).blocks()) {
                if (block instanceof Block.FactCard card) sources.add(card.fact().source());
                if (block instanceof Block.Image image) {
                    for (Hotspot hotspot : image.hotspots()) {
                        if (hotspot.target() instanceof Hotspot.FactTarget fact) sources.add(fact.fact().source());
                    }
                }
            }
        }
        sources.removeIf(Objects::isNull);
        return List.copyOf(sources);
    }

    /** The command's own words in {@code language}: English when they are not written in it. */
    static Messages words(String language) {
        return Messages.of(PlayCommand.class, "play", language);
    }

    private String describe(Hotspot.Target target) {
        return switch (target) {
            case Hotspot.FactTarget f -> f.fact().statement() + " (" + f.fact().source().citation() + ")";
            case Hotspot.PhotoTarget p -> text.t("photo", p.alt());
            case Hotspot.AudioTarget a -> text.t("audio-spot", a.title());
            case Hotspot.TextTarget t -> t.text();
        };
    }
}
