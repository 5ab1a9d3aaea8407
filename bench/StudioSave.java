import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crossing.app.bench.StoryGenerator;
import org.crossing.app.server.StudioServer;

/**
 * One build's studio, from a save to an open page holding the new revision's HTML, for
 * bench/studio-compare (which runs two builds in turn). The open page is a client that does what
 * studio.js does: it listens to /events and, told of a revision, fetches its address again.
 * Two kinds of save, each SAVES times after a warm-up save: "words", a comment added at the end
 * of a file (the story's graph unchanged), and "a way", a once-only choice back into the first
 * scene of a chapter file added and removed in turn (that chapter's graph changed). The check
 * runs with the studio's default limit, as an author has it: a save comes while the check of the
 * one before may still run.
 *
 * Usage (with a build's jar and lib/ on the class path):
 *   java -cp BUILD/crossing-app.jar:BUILD/lib/* bench/StudioSave.java SAVES STORY_DIR CHAPTER_FILE
 * prints one line per story and kind: generated 500 scenes, then a copy of STORY_DIR.
 */
public class StudioSave {

    private static final Pattern SHOWN_REVISION = Pattern.compile("data-revision=\"(\\d+)\"");
    private static final Pattern SCENE = Pattern.compile("(?m)^== (\\w+) ==\\n(?:(?!==)[^\\n]*\\n)*?(\\* [^\\n]*\\n)");

    public static void main(String[] args) throws Exception {
        int saves = Integer.parseInt(args[0]);
        Path generated = Files.createTempDirectory("crossing-studio-save");
        Map<String, String> files = StoryGenerator.generate(500);
        for (Map.Entry<String, String> file : files.entrySet()) Files.writeString(generated.resolve(file.getKey()), file.getValue());
        String chapterFile = files.keySet().stream().filter(name -> !name.equals("story.story")).findFirst().orElseThrow();
        run("generated 500 scenes", generated, chapterFile, saves);
        Path story = Path.of(args[1]);
        Path copy = Files.createTempDirectory("crossing-studio-save");
        try (Stream<Path> all = Files.walk(story)) {
            for (Path from : (Iterable<Path>) all::iterator) {
                Path to = copy.resolve(story.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to);
            }
        }
        run(story.getFileName().toString(), copy, args[2], saves);
    }

    static void run(String name, Path folder, String file, int saves) throws Exception {
        String text = Files.readString(folder.resolve(file));
        Matcher first = SCENE.matcher(text);
        if (!first.find()) throw new IllegalStateException(file + " has no scene with a choice");
        int at = first.end(2);
        String withWay = text.substring(0, at) + "* Stop, and listen once more -> " + first.group(1) + "\n" + text.substring(at);
        try (StudioServer studio = StudioServer.start(new StudioServer.Config(folder, "127.0.0.1", 0, null, 1_000_000, true), Clock.systemUTC())) {
            Page page = new Page("http://127.0.0.1:" + studio.port());
            page.save(folder.resolve(file), text + "\n// warm-up\n");
            List<Double> words = new ArrayList<>();
            for (int i = 0; i < saves; i++) words.add(page.save(folder.resolve(file), text + "\n// save " + i + "\n"));
            List<Double> way = new ArrayList<>();
            for (int i = 0; i < saves; i++) way.add(page.save(folder.resolve(file), i % 2 == 0 ? withWay : text));
            System.out.printf(Locale.ROOT, "%s | words | %.0f ms | %s%n", name, median(words), words);
            System.out.printf(Locale.ROOT, "%s | a way | %.0f ms | %s%n", name, median(way), way);
        }
    }

    /** An open studio page: the event stream it follows, and its own address fetched again on each revision. */
    static final class Page {
        final String base;
        final HttpClient client = HttpClient.newHttpClient();
        final BlockingQueue<Long> revisions = new LinkedBlockingQueue<>();
        long shown;

        Page(String base) throws Exception {
            this.base = base;
            HttpRequest listen = HttpRequest.newBuilder(URI.create(base + "/events")).header("Accept", "text/event-stream").build();
            HttpResponse<Stream<String>> events = client.send(listen, HttpResponse.BodyHandlers.ofLines());
            Thread.ofPlatform().daemon().start(() -> {
                String event = "";
                for (Iterator<String> lines = events.body().iterator(); lines.hasNext(); ) {
                    String line = lines.next();
                    if (line.startsWith("event:")) event = line.substring(6).strip();
                    if (line.startsWith("data:") && (event.equals("revision") || event.equals("hello"))) {
                        revisions.add(Long.parseLong(line.substring(5).strip()));
                    }
                }
            });
            Long hello = revisions.poll(60, TimeUnit.SECONDS);
            if (hello == null) throw new IllegalStateException("the event stream said nothing");
            shown = hello;
        }

        /** Writes {@code text} and returns the milliseconds until the page holds the revision after the one it showed. */
        double save(Path file, String text) throws Exception {
            long wanted = shown + 1;
            long t0 = System.nanoTime();
            Files.writeString(file, text);
            Long revision;
            do {
                revision = revisions.poll(60, TimeUnit.SECONDS);
                if (revision == null) throw new IllegalStateException("no revision announced after a save");
            } while (revision < wanted);
            String html = client.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long t1 = System.nanoTime();
            Matcher shows = SHOWN_REVISION.matcher(html);
            if (!shows.find() || Long.parseLong(shows.group(1)) < wanted) throw new IllegalStateException("the page does not show the new revision");
            shown = Long.parseLong(shows.group(1));
            return (t1 - t0) / 1e6;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
