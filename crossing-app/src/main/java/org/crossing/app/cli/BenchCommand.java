package org.crossing.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crossing.app.bench.StoryGenerator;
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
                "Measure how fast generated stories compile and check.",
                "Generates stories of the given sizes (three variables, finite state space), "
                        + "compiles and checks each, and reports the median times and states per second.",
                "Figures and the commands that produced them live in docs/benchmarks.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenes", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000",
            description = "Story sizes in scenes (default: ${DEFAULT-VALUE}).")
    List<Integer> scenes;

    @Option(names = "--compile-runs", paramLabel = "N", defaultValue = "7", description = "Compilations to take the median of (default: ${DEFAULT-VALUE}).")
    int compileRuns;

    @Option(names = "--check-runs", paramLabel = "N", defaultValue = "3", description = "Checks to take the median of (default: ${DEFAULT-VALUE}).")
    int checkRuns;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Unmeasured runs of each first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print the machine and the figures as JSON at the end, for tools and CI.")
    boolean json;

    record Row(int scenes, long bytes, double compileMs, double checkMs, long states, double statesPerSecond) {}

    record Report(String java, int processors, long maxHeapMb, int compileRuns, int checkRuns, int warmup, List<Row> results) {}

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
        if (compileRuns < 1 || checkRuns < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "runs must be at least 1 and warm-up at least 0");
        }
        out.printf(Locale.ROOT, "java %s, %d processors, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%8s %10s %12s %12s %14s %10s%n", "scenes", "bytes", "compile ms", "check ms", "states", "states/s");
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
            for (int i = 0; i < checkRuns; i++) {
                long start = System.nanoTime();
                report = Checker.check(compilation.story());
                checkTimes[i] = System.nanoTime() - start;
            }
            if (!report.ok() || !report.complete()) {
                spec.commandLine().getErr().print(report.format());
                spec.commandLine().getErr().flush();
                return ExitCodes.STORY_ERRORS;
            }
            double compileMs = median(compileTimes) / 1e6;
            double checkMs = median(checkTimes) / 1e6;
            double statesPerSecond = report.states() / (checkMs / 1000);
            rows.add(new Row(n, bytes, compileMs, checkMs, report.states(), statesPerSecond));
            out.printf(Locale.ROOT, "%,8d %,10d %12.1f %12.1f %,14d %,10.0f%n", n, bytes, compileMs, checkMs, report.states(),
                    statesPerSecond);
            out.flush();
        }
        if (json) {
            text.println(JsonOutput.write(new Report(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, compileRuns, checkRuns, warmup, rows)));
            text.flush();
        }
        return ExitCodes.OK;
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
