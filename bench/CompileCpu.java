import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Set;
import org.crossing.app.bench.StoryGenerator;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;

/**
 * What compiling a generated story costs in CPU time and allocation rather than wall time: on a
 * loaded machine a thread waits for a core most of the time, and the wall clock measures the wait.
 * Run it on the class path of each build, alternating, to compare two builds (docs/benchmarks.md).
 * Usage: java -cp 'BUILD/crossing-app.jar:BUILD/lib/*' bench/CompileCpu.java SCENES WARMUP RUNS
 */
public class CompileCpu {
    public static void main(String[] args) {
        int scenes = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        StorySource source = StorySource.of(StoryGenerator.generate(scenes), Set.of());
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup; i++) StoryCompiler.compile(source);
        long[] thread = new long[runs], process = new long[runs], allocated = new long[runs], wall = new long[runs];
        for (int i = 0; i < runs; i++) {
            long thread0 = threads.getCurrentThreadCpuTime(), process0 = os.getProcessCpuTime();
            long allocated0 = threads.getCurrentThreadAllocatedBytes(), wall0 = System.nanoTime();
            if (!StoryCompiler.compile(source).ok()) throw new AssertionError("the generated story did not compile");
            wall[i] = System.nanoTime() - wall0;
            thread[i] = threads.getCurrentThreadCpuTime() - thread0;
            process[i] = os.getProcessCpuTime() - process0;
            allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocated0;
        }
        // Process CPU includes the JIT and the collector, which compiling keeps busy.
        System.out.printf("scenes %d: thread cpu %.0f ms, process cpu %.0f ms, wall %.0f ms, allocated %.1f MB (medians of %d)%n",
                scenes, median(thread) / 1e6, median(process) / 1e6, median(wall) / 1e6, median(allocated) / 1e6, runs);
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
