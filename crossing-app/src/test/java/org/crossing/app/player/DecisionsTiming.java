package org.crossing.app.player;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import gg.jte.generated.precompiled.JtesceneGenerated;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import org.crossing.app.http.Assets;
import org.crossing.app.stats.MemoryCounterStore;
import org.crossing.app.stats.Statistics;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * What counting a journey's decisions costs a scene page ({@link Journey#decisions} replays the
 * journey from its seed), against the whole page built and rendered, in the thread's CPU time, on
 * the longest of 200 random journeys. Not a test: run it as docs/benchmarks.md says.
 */
public final class DecisionsTiming {

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        PublishedStory published = StoryCatalog.compile(Paths.get(args.length > 0 ? args[0] : "stories/the-crossing"));
        Story story = published.story();
        State longest = longestOf(story, 200);
        State before = Engine.begin(story, longest.seed());
        for (var step : longest.path().subList(0, longest.path().size() - 1)) {
            before = Engine.next(story, before, switch (step.kind()) {
                case CHOICE -> Action.choose(step.index());
                case TIMEOUT -> Action.TIMEOUT;
                case CHANCE -> Action.CONTINUE;
            });
        }
        State page = before;
        System.out.println(page.stepCount() + " steps: " + Journey.decisions(story, page));
        try (Statistics statistics = new Statistics(new MemoryCounterStore(), List.of(), Duration.ZERO)) {
            Pages pages = new Pages(Assets.load(), statistics, slug -> "");
            long sink = 0;
            for (int round = 1; round <= 5; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < 20_000; i++) sink += Journey.decisions(story, page).count();
                long replay = cpu.getCurrentThreadCpuTime() - start;
                start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < 2_000; i++) {
                    StringOutput out = new StringOutput();
                    JtesceneGenerated.render(new OwaspHtmlTemplateOutput(out), null, pages.scene(published, page, "token"), false);
                    sink += out.toString().length();
                }
                long whole = cpu.getCurrentThreadCpuTime() - start;
                System.out.printf("round %d: decisions %.1f µs, the scene page built and rendered %.1f µs%n", round, replay / 20_000 / 1000.0,
                        whole / 2_000 / 1000.0);
            }
            if (sink == 42) System.out.println();
        }
    }

    private static State longestOf(Story story, int journeys) {
        Random random = new Random(1);
        State longest = null;
        for (int j = 0; j < journeys; j++) {
            State state = Engine.begin(story, random.nextLong());
            while (!Engine.finished(story, state)) {
                List<Action> actions = Engine.actions(story, state);
                if (actions.isEmpty()) break;
                state = Engine.next(story, state, actions.get(random.nextInt(actions.size())));
            }
            if (longest == null || state.stepCount() > longest.stepCount()) longest = state;
        }
        return longest;
    }
}
