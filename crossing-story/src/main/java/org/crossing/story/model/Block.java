package org.crossing.story.model;

import java.util.List;

/** What a scene shows, in the order the author wrote it. Media file names are relative to the story's media folder. */
public sealed interface Block {

    record Paragraph(Text text) implements Block {}

    record FactCard(Fact fact) implements Block {}

    record Image(String file, String alt, List<Hotspot> hotspots) implements Block {
        public Image {
            hotspots = List.copyOf(hotspots);
        }
    }

    record Video(String file, String captions, String title) implements Block {}

    /** An audio clip; {@code transcript} is a WebVTT caption file or a plain-text transcript. */
    record Audio(String file, String transcript, String title) implements Block {}
}
