package org.crossing.story.play;

import org.crossing.story.model.Choice;

/**
 * A choice as a player sees it in the current state: offered, or shown disabled with the
 * author's reason. Hidden and used choices are not options. {@code timedDefault} marks the choice
 * the scene's countdown takes.
 */
public record Option(Choice choice, boolean enabled, String disabledReason, boolean timedDefault) {

    public int index() {
        return choice.index();
    }
}
