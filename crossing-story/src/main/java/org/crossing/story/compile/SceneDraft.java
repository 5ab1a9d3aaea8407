package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Chapter;
import org.crossing.story.syntax.Line;

/** A scene's lines as collected from its file, before they are compiled. */
final class SceneDraft {

    final Line.SceneHead head;
    final Chapter chapter;
    final List<Line> lines = new ArrayList<>();

    SceneDraft(Line.SceneHead head, Chapter chapter) {
        this.head = head;
        this.chapter = chapter;
    }

    String id() {
        return head.id().name();
    }
}
