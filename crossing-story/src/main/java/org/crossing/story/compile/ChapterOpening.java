package org.crossing.story.compile;

import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.Line;

/** The lines under a chapter line, before its first scene, that open the chapter: its picture and its sound bed. */
final class ChapterOpening {

    Line.Image picture;
    Line.Audio bed;

    void add(Line line, int chapter, Reporter reporter) {
        switch (line) {
            case Line.Image image -> {
                if (picture != null) reporter.report(Code.DUPLICATE, image.position(), "chapter " + chapter + " already has its opening picture at "
                        + where(picture) + "; a chapter opens with one");
                else picture = image;
            }
            case Line.Audio audio -> {
                if (bed != null) reporter.report(Code.DUPLICATE, audio.position(), "chapter " + chapter + " already has its sound bed at "
                        + where(bed) + "; a chapter loops one");
                else bed = audio;
            }
            default -> throw new IllegalArgumentException(line.toString());
        }
    }

    private static String where(Line line) {
        return line.position().file() + ":" + line.position().line();
    }
}
