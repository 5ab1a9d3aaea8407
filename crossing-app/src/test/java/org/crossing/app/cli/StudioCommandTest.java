package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code crossing studio}'s options are checked before anything starts: a bad one is a usage error that names its bounds. */
class StudioCommandTest {

    @Test
    void badRandomJourneySettingsStopTheStartWithTheirBounds() {
        CheckCommandTest.Run run = CheckCommandTest.crossing("studio", "../examples/market-day", "--port", "0", "--random-journeys", "0",
                "--random-seed", "one", "--random-steps", "10001");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                crossing studio: error: --random-journeys must be a whole number from 1 to 10,000, not '0'.
                crossing studio: error: --random-seed must be a whole number (negative ones too), not 'one'.
                crossing studio: error: --random-steps must be a whole number from 1 to 10,000, not '10001'.
                """);
    }
}
