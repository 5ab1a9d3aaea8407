package org.crossing.app.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crossing.app.bench.StoryGenerator;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;

/**
 * The figures behind docs/benchmarks.md's studio section ({@code bench/studio}): how long the
 * map takes to lay out and draw for The Crossing and for generated stories, and how long a save
 * takes to become a new revision that open pages fetch. Medians of several rounds, in one JVM
 * after a warm-up, so the numbers compare like with like.
 */
public final class StudioBenchmark {

    private StudioBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path theCrossing = Path.of(args.length > 0 ? args[0] : "stories/the-crossing");
        if (args.length > 2 && args[2].equals("--random-only")) {
            randomAtTheBounds(theCrossing);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(map("The Crossing", StoryCompiler.compile(theCrossing).story(), rounds));
        for (int scenes : new int[] {500, 2000}) lines.add(map("generated, " + scenes + " scenes", generated(scenes), rounds));
        lines.forEach(System.out::println);
        System.out.println(saveToRevision(rounds));
        randomAtTheBounds(theCrossing);
    }

    private static void randomAtTheBounds(Path theCrossing) throws IOException {
        System.out.println(randomAtTheBounds("The Crossing", StoryCompiler.compile(theCrossing).story(), RandomTest.MAX_JOURNEYS));
        // At the bounds these two take many minutes: a hundredth of the journeys, and the whole in proportion.
        System.out.println(randomAtTheBounds("generated, 2000 scenes", generated(2000), RandomTest.MAX_JOURNEYS / 100));
        System.out.println(randomAtTheBounds("a loop with no way out", StoryCompiler.compile(StorySource.of(LOOP)).story(), RandomTest.MAX_JOURNEYS / 100));
    }

    private static Story generated(int scenes) throws IOException {
        Path folder = Files.createTempDirectory("crossing-studio-bench");
        for (Map.Entry<String, String> file : StoryGenerator.generate(scenes).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return StoryCompiler.compile(folder).story();
    }

    private static String map(String name, Story story, int rounds) {
        StoryMapLayout.layout(story);
        List<Double> layout = new ArrayList<>();
        List<Double> draw = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            StoryMap map = StoryMapLayout.layout(story);
            long t1 = System.nanoTime();
            bytes = MapSvg.render(story, map, MapMarks.none(), "/scene/").length();
            long t2 = System.nanoTime();
            layout.add((t1 - t0) / 1e6);
            draw.add((t2 - t1) / 1e6);
        }
        return String.format(Locale.ROOT, "%-28s %6d scenes  layout %8.1f ms  draw %6.1f ms  svg %,d bytes (medians of %d)",
                name, story.scenes().size(), median(layout), median(draw), bytes, rounds);
    }

    /** From a file written to the new revision compiled, laid out and announced (the debounce included). */
    private static String saveToRevision(int rounds) throws Exception {
        Path folder = Files.createTempDirectory("crossing-studio-save");
        Map<String, String> files = StoryGenerator.generate(500);
        for (Map.Entry<String, String> file : files.entrySet()) Files.writeString(folder.resolve(file.getKey()), file.getValue());
        String first = files.keySet().iterator().next();
        List<Double> times = new ArrayList<>();
        try (StudioWorkspace workspace = StudioWorkspace.open(folder, Clock.systemUTC(), 1, true)) {
            for (int i = 0; i <= rounds; i++) {
                CountDownLatch revised = new CountDownLatch(1);
                java.util.function.Consumer<StudioWorkspace.Event> listener = e -> {
                    if (e == StudioWorkspace.Event.REVISION) revised.countDown();
                };
                workspace.listen(listener);
                long t0 = System.nanoTime();
                Files.writeString(folder.resolve(first), files.get(first) + "\n// save " + i + "\n");
                if (!revised.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("no revision after a save");
                if (i > 0) times.add((System.nanoTime() - t0) / 1e6);
                workspace.unlisten(listener);
            }
        }
        return String.format(Locale.ROOT, "save to new revision (500 scenes): median %.0f ms of %d saves", median(times), rounds);
    }

    /** Every journey goes round until it is cut short: the most steps random journeys can play. */
    static final String LOOP = """
            title: Loop
            language: en
            start: here
            == here ==
            Here.
            * Go there -> there
            + Stay -> here
            == there ==
            There.
            + Go back -> here
            + Wait -> there
            == gone ==
            Gone.
            ending safe: No play reaches this
            """;

    /**
     * The coverage page's random journeys at their bounds (up to 10,000 steps, preferring ways not
     * taken yet), {@code journeys} of them, as a request for them makes the studio play them: once,
     * after a warm-up of 20; and the time 10,000 journeys (the bound) would take at that pace.
     */
    private static String randomAtTheBounds(String name, Story story, int journeys) throws IOException {
        Path folder = Files.createTempDirectory("crossing-studio-random");
        RandomTest settings = new RandomTest(journeys, 1, RandomTest.MAX_STEPS, true);
        CoverageRuns.measure(story, null, folder, new RandomTest(20, 1, RandomTest.MAX_STEPS, true));
        long t0 = System.nanoTime();
        CoverageRuns.Measured measured = CoverageRuns.measure(story, null, folder, settings);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "random journeys (%s): %.1f s for %s, %,d cut short; %,d journeys at that pace: %.0f s",
                name, seconds, settings.describe(), measured.cutShort(), RandomTest.MAX_JOURNEYS, seconds * RandomTest.MAX_JOURNEYS / journeys);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
