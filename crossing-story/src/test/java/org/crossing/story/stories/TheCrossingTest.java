package org.crossing.story.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Block;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays scripted paths through the production in stories/the-crossing to each of its endings.
 * A step is a choice's label as the player reads it, or "-> scene" to continue from a chance
 * scene into the outcome that leads to that scene.
 */
class TheCrossingTest {

    private static final Path FOLDER = Path.of("..", "stories", "the-crossing");

    private static Story story;

    @BeforeAll
    static void compile() {
        Compilation compilation = StoryCompiler.compile(FOLDER);
        assertThat(compilation.ok()).as(compilation.report()).isTrue();
        // No warning at all, translations included: the Korean edition stays complete and current, so a
        // new or changed text needs its Korean too ('crossing translate ../stories/the-crossing --lang ko').
        assertThat(compilation.warnings()).as(compilation.report()).isZero();
        story = compilation.story();
    }

    // With a broker, the cousin's word and the mother told: money 3 (300 yuan), trust 3.
    private static final List<String> HOME = List.of(
            "Take the rice cakes to the market", "Sell the sewing machine", "Continue",
            "Ask her to arrange a meeting with the uncle", "Give him 300 yuan as a deposit", "Continue",
            "Tell your mother what you are thinking", "Continue",
            "Call your cousin in China", "Ask her to vouch for you with the uncle", "Continue");

    private static final List<String> PAID_CROSSING = List.of(
            "-> inspection_pass", "Go with the uncle's people when they come",
            "Cross here, on the Yalu, where a guard has been paid", "Follow him down onto the ice", "-> far_bank");

    // Through Yanji with a forged card and a phone, out of the raid, to the choice of routes.
    private static final List<String> TO_THE_ROUTE = List.of(
            "Climb up to the road and find the uncle's man", "Refuse: say you go only where your cousin said", "Continue", "Continue",
            "Buy a forged Chinese identity card", "Continue", "Buy a cheap mobile phone", "Continue",
            "Ask the owner how people get to the South", "Continue", "Stay still behind the sacks", "-> after_raid",
            "Call your cousin: she knows people who can get you out");

    private static final List<String> SOUTH_TO_LAOS = List.of(
            "Go south, through China to Laos and Thailand", "Continue", "Take out the card and hold it ready", "-> kunming",
            "Leave tomorrow with the group", "Ride in the minivan on the road");

    private static final List<String> NORTH_TO_THE_GOBI = List.of(
            "Go north-west, to Mongolia and across the Gobi", "Continue", "Stay close behind the guide and keep walking",
            "Leave tonight with what you have", "Lie flat behind the scrub");

