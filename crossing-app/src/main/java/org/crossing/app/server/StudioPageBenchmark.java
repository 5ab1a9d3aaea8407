package org.crossing.app.server;

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

/**
 * The studio's promise that every open page updates within a second of a save, measured to the
 * end ({@code bench/studio}, beside {@code StudioBenchmark}): from a file written to an open page
 * holding the new revision's HTML. An open page is a client of the real studio server that does
 * what studio.js does: it listens to {@code /events} and, told of a revision, fetches its own
 * address again; the figure stops when that HTML, naming the new revision, has arrived. The
 * browser's swap of the page's main part (parsing a few hundred kilobytes) is not in it.
 */
public final class StudioPageBenchmark {

    private static final Pattern SHOWN_REVISION = Pattern.compile("data-revision=\"(\\d+)\"");

    private StudioPageBenchmark() {}

    /** {@code [ROUNDS [STORY_DIR]]}: a generated story of 500 scenes, then a copy of the story folder given. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Files.createTempDirectory("crossing-studio-page");
        Map<String, String> files = StoryGenerator.generate(500);
        for (Map.Entry<String, String> file : files.entrySet()) Files.writeString(folder.resolve(file.getKey()), file.getValue());
        System.out.println(saveToOpenPage("generated, 500 scenes", folder, files.keySet().iterator().next(), rounds));
        if (args.length > 1) {
            Path story = Path.of(args[1]);
            Path copy = Files.createTempDirectory("crossing-studio-page");
            try (Stream<Path> all = Files.walk(story)) {
                for (Path from : (Iterable<Path>) all::iterator) {
                    Path to = copy.resolve(story.relativize(from).toString());
                    if (Files.isDirectory(from)) Files.createDirectories(to);
                    else Files.copy(from, to);
                }
            }
            System.out.println(saveToOpenPage(story.getFileName().toString(), copy, "story.story", rounds));
        }
    }

    /** Saves {@code file} of the story in {@code folder} again and again, each time with a new comment at its end. */
    static String saveToOpenPage(String name, Path folder, String file, int rounds) throws Exception {
        String text = Files.readString(folder.resolve(file));
        List<Double> notified = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        int characters = 0;
        // A check limit of 1: the save's own work (compile, layout, page) is measured, not the check behind it.
        try (StudioServer studio = StudioServer.start(new StudioServer.Config(folder, "127.0.0.1", 0, null, 1, true), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + studio.port();
            HttpClient client = HttpClient.newHttpClient();
            BlockingQueue<Long> revisions = new LinkedBlockingQueue<>();
            // As EventSource asks for it: without this Accept header the stream is not flushed event by event.
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
            Long revision = revisions.poll(60, TimeUnit.SECONDS);
            if (revision == null) throw new IllegalStateException("the event stream said nothing");
            for (int i = 0; i <= rounds; i++) {
                long wanted = revision + 1;
                long t0 = System.nanoTime();
                Files.writeString(folder.resolve(file), text + "\n// save " + i + "\n");
                do {
                    revision = revisions.poll(60, TimeUnit.SECONDS);
                    if (revision == null) throw new IllegalStateException("no revision announced after a save");
                } while (revision < wanted);
                long t1 = System.nanoTime();
                String html = client.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long t2 = System.nanoTime();
                Matcher shows = SHOWN_REVISION.matcher(html);
                if (!shows.find() || Long.parseLong(shows.group(1)) < wanted) {
                    throw new IllegalStateException("the page fetched after the revision event does not show that revision");
                }
                characters = html.length();
                if (i > 0) { // the first save warms the server up
                    notified.add((t1 - t0) / 1e6);
                    shown.add((t2 - t0) / 1e6);
                }
            }
        }
        return String.format(Locale.ROOT,
                "save to open page showing it (%s, a %,d-character page): median %.0f ms; announced after %.0f ms (medians of %d saves)",
                name, characters, median(shown), median(notified), rounds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
