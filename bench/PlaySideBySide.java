import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Random play of two builds of Crossing in one JVM, alternating, through the generated stories of
 * 1,000 and 10,000 scenes: rounds of RandomPlay from seed 1, choices per second of the thread's CPU
 * time, and the median of each round's 10,000/1,000 ratio (the machine's noise hits both sizes of
 * a round alike). Each build is a folder with crossing-app.jar and lib/. See docs/benchmarks.md.
 * Usage: java bench/PlaySideBySide.java ROUNDS CHOICES BUILD_A BUILD_B
 */
public class PlaySideBySide {
    record Build(String name, Object[] stories, Method play, Method cpuRate, Method bytes) {}

    static Build load(String dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(dir, "crossing-app.jar").toUri().toURL());
        try (var s = Files.list(Path.of(dir, "lib"))) { for (Path p : s.toList()) urls.add(p.toUri().toURL()); }
        ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> gen = cl.loadClass("org.crossing.app.bench.StoryGenerator");
        Class<?> src = cl.loadClass("org.crossing.story.compile.StorySource");
        Class<?> comp = cl.loadClass("org.crossing.story.compile.StoryCompiler");
        Class<?> compilation = cl.loadClass("org.crossing.story.compile.Compilation");
        Class<?> story = cl.loadClass("org.crossing.story.model.Story");
        Class<?> rp = cl.loadClass("org.crossing.app.bench.RandomPlay");
        Class<?> res = cl.loadClass("org.crossing.app.bench.RandomPlay$Result");
        Object[] stories = new Object[2];
        int[] sizes = {1000, 10000};
        for (int i = 0; i < 2; i++) {
            Object files = gen.getMethod("generate", int.class).invoke(null, sizes[i]);
            Object source = src.getMethod("of", Map.class, Set.class).invoke(null, files, Set.of());
            Object c = comp.getMethod("compile", src).invoke(null, source);
            stories[i] = compilation.getMethod("story").invoke(c);
        }
        return new Build(Path.of(dir).getFileName().toString(), stories, rp.getMethod("play", story, long.class, long.class),
                res.getMethod("choicesPerCpuSecond"), res.getMethod("bytesPerChoice"));
    }

    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[0]);
        long choices = Long.parseLong(a[1]);
        Build[] builds = {load(a[2]), load(a[3])};
        double[][][] rate = new double[2][2][rounds];
        double[][] bytes = new double[2][2];
        for (int k = -3; k < rounds; k++) {
            for (int s = 0; s < 2; s++) {
                for (int b = 0; b < 2; b++) {
                    Object r = builds[b].play().invoke(null, builds[b].stories()[s], 1L, choices);
                    if (k >= 0) rate[b][s][k] = (double) builds[b].cpuRate().invoke(r);
                    bytes[b][s] = (double) builds[b].bytes().invoke(r);
                }
            }
            if (k >= 0) System.out.printf("round %d: %s %,.0f / %,.0f   %s %,.0f / %,.0f%n", k, builds[0].name(), rate[0][0][k], rate[0][1][k],
                    builds[1].name(), rate[1][0][k], rate[1][1][k]);
        }
        for (int b = 0; b < 2; b++) {
            double[] ratio = new double[rounds];
            for (int k = 0; k < rounds; k++) ratio[k] = rate[b][1][k] / rate[b][0][k];
            Arrays.sort(ratio);
            Arrays.sort(rate[b][0]);
            Arrays.sort(rate[b][1]);
            System.out.printf("%s: median choice/cpu-s 1,000 scenes %,.0f, 10,000 scenes %,.0f; median of per-round ratios %.2f; B/choice %,.0f / %,.0f%n",
                    builds[b].name(), rate[b][0][rounds / 2], rate[b][1][rounds / 2], ratio[rounds / 2], bytes[b][0], bytes[b][1]);
        }
    }
}