    private static final List<String> HANAWON = List.of(
            "Continue", "Write a letter to your mother that you cannot send", "Continue");

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("caught_before", path(HOME, List.of("-> caught_before"))),
                Arguments.of("stay_home", path(HOME, List.of("-> inspection_pass", "Stay, not this winter"))),
                Arguments.of("turned_back", path(HOME, List.of("-> inspection_pass", "Go with the uncle's people when they come",
                        "Cross here, on the Yalu, where a guard has been paid", "Something is wrong: slip back into the town"))),
                Arguments.of("captured_river", path(HOME, List.of("-> inspection_pass", "Go on your own, across the ice at the edge of town",
                        "Continue", "Wait for the searchlight to pass", "Lie flat in the snow and do not move", "-> captured_river"))),
                Arguments.of("checkpoint_caught", path(HOME, List.of("-> inspection_pass", "Go with the uncle's people when they come",
                        "Go east to the Tumen with the uncle's people", "Burrow down under the sacks and hold still", "-> checkpoint_caught"))),
                Arguments.of("hiding_farm", path(HOME, List.of("-> inspection_pass", "Go on your own, across the ice at the edge of town",
                        "Continue", "Run now, while his back is turned", "-> far_bank", "Hide in the barn until morning",
                        "Wait for him: you have nowhere else to go", "Stay, and survive"))),
                Arguments.of("sent_back_china", path(HOME, PAID_CROSSING, List.of("Knock at the house with the light on", "-> reported", "Continue"))),
                Arguments.of("hiding_yanji", path(HOME, PAID_CROSSING, List.of("Climb up to the road and find the uncle's man",
                        "Refuse: say you go only where your cousin said", "Continue", "Continue", "Ask the owner how people get to the South",
                        "Continue", "Stay still behind the sacks", "-> after_raid", "Find another kitchen and stay, out of sight"))),
                Arguments.of("sent_back_laos", path(HOME, PAID_CROSSING, TO_THE_ROUTE, SOUTH_TO_LAOS, List.of("-> laos_caught",
                        "Ask, again and again, to be handed to the South Korean embassy", "-> sent_back_laos"))),
                Arguments.of("seoul", path(HOME, PAID_CROSSING, TO_THE_ROUTE, SOUTH_TO_LAOS, List.of("-> laos_through", "Continue",
                        "Get into the boat now", "Continue", "Walk to the police post and give yourself up", "Continue",
                        "First tell her about the others still in China, and where they are", "Continue"), HANAWON)),
                Arguments.of("seoul", path(HOME, PAID_CROSSING, TO_THE_ROUTE, SOUTH_TO_LAOS, List.of("-> laos_caught",
                        "Ask, again and again, to be handed to the South Korean embassy", "-> incheon"), HANAWON)),
                Arguments.of("died_gobi", path(HOME, PAID_CROSSING, TO_THE_ROUTE, NORTH_TO_THE_GOBI, List.of("-> gobi_lost",
                        "Stay by the track and wait for someone to come", "-> died_gobi"))),
                Arguments.of("seoul", path(HOME, PAID_CROSSING, TO_THE_ROUTE, NORTH_TO_THE_GOBI, List.of("-> mongolia_guards",
                        "Continue", "Continue"), HANAWON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void aScriptedPathReachesTheEnding(String ending, List<String> steps) {
        State state = play(steps);
        assertThat(story.scene(state.scene()).id()).isEqualTo(ending);
        assertThat(Engine.finished(story, state)).isTrue();
    }

    @Test
    void everyEndingHasAScriptedPath() {
        List<String> endings = story.scenes().stream().filter(Scene::isEnding).map(Scene::id).toList();
        List<String> scripted = paths().map(arguments -> (String) arguments.get()[0]).distinct().toList();
        assertThat(scripted).containsExactlyInAnyOrderElementsOf(endings);
    }

    @Test
    void withoutAForgedCardTheTrainCheckOffersItDisabledWithAReason() {
        State state = play(path(HOME, PAID_CROSSING, List.of("Climb up to the road and find the uncle's man",
                "Refuse: say you go only where your cousin said", "Continue", "Continue", "Ask the owner how people get to the South",
                "Continue", "Stay still behind the sacks", "-> after_raid", "Find the church the cook once told you about",
                "Continue", "Go south, through China to Laos and Thailand", "Continue")));
        assertThat(story.scene(state.scene()).id()).isEqualTo("train_check");
        Option card = Engine.options(story, state).get(0);
        assertThat(card.enabled()).isFalse();
        assertThat(card.disabledReason()).isEqualTo("You have no papers to show");
    }

    @Test
    void moneySpentInYanjiIsGoneWhenSheComesBackToTheRoom() {
        List<String> toYanji = path(HOME, PAID_CROSSING, List.of("Climb up to the road and find the uncle's man",
                "Refuse: say you go only where your cousin said", "Continue", "Continue"));
        assertThat(moneyLine(play(toYanji))).isEqualTo("You have 600 yuan sewn into your coat.");
        assertThat(moneyLine(play(path(toYanji, List.of("Buy a forged Chinese identity card", "Continue")))))
                .isEqualTo("You have 200 yuan sewn into your coat.");
        assertThat(moneyLine(play(path(toYanji, List.of("Buy a forged Chinese identity card", "Continue", "Buy a cheap mobile phone", "Continue")))))
                .isEqualTo("Nothing is left in the lining of your coat: every yuan you sewed into it is spent.");
        assertThat(moneyLine(play(path(toYanji, List.of("Keep your head down and work another month", "Continue")))))
                .isEqualTo("You have 800 yuan sewn into your coat.");
    }

    @Test
    void lookingAroundTheRoomShowsSomethingNewEachTimeAndThenOnlyTheWayToTheMarket() {
        List<String> seen = new ArrayList<>();
        List<List<String>> offered = new ArrayList<>();
        State state = Engine.begin(story, 1);
        for (String step : List.of("Look around the room first", "Lift the cloth in the corner", "Open the drawer")) {
            state = play(state, step);
            Scene scene = story.scene(state.scene());
            seen.add(scene.id());
            offered.add(Engine.options(story, state).stream().filter(Option::enabled).map(o -> label(o.choice())).toList());
        }
        assertThat(seen).containsExactly("room_look", "room_machine", "room_photo");
        assertThat(offered).containsExactly(
                List.of("Lift the cloth in the corner", "Take the rice cakes to the market"),
                List.of("Open the drawer", "Take the rice cakes to the market"),
                List.of("Take the rice cakes to the market"));
        assertThat(story.scene(play(state, "Take the rice cakes to the market").scene()).id()).isEqualTo("market");
    }

    private static String moneyLine(State state) {
        Scene scene = story.scene(state.scene());
        assertThat(scene.id()).isEqualTo("yanji_room");
        Block.Paragraph first = (Block.Paragraph) scene.blocks().stream().filter(Block.Paragraph.class::isInstance).findFirst().orElseThrow();
        String text = Narrator.plain(story, state, first.text());
        return text.substring(0, text.indexOf('.') + 1);
    }

    /**
     * Words that recall an earlier moment of the journey, and the scene where that moment happens.
     * The story guards such memories with seen(); a text that uses one on a path that never passed
     * the scene (the embassy told of "a woman from Musan" whom only a deportation meets) is a
     * continuity error.
     */
    private static final Map<String, String> MEMORIES = memories(
            "woman from Musan", "sent_back_china",
            "where you were sold", "farm_sold",
            "the man's mother", "farm_sold",
            "woman in the red scarf", "farm_escape",
            "second car", "broker_car",
            "uncle's man", "decide_go",
            "policeman with the torch", "raid_hide",
            "girls taken in the raid", "after_raid",
            "restaurant in Yanji", "yanji_kitchen",
            "grandmother from Chongjin", "train_south",
            "answered the railway police", "pretend_sleep",
            "the mother and the boy", "train_north",
            "wraps the boy", "train_north",
            "back on the bank where they caught you", "mekong_patrol",
            "no engine comes that day", "gobi_wait");

    @Test
    void everyMemoryPhraseIsInTheStoryAndItsSceneExists() {
        String all = story.scenes().stream().map(TheCrossingTest::sourceText).reduce("", String::concat).toLowerCase(Locale.ROOT);
        MEMORIES.forEach((phrase, scene) -> {
            assertThat(all).as("the story's text").contains(phrase.toLowerCase(Locale.ROOT));
            assertThat(story.scene(scene)).as("scene '%s'", scene).isNotNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void aScriptedPathRecallsOnlyScenesItVisited(String ending, List<String> steps) {
        State state = Engine.begin(story, 1);
        Set<String> visited = new HashSet<>();
        for (String step : steps) {
            assertRecallsOnlyVisited(state, visited);
            state = play(state, step);
        }
        assertRecallsOnlyVisited(state, visited);
        assertThat(story.scene(state.scene()).id()).isEqualTo(ending);
    }

    @Test
    void twoThousandRandomJourneysRecallOnlyScenesTheyVisited() {
        Set<String> endings = new HashSet<>();
        for (long seed = 1; seed <= 2_000; seed++) {
            Random random = new Random(seed);
            State state = Engine.begin(story, seed);
            Set<String> visited = new HashSet<>();
            for (int steps = 0; !Engine.finished(story, state); steps++) {
                assertThat(steps).as("journey %d is still going after 500 steps", seed).isLessThan(500);
                assertRecallsOnlyVisited(state, visited);
                List<Action> actions = Engine.actions(story, state);
                state = Engine.next(story, state, actions.get(random.nextInt(actions.size())));
            }
            assertRecallsOnlyVisited(state, visited);
            endings.add(story.scene(state.scene()).id());
        }
        assertThat(endings).as("the random journeys reach every ending")
                .containsExactlyInAnyOrderElementsOf(story.scenes().stream().filter(Scene::isEnding).map(Scene::id).toList());
    }

    /** Adds the current scene to the visited ones, then checks every memory its text and choices use. */
    private static void assertRecallsOnlyVisited(State state, Set<String> visited) {
        Scene scene = story.scene(state.scene());
        visited.add(scene.id());
        StringBuilder shown = new StringBuilder();
        for (Block block : scene.blocks()) {
            if (block instanceof Block.Paragraph paragraph) shown.append(Narrator.plain(story, state, paragraph.text())).append('\n');
        }
        for (Option option : Engine.options(story, state)) shown.append(Narrator.plain(story, state, option.choice().label())).append('\n');
        String text = shown.toString().toLowerCase(Locale.ROOT);
        MEMORIES.forEach((phrase, memory) -> {
            if (text.contains(phrase.toLowerCase(Locale.ROOT))) {
                assertThat(visited).as("scene '%s' says \"%s\", which happens in '%s'; visited: %s", scene.id(), phrase, memory, visited)
                        .contains(memory);
            }
        });
    }

    private static String sourceText(Scene scene) {
        StringBuilder out = new StringBuilder();
        for (Block block : scene.blocks()) {
            if (block instanceof Block.Paragraph paragraph) out.append(paragraph.text().source()).append('\n');
        }
        for (Choice choice : scene.choices()) out.append(label(choice)).append('\n');
        return out.toString();
    }

    private static Map<String, String> memories(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map;
    }

    @SafeVarargs
    private static List<String> path(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) all.addAll(part);
        return all;
    }

    private static State play(List<String> steps) {
        State state = Engine.begin(story, 1);
        for (String step : steps) state = play(state, step);
        return state;
    }

    private static State play(State state, String step) {
        Scene scene = story.scene(state.scene());
        if (step.startsWith("-> ")) {
            String target = step.substring(3);
            return Engine.branches(story, state, Action.CONTINUE).stream()
                    .map(Branch::state)
                    .filter(next -> story.scene(next.scene()).id().equals(target))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no chance outcome of '" + scene.id() + "' leads to '" + target + "'"));
        }
        Option option = Engine.options(story, state).stream()
                .filter(o -> o.enabled() && label(o.choice()).equals(step))
                .findFirst()
                .orElse(null);
        if (option == null) {
            fail("in scene '" + scene.id() + "' there is no choice '" + step + "'; offered: "
                    + Engine.options(story, state).stream().filter(Option::enabled).map(o -> label(o.choice())).toList());
        }
        return Engine.next(story, state, Action.choose(option.index()));
    }

    private static String label(Choice choice) {
        return choice.label().source();
    }
}
