package org.crossing.story.model;

/** A chapter: a number from 1 and a title. */
public record Chapter(int number, String title) {}
