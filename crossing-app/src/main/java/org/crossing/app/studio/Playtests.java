package org.crossing.app.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.IllegalActionException;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;

/**
 * The playtests an author saved in the story's {@code playtests/} folder: transcripts written by
 * {@code crossing play --record FILE} (or {@code --json}), replayed through the engine against
 * the story as it is now. A transcript that no longer fits the story (a scene renamed, a choice
 * removed) counts up to the step where it parts from it, and says where.
 */
public final class Playtests {

    static final String FOLDER = "playtests";
    /** More files than this are not read: a playtest folder is for journeys an author saved by hand. */
    static final int MAX_FILES = 500;
    static final long MAX_BYTES = 2_000_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How one transcript replayed: how many of its scenes, and how it ended or where it parted from the story. */
    public record Result(String file, int replayed, int scenes, String outcome, boolean fits) {}

    private Playtests() {}

    /** Replays every {@code playtests/*.json} of {@code folder} into {@code coverage}, in file name order. */
    static List<Result> replay(Path folder, Coverage coverage) {
        Path dir = folder.resolve(FOLDER);
        List<Result> results = new ArrayList<>();
        if (!Files.isDirectory(dir)) return results;
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            results.add(new Result(FOLDER + "/", 0, 0, "the folder cannot be read: " + e.getMessage(), false));
            return results;
        }
        for (Path file : files) results.add(replay(FOLDER + "/" + file.getFileName(), file, coverage));
        return results;
    }

    static Result replay(String name, Path file, Coverage coverage) {
        JsonNode transcript;
        try {
            if (Files.size(file) > MAX_BYTES) return new Result(name, 0, 0, "larger than " + MAX_BYTES / 1_000_000 + " MB; not read", false);
            transcript = JSON.readTree(file.toFile());
        } catch (IOException e) {
            return new Result(name, 0, 0, "not a transcript: " + firstLine(e.getMessage()), false);
        }
        JsonNode scenes = transcript == null ? null : transcript.get("scenes");
        if (scenes == null || !scenes.isArray() || !transcript.path("seed").canConvertToLong()) {
            return new Result(name, 0, 0, "not a transcript: it needs a \"seed\" and a list of \"scenes\", as crossing play --record writes", false);
        }
        return replay(name, transcript.get("seed").asLong(), scenes, coverage, transcript);
    }

    private static Result replay(String name, long seed, JsonNode scenes, Coverage coverage, JsonNode transcript) {
        Story story = coverage.story();
        Coverage.Journey journey = coverage.journey(Coverage.Source.PLAYTESTS);
        State state = Engine.begin(story, seed);
        int total = scenes.size();
        for (int i = 0; i < total; i++) {
            JsonNode entry = scenes.get(i);
            Scene here = story.scene(state.scene());
            String id = entry.path("scene").asText();
            if (!here.id().equals(id)) {
                return new Result(name, i, total, "step " + (i + 1) + ": the transcript is in '" + id + "' where the story now reaches '" + here.id() + "'", false);
            }
            journey.arrive(state);
            JsonNode taken = entry.get("taken");
            if (taken == null || taken.isNull()) {
                if (i < total - 1) return new Result(name, i + 1, total, "step " + (i + 1) + ": nothing was taken in '" + id + "', yet the transcript goes on", false);
                break;
            }
            String next = i + 1 < total ? scenes.get(i + 1).path("scene").asText() : null;
            try {
                State after = take(story, state, here, taken, next, journey);
                if (after == null) {
                    return new Result(name, i + 1, total, "step " + (i + 1) + ": '" + describe(taken) + "' is not a way on from '" + id + "' any more", false);
                }
                state = after;
            } catch (IllegalActionException e) {
                return new Result(name, i + 1, total, "step " + (i + 1) + ": " + e.getMessage(), false);
            }
        }
        return new Result(name, total, total, outcome(story, state, transcript), true);
    }

    /** Takes in {@code here} what the transcript says was taken; null when the story offers no such way now. */
    private static State take(Story story, State state, Scene here, JsonNode taken, String next, Coverage.Journey journey) {
        switch (taken.path("kind").asText()) {
            case "choice" -> {
                int number = taken.path("number").asInt(0);
                List<Option> enabled = Engine.options(story, state).stream().filter(Option::enabled).toList();
                if (here.isChance() || number < 1 || number > enabled.size()) return null;
                Option option = enabled.get(number - 1);
                journey.took(here.index(), Action.choose(option.index()), option.index());
                return Engine.next(story, state, Action.choose(option.index()));
            }
            case "timeout" -> {
                if (here.timer() == null || here.isChance()) return null;
                State after = Engine.next(story, state, Action.TIMEOUT);
                journey.took(here.index(), Action.TIMEOUT, after.lastStep().index());
                return after;
            }
            case "chance" -> {
                if (!here.isChance()) return null;
                // The outcome the player met is the scene they were shown next; the seed draws it only when none follows.
                for (Branch branch : Engine.branches(story, state, Action.CONTINUE)) {
                    if (next == null || story.scene(branch.state().scene()).id().equals(next)) {
                        State after = next == null ? Engine.next(story, state, Action.CONTINUE) : branch.state();
                        journey.took(here.index(), Action.CONTINUE, after.lastStep().index());
                        return after;
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String outcome(Story story, State state, JsonNode transcript) {
        Scene at = story.scene(state.scene());
        if (at.isEnding()) return "ending '" + at.id() + "' (" + at.ending().kind().word() + ")";
        String stopped = transcript.path("stopped").asText("");
        return "stopped in '" + at.id() + "'" + (stopped.isEmpty() ? "" : " (" + stopped + ")");
    }

    private static String describe(JsonNode taken) {
        String kind = taken.path("kind").asText("?");
        return kind.equals("choice") ? "choice " + taken.path("number").asInt() : kind;
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
