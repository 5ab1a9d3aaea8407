package org.crossing.story.model;

/**
 * A spot sound: played once when its scene opens (if the player has sound on), with its captions
 * and a description of what is heard.
 */
public record Sound(String file, String captions, String description) {}
