package org.crossing.story.model;

/** A countdown on a scene's choices: after {@code seconds}, the choice at {@code defaultChoice} is taken. */
public record Timer(int seconds, int defaultChoice) {}
