package org.crossing.story.play;

/** A stretch of resolved text with one style, ready for a renderer to escape and print. */
public record Run(String text, boolean emphasis, boolean strong) {}
