package org.crossing.story.model;

import java.util.List;

/**
 * A choice in a scene. {@code index} is its place among the scene's choices; {@code onceSlot} is
 * its bit in a play state's used-choice set, or -1 for a repeatable choice. {@code condition} is
 * null when the choice is always offered; {@code disabledReason} is null when a failed condition
 * hides the choice rather than showing it disabled; it may show values, like any text. {@code routes} are the conditional targets
 * written {@code -> {condition: scene | other}}: the first whose condition holds after the
 * choice's effects is where the choice leads, and {@code target} when none holds. {@code tags}
 * are the author's words for styling and analytics.
 */
public record Choice(int index, Text label, int target, Expr condition, Text disabledReason,
                     List<Effect> effects, int onceSlot, Position position, List<Route> routes, List<String> tags) {

    /** A conditional target: {@code target} when {@code condition} holds. */
    public record Route(Expr condition, int target) {}

    public Choice {
        effects = List.copyOf(effects);
        routes = List.copyOf(routes);
        tags = List.copyOf(tags);
    }

    /** A choice that always leads to {@code target}, with no tags. */
    public Choice(int index, Text label, int target, Expr condition, String disabledReason,
                  List<Effect> effects, int onceSlot, Position position) {
        this(index, label, target, condition, disabledReason == null ? null : Text.plain(disabledReason), effects, onceSlot, position, List.of(), List.of());
    }

    public boolean once() {
        return onceSlot >= 0;
    }

    /** Every scene this choice can lead to: each route's, then the default target. */
    public List<Integer> targets() {
        if (routes.isEmpty()) return List.of(target);
        List<Integer> all = new java.util.ArrayList<>(routes.size() + 1);
        for (Route route : routes) all.add(route.target());
        all.add(target);
        return List.copyOf(all);
    }
}
