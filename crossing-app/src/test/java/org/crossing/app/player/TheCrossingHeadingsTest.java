package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossing.app.studio.Journeys;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Block;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.Run;
import org.crossing.story.play.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Crossing's scene headings, as the player makes them (the first sentence of a scene's text,
 * {@link SceneHeading}), in English and in Korean: on the shortest journey into every scene and
 * on a few hundred random journeys, so that the scenes whose first sentence depends on the path
 * are read in their variants too. A first sentence too long for a heading is cut with an ellipsis
 * by the player; the story keeps its first sentences short enough that none is.
 */
class TheCrossingHeadingsTest {

    private static Story english;
    private static Story korean;
    private static Journeys journeys;

    @BeforeAll
    static void compile() {
        Path folder = Path.of("../stories/the-crossing");
        assumeTrue(Files.isDirectory(folder), "stories/the-crossing is not in this checkout");
        english = StoryCompiler.compile(folder).story();
        korean = english.translations().get("ko").story();
        journeys = Journeys.of(english, Checker.check(english));
    }

    @Test
    void noHeadingOnAnyJourneyIsCutAndTheFirstSceneDoesNotRepeatItsChapterCard() {
        TreeMap<String, TreeSet<String>> headings = new TreeMap<>();
        for (Scene scene : english.scenes()) {
            State state = Journeys.replay(english, journeys.to(scene.index()), 7);
            read(state, headings);
        }
        Random random = new Random(11);
        for (int journey = 0; journey < 300; journey++) {
            State state = Engine.begin(english, journey);
            read(state, headings);
            while (!Engine.finished(english, state)) {
                List<Action> actions = Engine.actions(english, state);
                state = Engine.next(english, state, actions.get(random.nextInt(actions.size())));
                read(state, headings);
            }
        }

        List<String> cut = headings.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(h -> h.endsWith("…")).map(h -> e.getKey() + ": " + h)).toList();
        assertThat(cut).isEmpty();
        assertThat(headings).hasSize(2 * (int) english.scenes().stream().filter(s -> !s.isEnding()).count());
        List<String> padded = headings.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(h -> !h.equals(h.strip())).map(h -> e.getKey() + ": '" + h + "'")).toList();
        assertThat(padded).as("headings that start or end with a space").isEmpty();
        // keeping the sewing machine opens this scene with a sentence of its own; selling it, with the next line
        assertThat(headings.get("en market_whisper")).contains("As you pack up, the woman leans closer and speaks without turning her head.");
        assertThat(headings.get("en dawn")).containsExactly("The cold wakes you before the light does.");
        assertThat(headings.get("ko dawn")).containsExactly("날이 밝기도 전에 추위가 먼저 잠을 깨운다.");
        assertThat(headings.get("en yanji_room")).isNotEmpty().allMatch(h -> h.matches("You have [1-9][0-9]* yuan sewn into your coat\\.")
                || h.equals("Nothing is left in the lining of your coat: every yuan you sewed into it is spent."));
    }

    /** Adds the heading of the scene {@code state} stands in, in both languages (an ending's page has its own). */
    private static void read(State state, TreeMap<String, TreeSet<String>> headings) {
        Scene scene = english.scene(state.scene());
        if (scene.isEnding()) return;
        headings.computeIfAbsent("en " + scene.id(), k -> new TreeSet<>()).add(heading(english, state));
        headings.computeIfAbsent("ko " + scene.id(), k -> new TreeSet<>()).add(heading(korean, state));
    }

    private static String heading(Story story, State state) {
        for (Block block : story.scene(state.scene()).blocks()) {
            if (!(block instanceof Block.Paragraph p)) continue;
            List<Run> runs = Narrator.runs(story, state, p.text());
            if (runs.stream().allMatch(r -> r.text().isBlank())) continue;
            return SceneHeading.split(runs).plain();
        }
        return "";
    }
}
