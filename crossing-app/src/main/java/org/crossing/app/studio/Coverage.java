package org.crossing.app.studio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;

/**
 * Which scenes, ways on and text variants a set of journeys showed, per source: the checker's
 * witnesses (the shortest journey into every scene), the playtests an author saved from
 * {@code crossing play}, and random journeys. For authors who want every line read before launch.
 */
public final class Coverage {

    /** Where journeys come from. */
    public enum Source {
        WITNESSES("witnesses"), PLAYTESTS("playtests"), RANDOM("random journeys");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** How a way on is taken: a choice (also when a countdown takes it), a countdown with no choice of its own, a chance outcome. */
    public enum WayKind { CHOICE, COUNTDOWN, CHANCE }

    /** A way on from {@code scene} to {@code target}; {@code item} is the choice's or outcome's index in its scene. */
    public record Way(int id, int scene, WayKind kind, int item, int target, String label) {}

    /** What the journeys of one source showed. */
    public static final class Covered {
        final BitSet scenes = new BitSet();
        final BitSet ways = new BitSet();
        final BitSet variants = new BitSet();
        int journeys;

        public int journeys() {
            return journeys;
        }

        public boolean scene(int scene) {
            return scenes.get(scene);
        }

        public boolean way(int way) {
            return ways.get(way);
        }

        public boolean variant(int variant) {
            return variants.get(variant);
        }

        public int sceneCount() {
            return scenes.cardinality();
        }

        public int wayCount() {
            return ways.cardinality();
        }

        public int variantCount() {
            return variants.cardinality();
        }

        void add(Covered other) {
            scenes.or(other.scenes);
            ways.or(other.ways);
            variants.or(other.variants);
            journeys += other.journeys;
        }
    }

    private final Story story;
    private final List<Way> ways = new ArrayList<>();
    private final int[] firstWay;
    private final TextVariants variants;
    private final Map<Source, Covered> bySource = new EnumMap<>(Source.class);

    Coverage(Story story) {
        this.story = story;
        this.firstWay = new int[story.scenes().size() + 1];
        for (Scene scene : story.scenes()) {
            firstWay[scene.index()] = ways.size();
            for (Choice choice : scene.choices()) {
                ways.add(new Way(ways.size(), scene.index(), WayKind.CHOICE, choice.index(), choice.target(), choice.label().source()));
            }
            String countdown = countdownWithoutChoice(story, scene);
            if (countdown != null) ways.add(new Way(ways.size(), scene.index(), WayKind.COUNTDOWN, -1, scene.timer().target(), countdown));
            for (ChanceOutcome outcome : scene.chance()) {
                ways.add(new Way(ways.size(), scene.index(), WayKind.CHANCE, outcome.index(), outcome.target(),
                        "chance " + (outcome.otherwise() ? "otherwise" : outcome.weight() + "%")));
            }
        }
        firstWay[story.scenes().size()] = ways.size();
        this.variants = new TextVariants(story);
        for (Source source : Source.values()) bySource.put(source, new Covered());
    }

    /**
     * How a countdown can run out straight to its scene, taking no choice, or null when it cannot:
     * when no choice leads there, and when the choice that does may be unavailable at that moment
     * (it has a condition, or it is once-only and a journey can come back to the scene after taking it).
     */
    static String countdownWithoutChoice(Story story, Scene scene) {
        if (scene.timer() == null || scene.isEnding()) return null;
        int index = scene.timer().defaultChoice();
        if (index < 0) return "the countdown runs out";
        Choice choice = scene.choices().get(index);
        if (choice.condition() == null && !(choice.once() && comesBack(story, choice.targets(), scene.index()))) return null;
        return "the countdown runs out, \"" + choice.label().source() + "\" unavailable";
    }

