package org.crossing.app.player;

import org.crossing.app.server.CrossingNode;
import org.crossing.app.server.NodeConfig;
import org.crossing.app.server.ServerConfig;
import org.crossing.app.testing.Player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.crossing.app.db.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A countdown that goes straight to its scene, after other players have chosen there. */
class CountdownPagesTest {

    @TempDir
    static Path data;
    static CrossingNode node;
    static Player player;

    @BeforeAll
    static void startNode() throws Exception {
        Path story = Files.createDirectories(data.resolve("stories/hesitate"));
        Files.writeString(story.resolve("story.story"), """
                title: Hesitate
                language: en
                start: post
                == post ==
                The guard waits for an answer.
                * Show the papers -> through
                * Offer money -> paid
                timed 5s -> too_late
                == through ==
                Waved through.
                ending safe: Through
                == paid ==
                Paid.
                ending safe: Paid
                == too_late ==
                Too late.
                ending captured: Hesitated
                """);
        node = CrossingNode.start(new NodeConfig(data.resolve("stories"), new ServerConfig("127.0.0.1", 0, data, null),
                DatabaseConfig.embedded(), null, Duration.ofMillis(100)), new CompilerStoryLoader(), Clock.systemUTC());
        player = new Player(node.port());
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void aCountdownThatTakesNoChoiceShowsItsEndingAndNoOneElsesChoices() throws Exception {
        Player.Page chooser = player.begin("hesitate");
        assertThat(player.choose("hesitate", chooser.token(), "0").html()).contains("Waved through.");
        Thread.sleep(300); // let the statistics flush, so that the scene has counts

        Player.Page waiter = player.begin("hesitate");
        Player.Page late = player.choose("hesitate", waiter.token(), "timeout");
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.html()).contains("Too late.").doesNotContain("What others chose");
    }
}
