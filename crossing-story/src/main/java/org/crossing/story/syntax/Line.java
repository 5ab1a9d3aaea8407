package org.crossing.story.syntax;

import java.util.List;
import java.util.Map;
import org.crossing.story.model.Position;

/** One parsed line of a story file (a source block spans several). Each knows where it starts. */
public sealed interface Line {

    Position position();

    /** A name with where it was written, such as a scene id or a media file. */
    record Ref(String name, Position position) {}

    record Blank(Position position) implements Line {}

    /**
     * A line that could not be parsed (its error is already reported); kept so that later checks
     * do not pile on. {@code declares} is the variable a broken {@code var} line names, or null.
     */
    record Broken(Position position, String declares) implements Line {}

    record Header(String key, String value, Position valuePosition, Position position) implements Line {}

    record Var(Ref name, ExprNode initial, Long min, Long max, Position position) implements Line {}

    /** A source block: its id and fields, each field's value with its position. */
    record SourceBlock(Ref id, Map<String, Ref> fields, Position position) implements Line {}

    record ChapterHead(int number, String title, Position position) implements Line {}

    record SceneHead(Ref id, List<String> tags, Position position) implements Line {}

    record TextLine(TextNode text, Position position) implements Line {}

    /**
     * A choice; {@code target} is where it leads when none of {@code routes} (its conditional
     * targets, {@code -> {condition: scene | other}}) holds.
     */
    record ChoiceLine(boolean once, ExprNode condition, TextNode label, Ref target, List<EffectNode> effects,
                      TextNode disabledReason, List<Route> routes, List<String> tags, Position position) implements Line {}

    /** {@code -> target ~ effects}: a repeatable "Continue" choice. */
    record Divert(Ref target, List<EffectNode> effects, List<Route> routes, List<String> tags, Position position) implements Line {}

    /** A conditional target: {@code target} when {@code condition} holds. */
    record Route(ExprNode condition, Ref target) {}

    record Timed(int seconds, Ref target, Position position) implements Line {}

    /** A chance outcome; {@code weight} is -1 for {@code otherwise}. */
    record ChanceLine(ExprNode condition, int weight, Ref target, List<EffectNode> effects, Position position) implements Line {}

    record ContinueLabel(String label, Position position) implements Line {}

    /** A scene's entry effects; {@code once} when they apply on the first entry only ({@code ~ once ...}). */
    record Effects(boolean once, List<EffectNode> effects, Position position) implements Line {}

    /** {@code ending kind WORD: TONE, LABEL}: an ending kind the story declares; {@code label} null when not given. */
    record EndingKindDeclaration(Ref word, String tone, Position tonePosition, String label, Position position) implements Line {}

    record EndingLine(Ref kind, TextNode summary, Position position) implements Line {}

    record Image(Ref file, String alt, Position position) implements Line {}

    record Video(Ref file, Ref captions, String title, Position position) implements Line {}

    /** A sound line: an audio clip, an ambient loop or a spot sound, as {@code kind} says. */
    record Audio(AudioKind kind, Ref file, Ref transcript, String title, Position position) implements Line {}

    /** What a sound line declares: {@code audio} (a clip with a player), {@code ambient} (a loop), {@code sound} (played once). */
    enum AudioKind {
        CLIP("audio"), AMBIENT("ambient"), SPOT("sound");

        public final String word;

        AudioKind(String word) {
            this.word = word;
        }
    }

    record Hotspot(double x, double y, String label, HotspotTarget target, Position position) implements Line {}

    record Place(double latitude, double longitude, String name, Position position) implements Line {}

    /** {@code after 3 days}: how long after the scene before a journey reaches this one. */
    record After(int amount, org.crossing.story.model.TimeSpan.Unit unit, Position position) implements Line {}

    record Fact(Ref source, String statement, Position position) implements Line {}

    sealed interface HotspotTarget {}

    record FactTarget(Ref source, String statement) implements HotspotTarget {}

    record PhotoTarget(Ref file, String alt) implements HotspotTarget {}

    record AudioTarget(Ref file, Ref transcript, String title) implements HotspotTarget {}

    record TextTarget(String text) implements HotspotTarget {}
}
