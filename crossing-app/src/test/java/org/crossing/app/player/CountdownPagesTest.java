package org.crossing.app.player;

import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A countdown that goes straight to its scene, after other players have chosen there. */
class CountdownPagesTest {

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(ServedStories.of().written("hesitate", """
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
                """)).flushingEvery(Duration.ofMillis(100));

    @Test
    void aCountdownThatTakesNoChoiceShowsItsEndingAndNoOneElsesChoices() throws Exception {
        Player.Page chooser = running.player().begin("hesitate");
        assertThat(running.player().choose("hesitate", chooser.token(), "0").html()).contains("Waved through.");
        Thread.sleep(300); // let the statistics flush, so that the scene has counts

        Player.Page waiter = running.player().begin("hesitate");
        Player.Page late = running.player().choose("hesitate", waiter.token(), "timeout");
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.html()).contains("Too late.").doesNotContain("What others chose");
    }
}
