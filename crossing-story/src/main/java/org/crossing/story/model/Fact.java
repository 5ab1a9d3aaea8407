package org.crossing.story.model;

/** A factual claim with the source it comes from. */
public record Fact(String statement, Source source) {}