    /** Whether some scene of {@code from} leads, through any ways, to {@code scene}: conditions are not read. */
    private static boolean comesBack(Story story, List<Integer> from, int scene) {
        BitSet seen = new BitSet();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        for (int start : from) {
            if (start == scene) return true;
            seen.set(start);
            next.push(start);
        }
        while (!next.isEmpty()) {
            Scene at = story.scene(next.pop());
            List<Integer> targets = new ArrayList<>();
            for (Choice c : at.choices()) targets.addAll(c.targets());
            for (ChanceOutcome o : at.chance()) targets.add(o.target());
            if (at.timer() != null) targets.add(at.timer().target());
            for (int target : targets) {
                if (target == scene) return true;
                if (!seen.get(target)) {
                    seen.set(target);
                    next.push(target);
                }
            }
        }
        return false;
    }

    public Story story() {
        return story;
    }

    public List<Way> ways() {
        return ways;
    }

    public List<TextVariants.Variant> variants() {
        return variants.all();
    }

    public Covered of(Source source) {
        return bySource.get(source);
    }

    /** What every source together showed. */
    public Covered all() {
        Covered all = new Covered();
        for (Covered covered : bySource.values()) all.add(covered);
        return all;
    }

    /** The way an edge of the map stands for: {@code item} as {@link StoryMap.Edge} gives it. */
    public Way way(int scene, StoryMap.EdgeKind kind, int item) {
        for (int i = firstWay[scene]; i < firstWay[scene + 1]; i++) {
            Way way = ways.get(i);
            boolean fits = switch (kind) {
                case CHANCE -> way.kind() == WayKind.CHANCE && way.item() == item;
                case TIMED -> item < 0 ? way.kind() == WayKind.COUNTDOWN : way.kind() == WayKind.CHOICE && way.item() == item;
                default -> way.kind() == WayKind.CHOICE && way.item() == item;
            };
            if (fits) return way;
        }
        return null;
    }

    /** Starts recording a journey of {@code source}. */
    Journey journey(Source source) {
        return journeys(source, 1);
    }

    /** Starts recording {@code count} journeys of {@code source} as one: what they showed together. */
    Journey journeys(Source source, int count) {
        Covered covered = bySource.get(source);
        covered.journeys += count;
        return new Journey(covered);
    }

    /** One journey as it is played: each scene it arrives in, each way it takes. */
    final class Journey {
        private final Covered covered;

        private Journey(Covered covered) {
            this.covered = covered;
        }

        /** The journey is in {@code state}'s scene, shown as a reader would see it. */
        void arrive(State state) {
            covered.scenes.set(state.scene());
            variants.read(story, state, covered.variants);
        }

        Story story() {
            return story;
        }

        /**
         * In {@code scene} the journey took {@code action}, and it went the way {@code branch}
         * says: for a choice its index, for a countdown the choice it took (or the scene's choice
         * count when it took none), for chance the outcome's index.
         */
        void took(int scene, Action action, int branch) {
            int way = wayOf(scene, action, branch);
            if (way >= 0) covered.ways.set(way);
        }

        /** In {@code scene} the journey took {@code step}, as the engine recorded it. */
        void took(int scene, Step step) {
            took(scene, action(step), step.index());
        }

        /** Whether a journey of this source took the way {@code step} in {@code scene} already. */
        boolean covered(int scene, Step step) {
            int way = wayOf(scene, action(step), step.index());
            return way >= 0 && covered.ways.get(way);
        }

        private static Action action(Step step) {
            return switch (step.kind()) {
                case CHOICE -> Action.choose(step.index());
                case TIMEOUT -> Action.TIMEOUT;
                case CHANCE -> Action.CONTINUE;
            };
        }
    }

    /** The way {@code action} took in {@code scene}, going the way {@code branch} says (as {@link Journey#took}); -1 for none. */
    private int wayOf(int scene, Action action, int branch) {
        WayKind kind = switch (action) {
            case Action.Choose choose -> WayKind.CHOICE;
            case Action.Timeout timeout -> branch < story.scene(scene).choices().size() ? WayKind.CHOICE : WayKind.COUNTDOWN;
            case Action.Continue c -> WayKind.CHANCE;
        };
        for (int i = firstWay[scene]; i < firstWay[scene + 1]; i++) {
            Way way = ways.get(i);
            if (way.kind() == kind && (kind == WayKind.COUNTDOWN || way.item() == branch)) return i;
        }
        return -1;
    }
}
