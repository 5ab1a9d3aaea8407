package org.crossing.app.server;

import org.crossing.app.testing.Player;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code crossing serve} processes sharing one PostgreSQL server and one token secret, every
 * journey going from one to the other at each step, one of them killed with SIGKILL and started
 * again: no journey breaks, and the database holds exactly the players' own tally.
 */
class TwoNodesTest {

    private static final String SECRET = "two-nodes-test-secret-0123456789abcdef";

    @TempDir
    Path dir;
    private EmbeddedPostgres postgres;
    private final List<Process> nodes = new ArrayList<>();

    /** What the players did, counted by themselves. */
    private int begins;
    private int choices;
    private int endings;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process node : nodes) {
            node.destroy();
            if (!node.waitFor(20, TimeUnit.SECONDS)) node.destroyForcibly();
        }
        if (postgres != null) postgres.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts a node as an operator would, and waits until it says it is ready. */
    private Process node(int port, String dataName) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.crossing.app.cli.CrossingCommand",
                "serve", TestStories.folder().toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--data", dir.resolve(dataName).toString(), "--no-site",
                "--database-url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres")
                .redirectErrorStream(true);
        builder.environment().put("CROSSING_TOKEN_SECRET", SECRET);
        builder.environment().put("CROSSING_DATABASE_USER", "postgres");
        builder.environment().put("CROSSING_BEGIN_LIMIT", "0");
        Process process = builder.start();
        nodes.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.startsWith("Crossing is ready")) return true;
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        });
        assertThat(ready.get(120, TimeUnit.SECONDS)).as("the node started:\n%s", seen).isTrue();
        // Keep reading, so that the node never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) { /* drained */ }
            } catch (IOException ignored) {
                // the node is gone
            }
        });
        return process;
    }

    /** Plays one journey to its end, each request on the other node than the last. */
    private void play(Player[] players, Random random) throws Exception {
        int node = random.nextInt(players.length);
        Player.Page page = players[node].begin("ferry");
        begins++;
        while (!page.ended()) {
            assertThat(page.status()).as(page.html()).isEqualTo(200);
            List<String> offered = page.choices();
            String choice = offered.get(random.nextInt(offered.size()));
            node = (node + 1) % players.length;
            page = players[node].choose("ferry", page.token(), choice);
            if (choice.chars().allMatch(Character::isDigit)) choices++;
        }
        assertThat(page.status()).isEqualTo(200);
        endings++;
    }

    private long stored(String kind) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select coalesce(sum(count), 0) from play_count where story = 'ferry' and kind = '" + kind + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits until a node's /metrics says nothing waits in its memory. */
    private static void flushed(Player node) throws Exception {
        for (int i = 0; i < 100; i++) {
            String metrics = node.get("/metrics").body();
            if (metrics.contains("crossing_pending_steps{where=\"memory\"} 0\n") && metrics.contains("crossing_database_up 1\n")) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the node did not write its counts");
    }

    @Test
    void journeysCrossBetweenTwoNodesSurviveOneBeingKilledAndAreCountedExactlyOnce() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setPort(freePort()).start();
        int portA = freePort();
        int portB = freePort();
        Process a = node(portA, "a");
        node(portB, "b");
        Player[] both = {new Player(portA), new Player(portB)};
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) play(both, random);

        // Journeys half-way when A dies go on at B with the same token.
        Player.Page[] halfWay = new Player.Page[5];
        for (int i = 0; i < halfWay.length; i++) {
            halfWay[i] = both[0].begin("ferry");
            begins++;
        }
        flushed(both[0]);
        a.destroyForcibly().waitFor(20, TimeUnit.SECONDS); // SIGKILL
        for (Player.Page page : halfWay) {
            // The same step sent again (the player's retry after the failed request) counts once.
            Player.Page next = both[1].choose("ferry", page.token(), "2");
            assertThat(both[1].choose("ferry", page.token(), "2").status()).isEqualTo(200);
            choices++;
            while (!next.ended()) {
                assertThat(next.status()).isEqualTo(200);
                List<String> offered = next.choices();
                String choice = offered.get(random.nextInt(offered.size()));
                next = both[1].choose("ferry", next.token(), choice);
                if (choice.chars().allMatch(Character::isDigit)) choices++;
            }
            endings++;
        }
        Player[] onlyB = {both[1]};
        for (int i = 0; i < 10; i++) play(onlyB, random);

        node(portA, "a");
        for (int i = 0; i < 20; i++) play(both, random);
        flushed(both[0]);
        flushed(both[1]);
        assertThat(stored("BEGIN")).isEqualTo(begins);
        assertThat(stored("CHOICE")).isEqualTo(choices);
        assertThat(stored("ENDING")).isEqualTo(endings);
    }
}
