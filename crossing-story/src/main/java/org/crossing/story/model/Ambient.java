package org.crossing.story.model;

/**
 * A sound that loops, with its captions and a description of what is heard: a scene's own loop,
 * or a chapter's sound bed, which carries on across the chapter's scenes.
 */
public record Ambient(String file, String captions, String description) {}
