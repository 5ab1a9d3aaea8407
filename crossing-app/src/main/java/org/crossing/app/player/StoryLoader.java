package org.crossing.app.player;

import java.nio.file.Path;
import org.crossing.story.model.Story;

/** Turns a story folder into a playable story, or explains why it cannot. */
@FunctionalInterface
public interface StoryLoader {

    /** The compiled story; throws with the compiler's report when the story has errors. */
    Story load(Path folder) throws StoryLoadException;

    final class StoryLoadException extends Exception {
        public StoryLoadException(String report) {
            super(report);
        }
    }
}
