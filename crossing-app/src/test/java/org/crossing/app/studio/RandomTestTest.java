package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomTestTest {

    static RandomTest.Read read(String... pairs) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) form.put(pairs[i], pairs[i + 1]);
        return RandomTest.read(form::get, RandomTest.DEFAULT);
    }

    @Test
    void fieldsLeftOutOrBlankKeepTheDefaults() {
        assertThat(read().settings()).isEqualTo(new RandomTest(200, 1, 2_000, false));
        assertThat(read("journeys", " ", "seed", "").settings()).isEqualTo(RandomTest.DEFAULT);
        assertThat(RandomTest.DEFAULT.describe()).isEqualTo("200 random journeys from seed 1, each cut short after 2,000 steps");
    }

    @Test
    void everySettingIsRead() {
        RandomTest settings = read("journeys", "1,500", "seed", "-42", "steps", " 300 ", "avoid", "on").settings();
        assertThat(settings).isEqualTo(new RandomTest(1_500, -42, 300, true));
        assertThat(settings.describe())
                .isEqualTo("1,500 random journeys from seed -42, preferring ways on not taken yet, each cut short after 300 steps");
        assertThat(read("avoid", "off").settings().avoidTaken()).isFalse();
    }

    @Test
    void badValuesAreNamedWithTheirBounds() {
        RandomTest.Read read = read("journeys", "0", "seed", "1.5", "steps", "many");
        assertThat(read.settings()).isNull();
        assertThat(read.errors()).containsExactly(
                "The number of journeys must be a whole number from 1 to 10,000, not '0'.",
                "The seed must be a whole number (negative ones too), not '1.5'.",
                "The steps before a journey is cut short must be a whole number from 1 to 10,000, not 'many'.");
        assertThat(read("journeys", "10001").errors()).containsExactly("The number of journeys must be a whole number from 1 to 10,000, not '10001'.");
        assertThat(read("journeys", "9".repeat(60)).errors())
                .containsExactly("The number of journeys must be a whole number from 1 to 10,000, not '" + "9".repeat(40) + "…'.");
        assertThat(read("seed", "99999999999999999999").errors())
                .containsExactly("The seed must be a whole number (negative ones too), not '99999999999999999999'.");
    }

    @Test
    void settingsOutOfBoundsCannotBeMade() {
        assertThatThrownBy(() -> new RandomTest(0, 1, 10, false)).hasMessage("The number of journeys must be a whole number from 1 to 10,000, not '0'.");
        assertThatThrownBy(() -> new RandomTest(1, 1, 10_001, false))
                .hasMessage("The steps before a journey is cut short must be a whole number from 1 to 10,000, not '10001'.");
    }
}
