package org.crossing.story.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.story.check.CheckerTest.check;

import org.junit.jupiter.api.Test;

/** The warning for an entry effect that adds again each time play comes back to its scene. */
class RepeatedEntryEffectsTest {

    @Test
    void wagesAddedOnEntryToARoomPlayReturnsToAreAWarningWithTheJourneyBack() {
        var report = check("""
                var money = 8

                == start ==
                The border.
                * Cross -> room

                == room ==
                A month's wages.
                ~ money += 3
                * [money >= 4] Buy a card -> shop ~ money -= 4
                * Leave -> out

                == shop ==
                The card.
                -> room

                == out ==
                Out.
                ending safe: Out
                """);

        assertThat(report.ok()).isTrue();
        assertThat(report.warnings()).extracting(Problem::format).containsExactly("""
                story.story:12:3: warning: '~ money += 3' in scene 'room' applies on every entry, and play can enter 'room' again
                  entered again by: "Cross" > "Buy a card" > "Continue"
                  if it should apply on the first entry only, write '~ once money += 3'; if on some entries, put it on the choices that lead there""");
        assertThat(report.warnings().get(0).kind().code()).isEqualTo("C101");
        assertThat(report.format()).endsWith("No errors, 1 warning.\n");
    }

    @Test
    void anEntryEffectOfASceneEnteredOnceOrASettingEffectIsNotReported() {
        var report = check("""
                var money = 0
                var met = false

                == start ==
                Wages: {money}.
                ~ money += 3
                + Wait -> hut

                == hut ==
                A hut. {met}
                ~ met = true
                + Again -> hut
                * Leave -> out

                == out ==
                Out.
                ending safe: Out
                """);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.format()).endsWith("No errors.\n");
    }

    @Test
    void wagesPaidOnTheFirstEntryOnlyAreNotReported() {
        var report = check("""
                var money = 8

                == start ==
                The border.
                * Cross -> room

                == room ==
                {money} yuan.
                ~ once money += 3
                * [money >= 4] Buy a card -> shop ~ money -= 4
                * Leave -> out

                == shop ==
                The card.
                -> room

                == out ==
                Out.
                ending safe: Out
                """);

        assertThat(report.warnings()).isEmpty();
    }
}
