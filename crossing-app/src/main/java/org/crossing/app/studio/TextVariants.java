package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.model.Block;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;

/**
 * Every text variant of a story, and which of them a player sees at a moment: each branch of a
 * conditional ({@code {cond: a | b}}) and each alternative of a sequence, cycle or once, wherever
 * text stands (a scene's paragraphs, its choices' labels and reasons, an ending's summary). A
 * branch without words (a conditional with no otherwise, a once that has run out) is not a
 * variant: there is nothing in it to read.
 */
public final class TextVariants {

    /** One variant: {@code where} in scene {@code scene} it stands, what kind it is, and its words as written. */
    public record Variant(int id, int scene, String where, String kind, String text) {}

    /**
     * A conditional or variation, with a copy whose branches are the digits of their index: the
     * player's own {@link Narrator} decides which branch shows, so coverage can never disagree
     * with what a reader is shown.
     */
    private record Probe(Text probe, int[] ids) {}

    private final List<Variant> all = new ArrayList<>();
    private final Map<Text.Span, Probe> probes = new IdentityHashMap<>();

    TextVariants(Story story) {
        for (Scene scene : story.scenes()) {
            int paragraph = 0;
            for (Block block : scene.blocks()) {
                if (block instanceof Block.Paragraph p) enumerate(scene, "paragraph " + ++paragraph, p.text());
            }
            for (Choice choice : scene.choices()) {
                String label = "\u201c" + shorten(choice.label().source()) + "\u201d";
                enumerate(scene, "choice " + label, choice.label());
                if (choice.disabledReason() != null) enumerate(scene, "why " + label + " is unavailable", choice.disabledReason());
            }
            if (scene.isEnding()) enumerate(scene, "the ending's summary", scene.ending().summary());
        }
    }

    List<Variant> all() {
        return all;
    }

    /** Marks in {@code seen} the variants shown in the current scene of {@code state}, as the player shows it. */
    void read(Story story, State state, java.util.BitSet seen) {
        Scene scene = story.scene(state.scene());
        for (Block block : scene.blocks()) {
            if (block instanceof Block.Paragraph p) read(story, state, p.text(), seen);
        }
        if (scene.isEnding()) {
            read(story, state, scene.ending().summary(), seen);
        } else if (!scene.isChance()) {
            for (Option option : Engine.options(story, state)) {
                read(story, state, option.choice().label(), seen);
                if (!option.enabled() && option.choice().disabledReason() != null) read(story, state, option.choice().disabledReason(), seen);
            }
        }
    }

    private void read(Story story, State state, Text text, java.util.BitSet seen) {
        for (Text.Span span : text.spans()) {
            switch (span) {
                case Text.Span.Plain plain -> { }
                case Text.Span.Value value -> { }
                case Text.Span.Emphasis em -> read(story, state, em.inner(), seen);
                case Text.Span.Conditional cond -> {
                    int shown = branch(story, state, cond);
                    mark(cond, shown, seen);
                    read(story, state, shown == 0 ? cond.then() : cond.otherwise(), seen);
                }
                case Text.Span.Variation variation -> {
                    int shown = branch(story, state, variation);
                    if (shown < 0) continue;
                    mark(variation, shown, seen);
                    read(story, state, variation.alternatives().get(shown), seen);
                }
            }
        }
    }

    private int branch(Story story, State state, Text.Span span) {
        String shown = Narrator.plain(story, state, probes.get(span).probe());
        return shown.isEmpty() ? -1 : Integer.parseInt(shown);
    }

    private void mark(Text.Span span, int branch, java.util.BitSet seen) {
        int id = probes.get(span).ids()[branch];
        if (id >= 0) seen.set(id);
    }

    private void enumerate(Scene scene, String where, Text text) {
        for (Text.Span span : text.spans()) {
            switch (span) {
                case Text.Span.Plain plain -> { }
                case Text.Span.Value value -> { }
                case Text.Span.Emphasis em -> enumerate(scene, where, em.inner());
                case Text.Span.Conditional cond -> {
                    int[] ids = {add(scene, where, "{" + shorten(cond.conditionSource()) + "} holds", cond.then()),
                            add(scene, where, "{" + shorten(cond.conditionSource()) + "} does not hold", cond.otherwise())};
                    Text probe = new Text(List.of(new Text.Span.Conditional(cond.condition(), cond.conditionSource(), Text.plain("0"), Text.plain("1"))));
                    probes.put(cond, new Probe(probe, ids));
                    enumerate(scene, where, cond.then());
                    enumerate(scene, where, cond.otherwise());
                }
                case Text.Span.Variation variation -> {
                    int n = variation.alternatives().size();
                    int[] ids = new int[n];
                    List<Text> digits = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        ids[i] = add(scene, where, variation.kind().word() + " " + (i + 1) + " of " + n, variation.alternatives().get(i));
                        digits.add(Text.plain(Integer.toString(i)));
                    }
                    probes.put(variation, new Probe(new Text(List.of(new Text.Span.Variation(variation.kind(), digits, variation.scene()))), ids));
                    for (Text alternative : variation.alternatives()) enumerate(scene, where, alternative);
                }
            }
        }
    }

    /** Adds a variant and returns its id, or -1 when it has no words. */
    private int add(Scene scene, String where, String kind, Text text) {
        String words = text.source().strip();
        if (words.isEmpty()) return -1;
        all.add(new Variant(all.size(), scene.index(), where, kind, shorten(words)));
        return all.size() - 1;
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
    }
}
