package org.crossing.story.model;

/** A sound that loops while a scene is shown, with its captions and a description of what is heard. */
public record Ambient(String file, String captions, String description) {}
