package org.crossing.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crossing.app.bench.RandomPlay;
import org.crossing.app.bench.StoryGenerator;
import org.crossing.app.bench.ThreadAllocation;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossing bench}: compiles and checks generated stories and reports the times. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measure how fast generated stories compile, check and play.",
                "Generates stories of the given sizes (three variables, finite state space), "
                        + "compiles and checks each and plays random journeys through it, and reports the median times, "
                        + "states checked per second, choices played per second and the bytes allocated for each.",
                "Figures and the commands that produced them live in docs/benchmarks.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenes", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000",
            description = "Story sizes in scenes (default: ${DEFAULT-VALUE}).")
    List<Integer> scenes;

    @Option(names = "--compile-runs", paramLabel = "N", defaultValue = "7", description = "Compilations to take the median of (default: ${DEFAULT-VALUE}).")
    int compileRuns;

    @Option(names = "--check-runs", paramLabel = "N", defaultValue = "3", description = "Checks to take the median of (default: ${DEFAULT-VALUE}).")
    int checkRuns;

    @Option(names = "--play-choices", paramLabel = "N", defaultValue = "1000000",
            description = "Random choices to play in each play run (default: ${DEFAULT-VALUE}).")
    long playChoices;

    @Option(names = "--play-runs", paramLabel = "N", defaultValue = "5", description = "Play runs to take the median of (default: ${DEFAULT-VALUE}).")
    int playRuns;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the random journeys (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Unmeasured runs of each first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print the machine and the figures as JSON at the end, for tools and CI.")
    boolean json;

    record Row(int scenes, long bytes, double compileMs, double checkMs, long states, double statesPerSecond,
            Double checkBytesPerState, double choicesPerSecond, Double choicesPerCpuSecond, Double bytesPerChoice,
            Double choicesPerJourney) {}

    record Report(String java, int processors, long maxHeapMb, int compileRuns, int checkRuns, int warmup,
            int playRuns, long playChoices, long seed, List<Row> results) {}

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter text = spec.commandLine().getOut();
        PrintWriter out = json ? new PrintWriter(PrintWriter.nullWriter()) : text;
        List<Row> rows = new java.util.ArrayList<>();
        for (int n : scenes) {
            if (n < 8) throw new CommandLine.ParameterException(spec.commandLine(), "--scenes: a generated story needs at least 8 scenes, not " + n);
        }
        if (compileRuns < 1 || checkRuns < 1 || playRuns < 1 || playChoices < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "runs must be at least 1 and warm-up at least 0");
        }
        out.printf(Locale.ROOT, "java %s, %d processors, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "play: median of %d runs of %,d random choices from seed %d (choice/cpu-s: per second of the thread's CPU time)%n",
                playRuns, playChoices, seed);
        out.printf(Locale.ROOT, "%8s %10s %11s %10s %10s %10s %13s | %13s %13s %9s %15s%n", "scenes", "bytes", "compile ms",
                "check ms", "states", "states/s", "check B/state", "play choice/s", "choice/cpu-s", "B/choice", "choices/journey");
        out.flush();
        for (int n : scenes) {
            Map<String, String> files = StoryGenerator.generate(n);
            long bytes = files.values().stream().mapToLong(String::length).sum();
            StorySource source = StorySource.of(files, Set.of());
            Compilation compilation = null;
            for (int i = 0; i < warmup; i++) compilation = StoryCompiler.compile(source);
            long[] compileTimes = new long[compileRuns];
            for (int i = 0; i < compileRuns; i++) {
                long start = System.nanoTime();
                compilation = StoryCompiler.compile(source);
                compileTimes[i] = System.nanoTime() - start;
            }
            if (!compilation.ok()) {
                spec.commandLine().getErr().print(compilation.report());
                spec.commandLine().getErr().flush();
                return ExitCodes.STORY_ERRORS;
            }
            CheckReport report = null;
            for (int i = 0; i < Math.min(warmup, 1); i++) report = Checker.check(compilation.story());
            long[] checkTimes = new long[checkRuns];
            long[] checkBytes = new long[checkRuns];
            for (int i = 0; i < checkRuns; i++) {
                long allocated = ThreadAllocation.bytes();
                long start = System.nanoTime();
                report = Checker.check(compilation.story());
                checkTimes[i] = System.nanoTime() - start;
                checkBytes[i] = ThreadAllocation.bytes() - allocated;
            }
            if (!report.ok() || !report.complete()) {
                spec.commandLine().getErr().print(report.format());
                spec.commandLine().getErr().flush();
                return ExitCodes.STORY_ERRORS;
            }
            for (int i = 0; i < warmup; i++) RandomPlay.play(compilation.story(), seed, playChoices);
            long[] playTimes = new long[playRuns];
            long[] playCpuTimes = new long[playRuns];
            RandomPlay.Result play = null;
            for (int i = 0; i < playRuns; i++) {
                play = RandomPlay.play(compilation.story(), seed, playChoices);
                playTimes[i] = play.nanos();
                playCpuTimes[i] = play.cpuNanos();
            }
            // Every run plays the same journeys: choices, journeys and allocation are the same in each.
            double choicesPerSecond = play.choices() / (median(playTimes) / 1e9);
            double choicesPerCpuSecond = play.cpuNanos() < 0 ? Double.NaN : play.choices() / (median(playCpuTimes) / 1e9);
            double compileMs = median(compileTimes) / 1e6;
            double checkMs = median(checkTimes) / 1e6;
            double statesPerSecond = report.states() / (checkMs / 1000);
            double checkBytesPerState = ThreadAllocation.bytes() < 0 ? Double.NaN : median(checkBytes) / report.states();
            rows.add(new Row(n, bytes, compileMs, checkMs, report.states(), statesPerSecond, measured(checkBytesPerState),
                    choicesPerSecond, measured(choicesPerCpuSecond), measured(play.bytesPerChoice()), measured(play.choicesPerJourney())));
            out.printf(Locale.ROOT, "%,8d %,10d %11.1f %10.1f %,10d %,10.0f %,13.0f | %,13.0f %,13.0f %,9.0f %,15.1f%n", n, bytes,
                    compileMs, checkMs, report.states(), statesPerSecond, checkBytesPerState,
                    choicesPerSecond, choicesPerCpuSecond, play.bytesPerChoice(), play.choicesPerJourney());
            out.flush();
        }
        if (json) {
            text.println(JsonOutput.write(new Report(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, compileRuns, checkRuns, warmup, playRuns, playChoices, seed, rows)));
            text.flush();
        }
        return ExitCodes.OK;
    }

    /** A figure for JSON: null where it was not measured (NaN is not JSON). */
    private static Double measured(double figure) {
        return Double.isNaN(figure) ? null : figure;
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
