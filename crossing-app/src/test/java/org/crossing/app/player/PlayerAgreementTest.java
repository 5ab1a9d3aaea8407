package org.crossing.app.player;

import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.app.bench.StoryGenerator;
import org.crossing.app.token.PlayToken;
import org.crossing.app.token.PlayTokens;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checker and the player agree (issue 16): in every state a journey can reach, every action
 * the engine offers, which the checker explores, can be taken on the scene page, and nothing
 * else. Without a script (and with countdowns off) each action is a button: a choice, the
 * chance's "go", or for a countdown either the choice it takes or the "Wait" button. With a
 * script and countdowns on, a countdown runs exactly where the engine can let time run out.
 * Checked on every shipped story and on generated ones.
 */
class PlayerAgreementTest {

    /** States checked per story, breadth first from the start: enough to reach every scene of the shipped stories' first chapters and more. */
    private static final int STATES = 400;
    private static final Pattern BUTTON = Pattern.compile("<button class=\"choice[^\"]*\" name=\"c\" value=\"([^\"]+)\"");

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(generated(ServedStories.of().example("night-train").example("lighthouse")
            .example("market-day").theCrossing().testStory("river"))).withClock(ExampleStoriesTest.AFTER_LAUNCH);

    /** With two generated stories, of 30 and of 120 scenes. */
    private static ServedStories generated(ServedStories stories) {
        for (int scenes : new int[] {30, 120}) stories.written("generated-" + scenes, StoryGenerator.generate(scenes));
        return stories;
    }

    @Test
    void everyActionTheEngineOffersIsOfferedByThePageInEveryMode() throws Exception {
        PlayTokens tokens = new PlayTokens(running.signer());
        List<String> slugs = new ArrayList<>();
        for (PublishedStory published : running.node().catalog().all()) {
            slugs.add(published.slug());
            Story story = published.story();
            Deque<State> queue = new ArrayDeque<>(List.of(Engine.begin(story, 7)));
            Set<Situation> seen = new HashSet<>();
            int checked = 0;
            while (!queue.isEmpty() && checked < STATES) {
                State state = queue.poll();
                if (!seen.add(new Situation(state)) || Engine.finished(story, state)) continue;
                checked++;
                List<Action> actions = Engine.actions(story, state);
                String html = page(published.slug(), tokens.encode(published.slug(), PlayToken.begin(state, ExampleStoriesTest.AFTER_LAUNCH.instant())));
                String where = published.slug() + " in scene '" + story.scene(state.scene()).id() + "'";
                assertThat(offered(story, state, html)).as(where).containsExactlyInAnyOrderElementsOf(actions);
                assertThat(html.contains("data-seconds=")).as(where + ": a countdown runs where time can run out").isEqualTo(actions.contains(Action.TIMEOUT));
                for (Action action : actions) {
                    for (Branch branch : Engine.branches(story, state, action)) queue.add(branch.state());
                }
            }
            assertThat(checked).as(published.slug()).isPositive();
        }
        assertThat(slugs).contains("river", "night-train", "generated-30", "generated-120");
    }

    /**
     * The actions a page's buttons take. A countdown's time running out is offered by its "Wait"
     * button, or by the choice the countdown takes: the same step to the same place.
     */
    private static List<Action> offered(Story story, State state, String html) {
        List<Action> offered = new ArrayList<>();
        Matcher m = BUTTON.matcher(html);
        while (m.find()) {
            String value = m.group(1);
            offered.add(switch (value) {
                case "go" -> Action.CONTINUE;
                case "timeout" -> Action.TIMEOUT;
                default -> Action.choose(Integer.parseInt(value));
            });
        }
        if (!offered.contains(Action.TIMEOUT) && story.scene(state.scene()).timer() != null) {
            State timedOut = Engine.next(story, state, Action.TIMEOUT);
            for (Action action : List.copyOf(offered)) {
                State chosen = Engine.next(story, state, action);
                if (chosen.scene() == timedOut.scene() && chosen.values().equals(timedOut.values())) {
                    offered.add(Action.TIMEOUT);
                    break;
                }
            }
        }
        return offered;
    }

    /** A state as the checker tells states apart: scene, values, used choices and counted visits. */
    private record Situation(State state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Situation other && state.sameSituation(other.state);
        }

        @Override
        public int hashCode() {
            return state.situationHash();
        }
    }

    private static String page(String slug, String token) throws Exception {
        var response = running.player().get("/s/" + slug + "/play?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
