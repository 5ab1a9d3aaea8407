// The players of bench/cluster: PLAYERS virtual threads play random journeys through a load
// balancer for SECONDS, as the player's script does (a choice answered with the next page), and
// keep their own tally of what the server should have counted. A request that fails (no answer,
// or 502/503/504 from the balancer) is sent again, the same request with the same token, as a
// player pressing reload would: counting is idempotent, so a repeat must add nothing.
//   java bench/ClusterClient.java http://127.0.0.1:18951 SECONDS PLAYERS STORY... > tally
// Prints one line of figures: key=value pairs.
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ClusterClient {

    static final Pattern TOKEN = Pattern.compile("name=\"t\" value=\"([^\"]+)\"");
    static final Pattern CHOICE = Pattern.compile("name=\"c\" value=\"([0-9]+|go)\"");
    static final int ATTEMPTS = 100;

    static final LongAdder requests = new LongAdder();
    static final LongAdder failed = new LongAdder();
    static final LongAdder broken = new LongAdder();
    static final LongAdder begins = new LongAdder();
    static final LongAdder beginsUnanswered = new LongAdder();
    static final LongAdder choices = new LongAdder();
    static final LongAdder endings = new LongAdder();

    static HttpClient http;
    static String base;
    static volatile boolean stop;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int players = Integer.parseInt(args[2]);
        List<String> stories = List.of(args).subList(3, args.length);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2)).build();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < players; i++) {
            String story = stories.get(i % stories.size());
            threads.add(Thread.ofVirtual().start(() -> play(story)));
        }
        Thread.sleep(seconds * 1000L);
        stop = true;
        for (Thread thread : threads) thread.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("requests=%d failed=%d broken=%d begins=%d begins_unanswered=%d choices=%d endings=%d rps=%.0f%n",
                requests.sum(), failed.sum(), broken.sum(), begins.sum(), beginsUnanswered.sum(), choices.sum(), endings.sum(),
                requests.sum() / elapsed);
    }

    /** Journeys, one after another, until told to stop; a journey under way at the stop is left where it is. */
    static void play(String story) {
        while (!stop) {
            try {
                String page = begin(story);
                if (page == null) continue;
                while (!stop && !page.contains("data-resume=\"end\"")) {
                    Matcher token = TOKEN.matcher(page);
                    List<String> offered = new ArrayList<>();
                    Matcher choice = CHOICE.matcher(page);
                    while (choice.find()) offered.add(choice.group(1));
                    if (!token.find() || offered.isEmpty()) throw new IllegalStateException("a page without a way on");
                    String picked = offered.get(ThreadLocalRandom.current().nextInt(offered.size()));
                    page = choose(story, token.group(1), picked);
                    if (page == null) break;
                    if (!picked.equals("go")) choices.increment();
                }
                if (page != null && page.contains("data-resume=\"end\"")) endings.increment();
            } catch (Exception e) {
                broken.increment();
            }
        }
    }

    /** Begins a journey and returns its first page; null (and counted broken) if it could not. */
    static String begin(String story) throws InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/s/" + story + "/begin")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            HttpResponse<String> answer = send(post);
            if (answer == null) {
                // The server may have begun (and counted) a journey whose answer was lost.
                beginsUnanswered.increment();
                continue;
            }
            if (answer.statusCode() != 303) {
                broken.increment();
                return null;
            }
            begins.increment();
            String location = answer.headers().firstValue("Location").orElseThrow();
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + location)).timeout(Duration.ofSeconds(10)).build();
            for (int again = 0; again < ATTEMPTS; again++) {
                HttpResponse<String> page = send(get);
                if (page == null) continue;
                if (page.statusCode() == 200) return page.body();
                broken.increment();
                return null;
            }
            broken.increment();
            return null;
        }
        broken.increment();
        return null;
    }

    /** Takes a choice and returns the next page; sent again until it is answered. */
    static String choose(String story, String token, String choice) throws InterruptedException {
        String body = "t=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&c=" + choice;
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/s/" + story + "/play")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Crossing-Fetch", "page")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            HttpResponse<String> answer = send(post);
            if (answer == null) continue;
            if (answer.statusCode() == 200) return answer.body();
            broken.increment();
            return null;
        }
        broken.increment();
        return null;
    }

    /** One request; null after a failure (no answer, or the balancer's 502, 503 or 504), counted, after a short pause. */
    static HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        requests.increment();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            if (status != 502 && status != 503 && status != 504) return answer;
        } catch (IOException e) {
            // no answer: the node died with the request, or the connection was refused
        }
        failed.increment();
        Thread.sleep(100);
        return null;
    }
}
