package org.crossing.app.player;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crossing.app.http.Assets;
import org.crossing.app.stats.MemoryCounterStore;
import org.crossing.app.stats.Statistics;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.State;

/**
 * How much CPU time The Crossing's share cards take to draw (the thread's, so that a busy machine
 * does not count), and their sizes: for each ending, its picture
 * drawn once (jsvg), its size as kept (PNG) and the cost of decoding it for a card, then the card
 * drawn over the picture, five times (median). Not a test:
 * run it as docs/benchmarks.md says.
 */
public final class ShareCardTiming {

    public static void main(String[] args) throws Exception {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        PublishedStory story = StoryCatalog.compile(Paths.get(args.length > 0 ? args[0] : "stories/the-crossing"));
        try (Statistics statistics = new Statistics(new MemoryCounterStore(), List.of(), Duration.ofHours(1))) {
            Pages pages = new Pages(Assets.load(), statistics, slug -> "");
            Map<String, State> journeys = ShareCardPictureTest.longestJourneyToEachEnding(story.story(), 3000);
            System.out.printf("%-18s %14s %10s %15s %12s %8s %8s%n", "ending", "picture cpu ms", "picture KB", "decode cpu ms", "card cpu ms", "KB 1200", "KB 600");
            for (Map.Entry<String, State> journey : journeys.entrySet()) {
                State state = journey.getValue();
                String summary = Narrator.plain(story.story(), state, story.story().scene(state.scene()).ending().summary());
                var code = new org.crossing.app.token.ShareCard(state.scene(), summary, Journey.decisions(story.story(), state).count(), Journey.placeScenes(story.story(), state));
                ShareCards cards = ShareCards.of(pages, story, code);
                long start = cpu.getCurrentThreadCpuTime();
                var picture = CardPicture.draw(cards.shown().picture().file(), ShareImage.WIDTH, ShareImage.HEIGHT);
                long pictureMs = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
                // The picture as a node keeps it (PNG), and what decoding it for each card costs (median of five).
                int pictureKb = PngBytes.of(picture).length / 1024;
                CardPicture kept = new CardPicture();
                kept.cover(cards.shown().picture(), ShareImage.WIDTH, ShareImage.HEIGHT);
                long[] decodes = new long[5];
                for (int i = 0; i < decodes.length; i++) {
                    start = cpu.getCurrentThreadCpuTime();
                    kept.cover(cards.shown().picture(), ShareImage.WIDTH, ShareImage.HEIGHT);
                    decodes[i] = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
                }
                Arrays.sort(decodes);
                long[] times = new long[5];
                int size = 0;
                for (int i = 0; i < times.length; i++) {
                    start = cpu.getCurrentThreadCpuTime();
                    size = ShareImage.draw(cards.shown(), ShareImage.WIDTH, picture).length;
                    times[i] = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
                }
                Arrays.sort(times);
                int small = ShareImage.draw(cards.shown(), ShareImage.SMALL_WIDTH, picture).length;
                System.out.printf("%-18s %14d %10d %15d %12d %8d %8d%n", journey.getKey(), pictureMs, pictureKb, decodes[2], times[2], size / 1024, small / 1024);
            }
        }
    }
}
