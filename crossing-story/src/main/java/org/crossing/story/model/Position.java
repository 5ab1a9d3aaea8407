package org.crossing.story.model;

/** Where a construct stands in the story's sources: a path relative to the story folder, 1-based line and column. */
public record Position(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
