package org.crossing.app.studio;

import java.util.Map;

/** The studio's first page beside a node: the stories it serves, by slug and title. */
public record StudioIndex(String css, Map<String, String> stories, String csrf) {}
