import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 18's share-card attack on a running node: first collect CODES distinct share codes the
 * way an attacker would, by playing random journeys to their endings (JOURNEY_THREADS at once);
 * then CONNECTIONS clients ask for the cards of those codes round and round for SECONDS, while one
 * client times the landing page every 100 ms. Prints the landing page's latency before and during
 * the flood and the cards served. bench/share-flood starts the node and samples its memory.
 * With CODES_FILE, the codes collected are kept there and used again by the next run: those the
 * node still accepts (a share page answered 200: same secret, same story) count towards CODES,
 * so only the missing ones are played for.
 * Usage: java bench/ShareFlood.java BASE_URL STORY CODES CONNECTIONS SECONDS [CODES_FILE]
 */
public class ShareFlood {
    static final Pattern TOKEN = Pattern.compile("name=\"t\" value=\"([^\"]+)\"");
    static final Pattern CHOICE = Pattern.compile("name=\"c\" value=\"([0-9]+|go)\"");
    static final Pattern SHARE = Pattern.compile("/share/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    static final int JOURNEY_THREADS = 8;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: java bench/ShareFlood.java BASE_URL STORY CODES CONNECTIONS SECONDS [CODES_FILE]");
            System.exit(2);
        }
        base = args[0];
        String story = args[1];
        int wanted = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);

        Path kept = args.length == 6 ? Path.of(args[5]) : null;

        long started = System.nanoTime();
        Set<String> codes = ConcurrentHashMap.newKeySet();
        if (kept != null && Files.exists(kept)) {
            codes.addAll(stillAccepted(story, Files.readAllLines(kept).stream().filter(line -> !line.isBlank()).limit(wanted).toList()));
            System.out.printf("%d share codes kept in %s are still accepted (checked in %.0f s)%n", codes.size(), kept, (System.nanoTime() - started) / 1e9);
        }
        int reused = codes.size();
        List<Thread> players = new ArrayList<>();
        for (int i = 0; i < JOURNEY_THREADS; i++) {
            players.add(Thread.ofPlatform().start(() -> {
                while (codes.size() < wanted) {
                    try {
                        String code = journey(story);
                        if (code != null) codes.add(code);
                    } catch (Exception e) {
                        // a broken journey: try another
                    }
                }
            }));
        }
        for (Thread player : players) player.join();
        System.out.printf("collected %d distinct share codes in %.0f s (%d by playing)%n", codes.size(), (System.nanoTime() - started) / 1e9, codes.size() - reused);
        if (kept != null && codes.size() > reused) {
            Files.createDirectories(kept.toAbsolutePath().getParent());
            Path written = kept.resolveSibling(kept.getFileName() + ".new");
            Files.write(written, codes);
            Files.move(written, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        long[] quiet = landing(Duration.ofSeconds(5), null);
        System.out.printf("landing page, quiet: p50 %.1f ms, p99 %.1f ms (%d requests)%n", percentile(quiet, 50), percentile(quiet, 99), quiet.length);

        String[] cards = codes.stream().map(code -> base + "/s/" + story + "/share/" + code + "/card.png").toArray(String[]::new);
        LongAdder served = new LongAdder(), failed = new LongAdder();
        var firstFailure = new java.util.concurrent.atomic.AtomicInteger();
        long[][] cardTimes = new long[connections][];
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> flood = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            flood.add(Thread.ofPlatform().start(() -> {
                List<Long> times = new ArrayList<>();
                int next = connection * cards.length / connections;
                while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    try {
                        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(cards[next++ % cards.length])).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() == 200) served.increment(); else { failed.increment(); firstFailure.compareAndSet(0, answer.statusCode()); }
                    } catch (Exception e) {
                        failed.increment();
                    }
                    times.add(System.nanoTime() - t0);
                }
                cardTimes[connection] = times.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        long[] during = landing(Duration.ofSeconds(seconds), until);
        for (Thread t : flood) t.join();
        long[] all = Arrays.stream(cardTimes).flatMapToLong(Arrays::stream).toArray();
        System.out.printf("landing page, during the flood: p50 %.1f ms, p99 %.1f ms (%d requests)%n", percentile(during, 50), percentile(during, 99), during.length);
        System.out.printf("cards: %d served (%.0f a second), %d failed; p50 %.1f ms, p99 %.1f ms%n",
                served.sum(), served.sum() / (double) seconds, failed.sum(), percentile(all, 50), percentile(all, 99));
        if (firstFailure.get() != 0) System.out.printf("the first failed card was answered %d%n", firstFailure.get());
    }

    /** Those of {@code candidates} whose share page the node answers with 200 (a page, not a card: nothing is drawn). */
    static List<String> stillAccepted(String story, List<String> candidates) throws Exception {
        List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> checkers = new ArrayList<>();
        for (int i = 0; i < JOURNEY_THREADS; i++) {
            checkers.add(Thread.ofPlatform().start(() -> {
                for (int at; (at = next.getAndIncrement()) < candidates.size(); ) {
                    String code = candidates.get(at);
                    try {
                        var page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/s/" + story + "/share/" + code)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (page.statusCode() == 200) accepted.add(code);
                    } catch (Exception e) {
                        // not accepted: played for again
                    }
                }
            }));
        }
        for (Thread checker : checkers) checker.join();
        return accepted;
    }

    /** One random journey to its end; the share code on its ending page, or null. */
    static String journey(String story) throws Exception {
        var begun = HTTP.send(post("/s/" + story + "/begin", ""), HttpResponse.BodyHandlers.ofString());
        if (begun.statusCode() != 303) return null;
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + begun.headers().firstValue("Location").orElseThrow())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (int step = 0; step < 2000; step++) {
            Matcher share = SHARE.matcher(page);
            if (page.contains("data-resume=\"end\"")) return share.find() ? share.group(1) : null;
            Matcher token = TOKEN.matcher(page);
            Matcher choice = CHOICE.matcher(page);
            List<String> offered = new ArrayList<>();
            while (choice.find()) offered.add(choice.group(1));
            if (!token.find() || offered.isEmpty()) return null;
            String picked = offered.get(ThreadLocalRandom.current().nextInt(offered.size()));
            var answer = HTTP.send(post("/s/" + story + "/play", "t=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&c=" + picked),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) return null;
            page = answer.body();
        }
        return null;
    }

    static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Crossing-Fetch", "page")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The landing page's latency every 100 ms, for {@code length} or until {@code until} (System.nanoTime). */
    static long[] landing(Duration length, Long until) throws Exception {
        long end = until != null ? until : System.nanoTime() + length.toNanos();
        List<Long> times = new ArrayList<>();
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofByteArray());
            times.add(System.nanoTime() - t0);
            Thread.sleep(100);
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    static double percentile(long[] nanos, int p) {
        if (nanos.length == 0) return Double.NaN;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
