package org.crossing.story.model;

import java.time.Instant;
import java.util.List;

/** The story's header. {@code contentNote}, {@code description}, {@code hashtag} and {@code launch} may be null. */
public record Metadata(String title, List<String> authors, String language, String contentNote,
                       String description, String hashtag, Instant launch) {

    public Metadata {
        authors = List.copyOf(authors);
    }
}
