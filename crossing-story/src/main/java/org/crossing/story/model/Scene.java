package org.crossing.story.model;

import java.util.List;

/**
 * A scene. It goes on in exactly one way: by {@code choices} (with an optional {@code timer}), by
 * {@code chance}, or not at all when {@code ending} is set. {@code chapter}, {@code place},
 * {@code ambient}, {@code sound}, {@code timer} and {@code ending} may be null. {@code sound} is the
 * spot sound played once when the scene opens. {@code tags} are the author's words for styling and
 * analytics ({@code == river == #danger}). {@code after} is how long after the scene before a
 * journey reaches this one ({@code after 3 days}), null when the author says nothing (no time).
 */
public record Scene(String id, int index, Chapter chapter, Position position, List<Block> blocks,
                    Place place, Ambient ambient, Sound sound, List<Effect> onEnter, List<Choice> choices, Timer timer,
                    List<ChanceOutcome> chance, String continueLabel, Ending ending, List<String> tags, TimeSpan after) {

    public Scene {
        blocks = List.copyOf(blocks);
        onEnter = List.copyOf(onEnter);
        choices = List.copyOf(choices);
        chance = List.copyOf(chance);
        tags = List.copyOf(tags);
    }

    /** A scene that declares no time. */
    public Scene(String id, int index, Chapter chapter, Position position, List<Block> blocks,
                 Place place, Ambient ambient, Sound sound, List<Effect> onEnter, List<Choice> choices, Timer timer,
                 List<ChanceOutcome> chance, String continueLabel, Ending ending, List<String> tags) {
        this(id, index, chapter, position, blocks, place, ambient, sound, onEnter, choices, timer, chance, continueLabel, ending, tags, null);
    }

    /** A scene with no spot sound and no tags. */
    public Scene(String id, int index, Chapter chapter, Position position, List<Block> blocks,
                 Place place, Ambient ambient, List<Effect> onEnter, List<Choice> choices, Timer timer,
                 List<ChanceOutcome> chance, String continueLabel, Ending ending) {
        this(id, index, chapter, position, blocks, place, ambient, null, onEnter, choices, timer, chance, continueLabel, ending, List.of(), null);
    }

    public boolean isEnding() {
        return ending != null;
    }

    public boolean isChance() {
        return !chance.isEmpty();
    }
}
