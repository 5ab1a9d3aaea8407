package org.crossing.story.model;

/**
 * A chapter: a number from 1 and a title. {@code picture} (an image without hotspots) opens the
 * chapter's first scene full-bleed and {@code bed} loops under its scenes; either may be null.
 */
public record Chapter(int number, String title, Block.Image picture, Ambient bed) {

    /** A chapter with no opening picture and no sound bed. */
    public Chapter(int number, String title) {
        this(number, title, null, null);
    }
}
