package org.crossing.story.model;

/** A work that facts cite. {@code url} may be null. */
public record Source(String id, String title, String publisher, int year, String url, Position position) {}
