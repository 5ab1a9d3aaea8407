package org.crossing.story.play;

/** What a player does in a scene: take a choice, let a timer run out, or continue into chance. */
public sealed interface Action {

    /** Take the choice at {@code index} among the scene's choices (0-based). */
    record Choose(int index) implements Action {}

    /** Let the scene's countdown reach zero: its default choice is taken. */
    record Timeout() implements Action {}

    /** Continue from a chance scene: the outcome is drawn from the state's seed. */
    record Continue() implements Action {}

    Action TIMEOUT = new Timeout();
    Action CONTINUE = new Continue();

    static Action choose(int index) {
        return new Choose(index);
    }
}
