package org.crossing.story.check;

import java.util.Map;
import org.crossing.story.model.Position;

/**
 * One part of why a problem holds, as data for tools: a choice that is unavailable in a dead end,
 * or a way into an unreachable scene that can never be taken. {@code scene} and {@code position}
 * say which choice, chance outcome or countdown (where it is written); {@code condition} is its
 * condition as written (null when it has none); {@code values} what the condition reads, each
 * with its value or range there ({@code "3"}, {@code "0..4"}, {@code "false"}); {@code text} the
 * same in words, as the text report prints it.
 */
public record Reason(String text, String scene, Position position, String condition, Map<String, String> values) {

    public Reason {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
