package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMapTest {

    @Test
    void aKeptValueIsAnsweredForAnEqualKey() {
        BoundedMap<List<Integer>, String> map = new BoundedMap<>(3);

        assertThat(map.keep(List.of(1, 2), "one-two")).isEqualTo("one-two");

        assertThat(map.kept(List.of(1, 2))).isEqualTo("one-two");
        assertThat(map.kept(new java.util.ArrayList<>(List.of(1, 2)))).isEqualTo("one-two");
        assertThat(map.kept(List.of(2, 1))).isNull();
    }

    @Test
    void pastItsBoundWhatIsKeptStartsAfresh() {
        BoundedMap<Integer, String> map = new BoundedMap<>(3);
        for (int key = 1; key <= 3; key++) map.keep(key, "v" + key);
        assertThat(List.of(map.kept(1), map.kept(2), map.kept(3))).containsExactly("v1", "v2", "v3");

        map.keep(4, "v4");

        assertThat(map.kept(1)).isNull();
        assertThat(map.kept(3)).isNull();
        assertThat(map.kept(4)).isEqualTo("v4");
    }

    @Test
    void keepingAKeyAgainReplacesItsValue() {
        BoundedMap<Integer, String> map = new BoundedMap<>(3);
        map.keep(1, "old");

        map.keep(1, "new");

        assertThat(map.kept(1)).isEqualTo("new");
    }
}
