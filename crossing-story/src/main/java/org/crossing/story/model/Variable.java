package org.crossing.story.model;

/**
 * A declared variable. {@code slot} is its index in a play state's values. Integers may carry an
 * inclusive range ({@code min <= max}); every assignment is clamped to it.
 */
public record Variable(String name, int slot, ValueType type, Object initial, Long min, Long max, Position position) {

    public boolean bounded() {
        return min != null;
    }

    /** The value as it is stored after an assignment: clamped for bounded integers, unchanged otherwise. */
    public Object clamp(Object value) {
        if (min == null || !(value instanceof Long l)) return value;
        return Math.max(min, Math.min(max, l));
    }
}
