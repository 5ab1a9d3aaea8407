package org.crossing.story.model;

/** The outcome of an ending scene and the one-line summary used when the result is shared. */
public record Ending(EndingKind kind, Text summary) {}
