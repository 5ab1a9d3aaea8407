package org.crossing.story.model;

/** A named point on the journey map, in decimal degrees. */
public record Place(String name, double latitude, double longitude) {}
