package org.crossing.app.stats;

/**
 * What one anonymous counter counts: in one version of one story, a journey begun at a scene
 * ({@code BEGIN}), a choice taken in a scene ({@code CHOICE}, {@code item} its index), or an
 * ending reached ({@code ENDING}, at the ending scene). Nothing about the player.
 */
public record CounterKey(String story, String version, Kind kind, String scene, int item) {

    public enum Kind { BEGIN, CHOICE, ENDING }

    public static CounterKey begin(String story, String version, String scene) {
        return new CounterKey(story, version, Kind.BEGIN, scene, 0);
    }

    public static CounterKey choice(String story, String version, String scene, int choice) {
        return new CounterKey(story, version, Kind.CHOICE, scene, choice);
    }

    public static CounterKey ending(String story, String version, String scene) {
        return new CounterKey(story, version, Kind.ENDING, scene, 0);
    }
}
