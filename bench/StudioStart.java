import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossing.app.bench.StoryGenerator;
import org.crossing.app.server.StudioServer;
import org.crossing.app.studio.StudioWorkspace;

/**
 * One build's studio on a generated story, for bench/studio-start-compare (which runs two builds
 * in turn): from the start to the check and its coverage done ("start to checked"), then the
 * pages an author opens after it, each fetched PAGES times after one warm-up: the map, the map
 * with the shortest journey into the last scene before the endings drawn on it, that scene's
 * page, and the coverage page.
 *
 * Usage (with a build's jar and lib/ on the class path):
 *   java -cp BUILD/crossing-app.jar:BUILD/lib/* bench/StudioStart.java SCENES PAGES
 * prints one line per measure: "what | median ms | every run".
 */
public class StudioStart {

    public static void main(String[] args) throws Exception {
        int scenes = Integer.parseInt(args[0]);
        int pages = Integer.parseInt(args[1]);
        Path folder = Files.createTempDirectory("crossing-studio-start");
        for (Map.Entry<String, String> file : StoryGenerator.generate(scenes).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        long t0 = System.nanoTime();
        try (StudioServer studio = StudioServer.start(new StudioServer.Config(folder, "127.0.0.1", 0, null, 1_000_000, false), Clock.systemUTC())) {
            while (studio.workspace().snapshot().analysis().status() == StudioWorkspace.Status.RUNNING) Thread.sleep(5);
            double checked = (System.nanoTime() - t0) / 1e6;
            if (studio.workspace().snapshot().analysis().status() != StudioWorkspace.Status.DONE) {
                throw new IllegalStateException("the check ended " + studio.workspace().snapshot().analysis().status());
            }
            System.out.printf(Locale.ROOT, "%d scenes | start to checked | %.0f ms | [%.0f]%n", scenes, checked, checked);
            String base = "http://127.0.0.1:" + studio.port();
            String deep = "s" + (scenes - 4);
            page(base + "/", "the map", scenes, pages);
            page(base + "/?path=" + deep, "the map, journey to " + deep, scenes, pages);
            page(base + "/scene/" + deep, "scene " + deep, scenes, pages);
            page(base + "/coverage", "coverage", scenes, pages);
        }
    }

    static void page(String address, String what, int scenes, int pages) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").build();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= pages; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) throw new IllegalStateException(address + " answered " + response.statusCode());
            if (i > 0) times.add(ms);
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d scenes | %s | %.0f ms | %s%n", scenes, what, sorted.get(sorted.size() / 2),
                times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
    }
}
