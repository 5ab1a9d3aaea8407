package org.crossing.story.model;

/** A point on an image, in percent of its width and height from the top left, that opens something without advancing the story. */
public record Hotspot(double x, double y, String label, Target target) {

    public sealed interface Target {}

    public record FactTarget(Fact fact) implements Target {}

    public record PhotoTarget(String file, String alt) implements Target {}

    public record AudioTarget(String file, String transcript, String title) implements Target {}

    public record TextTarget(String text) implements Target {}
}
