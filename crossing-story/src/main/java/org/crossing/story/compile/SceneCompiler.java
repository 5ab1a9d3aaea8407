package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossing.story.model.Ambient;
import org.crossing.story.model.Block;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Ending;
import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Fact;
import org.crossing.story.model.Hotspot;
import org.crossing.story.model.Place;
import org.crossing.story.model.TimeSpan;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Sound;
import org.crossing.story.model.Source;
import org.crossing.story.model.Text;
import org.crossing.story.model.Timer;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.EffectNode;
import org.crossing.story.syntax.Line;

/** Compiles one scene's lines into a {@link Scene}, checking that it has text and exactly one way on. */
final class SceneCompiler {

    private final Reporter reporter;
    private final ExprCompiler expressions;
    private final TextCompiler texts;
    private final Map<String, Integer> scenes;
    private final Map<String, Source> sources;
    private final Set<String> media;
    final Set<String> citedSources = new java.util.HashSet<>();
    private int onceSlots;
    private final Map<String, EndingKind> endingKinds;
    private final Map<String, MediaContents> mediaContents;
    /** Media files already judged for a use: each is warned about once. */
    private final Set<String> checkedMedia = new java.util.HashSet<>();
    /** The story says 'facts: sourced': a claim without a source is warned about. */
    private final boolean factsSourced;
    final Set<String> usedEndingKinds = new java.util.HashSet<>();

    SceneCompiler(Reporter reporter, ExprCompiler expressions, Map<String, Integer> scenes, Map<String, Source> sources, Set<String> media,
                  Map<String, MediaContents> mediaContents, Map<String, EndingKind> endingKinds, boolean factsSourced) {
        this.mediaContents = mediaContents;
        this.endingKinds = endingKinds;
        this.factsSourced = factsSourced;
        this.reporter = reporter;
        this.expressions = expressions;
        this.texts = new TextCompiler(expressions);
        this.scenes = scenes;
        this.sources = sources;
        this.media = media;
    }

    int onceSlots() {
        return onceSlots;
    }

    /**
     * The chapter as its scenes carry it: its title, and the opening picture and sound bed written
     * under its chapter line (either may be null), their files checked like a scene's.
     */
    Chapter chapter(Line.ChapterHead head, Line.Image picture, Line.Audio bed) {
        if (picture != null) checkMedia(picture.file(), Use.IMAGE);
        if (bed != null) {
            checkMedia(bed.file(), Use.AUDIO);
            checkMedia(bed.transcript(), Use.TRANSCRIPT);
        }
        return new Chapter(head.number(), head.title(),
                picture == null ? null : new Block.Image(picture.file().name(), picture.alt(), List.of()),
                bed == null ? null : new Ambient(bed.file().name(), bed.transcript().name(), bed.title()));
    }

    /** Compiles a scene of {@code chapter} (null when it has none). */
    Scene compile(SceneDraft draft, int index, Chapter chapter) {
        String id = draft.id();
        List<Block> blocks = new ArrayList<>();
        List<Text> paragraph = new ArrayList<>();
        List<Hotspot> hotspots = null;
        int imageBlock = -1;
        Place place = null;
        TimeSpan after = null;
        Ambient ambient = null;
        Sound sound = null;
        List<Effect> onEnter = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        List<Position> choicePositions = new ArrayList<>();
        List<String> choiceTargets = new ArrayList<>();
        List<Boolean> choiceConditional = new ArrayList<>();
        Line.Timed timed = null;
        List<ChanceOutcome> chance = new ArrayList<>();
        Position firstChance = null;
        Position otherwisePosition = null;
        String continueLabel = null;
        Position continuePosition = null;
        Ending ending = null;
        Position endingPosition = null;
        boolean hasText = false;
        boolean broken = false;
        // an 'ending' line was written, even one whose kind is unknown: the scene stops here either way
        boolean endingWritten = false;
        texts.scene = index;

        for (Line line : draft.lines) {
            if (!(line instanceof Line.TextLine) && !paragraph.isEmpty()) {
                blocks.add(new Block.Paragraph(TextCompiler.join(paragraph)));
                paragraph.clear();
            }
            if (!(line instanceof Line.Hotspot) && !(line instanceof Line.Blank) && hotspots != null) {
                closeImage(blocks, imageBlock, hotspots);
                hotspots = null;
            }
            switch (line) {
                case Line.Blank blank -> { }
                case Line.Broken b -> broken = true;
                case Line.TextLine text -> {
                    paragraph.add(texts.text(text.text()));
                    hasText = true;
                }
                case Line.Image image -> {
                    checkMedia(image.file(), Use.IMAGE);
                    blocks.add(new Block.Image(image.file().name(), image.alt(), List.of()));
                    imageBlock = blocks.size() - 1;
                    hotspots = new ArrayList<>();
                    hasText = true;
                }
                case Line.Hotspot hotspot -> {
                    if (hotspots == null) {
                        reporter.report(Code.MISPLACED, hotspot.position(), "a hotspot marks a point on an image: put it right after the 'image' line it belongs to");
                    } else {
                        Hotspot.Target target = hotspotTarget(hotspot.target(), hotspot.position());
                        if (target != null) hotspots.add(new Hotspot(hotspot.x(), hotspot.y(), hotspot.label(), target));
                    }
                }
                case Line.Video video -> {
                    checkMedia(video.file(), Use.VIDEO);
                    checkMedia(video.captions(), Use.CAPTIONS);
                    blocks.add(new Block.Video(video.file().name(), video.captions().name(), video.title()));
                    hasText = true;
                }
                case Line.Audio audio -> {
                    checkMedia(audio.file(), Use.AUDIO);
                    checkMedia(audio.transcript(), audio.kind() == Line.AudioKind.SPOT ? Use.CAPTIONS : Use.TRANSCRIPT);
                    switch (audio.kind()) {
                        case AMBIENT -> {
                            if (ambient != null) reporter.report(Code.DUPLICATE, audio.position(), "scene '" + id + "' already has an ambient sound; a scene loops one at most");
                            else ambient = new Ambient(audio.file().name(), audio.transcript().name(), audio.title());
                        }
                        case SPOT -> {
                            if (sound != null) reporter.report(Code.DUPLICATE, audio.position(), "scene '" + id + "' already has a spot sound; a scene plays one at most when it opens");
                            else sound = new Sound(audio.file().name(), audio.transcript().name(), audio.title());
                        }
                        case CLIP -> {
                            blocks.add(new Block.Audio(audio.file().name(), audio.transcript().name(), audio.title()));
                            hasText = true;
                        }
                    }
                }
                case Line.Place p -> {
                    if (place != null) reporter.report(Code.DUPLICATE, p.position(), "scene '" + id + "' already has a place; a scene stands in one place on the map");
                    else place = new Place(p.name(), p.latitude(), p.longitude());
                }
                case Line.After a -> {
                    if (after != null) reporter.report(Code.DUPLICATE, a.position(), "scene '" + id + "' already says how long after the scene before it comes; give one 'after' line");
                    else after = new TimeSpan(a.amount(), a.unit());
                }
                case Line.Fact fact -> {
                    Source source = source(fact.source());
                    if (source != null) blocks.add(new Block.FactCard(new Fact(fact.statement(), source)));
                    hasText = true;
                }
                case Line.Effects effects -> {
                    List<Effect> compiled = effects(effects.effects());
                    if (effects.once()) {
                        // '~ once' is '~ {visits(this) == 1: ...}': the visit is counted before entry effects run
                        expressions.trackedScenes.add(index);
                        Expr first = new Expr.Binary(Expr.BinaryOp.EQUAL, new Expr.Visits(index, id), new Expr.Literal(1L));
                        onEnter.add(new Effect.When(first, compiled, List.of(), effects.position()));
                    } else {
                        onEnter.addAll(compiled);
                    }
                }
                case Line.ChoiceLine choice -> {
                    Integer target = target(choice.target());
                    List<Choice.Route> routes = routes(choice.routes());
                    Expr condition = expressions.condition(choice.condition(), "a choice's condition");
                    Text label = texts.text(choice.label());
                    List<Effect> effects = effects(choice.effects());
                    choicePositions.add(choice.position());
                    if (target != null && routes != null) {
                        int slot = choice.once() ? onceSlots++ : -1;
                        Text reason = choice.disabledReason() == null ? null : texts.text(choice.disabledReason());
                        choices.add(new Choice(choices.size(), label, target, condition, reason, effects, slot,
                                choice.position(), routes, choice.tags()));
                        choiceTargets.add(choice.target().name());
                        choiceConditional.add(choice.condition() != null);
                    }
                }
                case Line.Divert divert -> {
                    Integer target = target(divert.target());
                    List<Choice.Route> routes = routes(divert.routes());
                    List<Effect> effects = effects(divert.effects());
                    choicePositions.add(divert.position());
                    if (target != null && routes != null) {
                        choices.add(new Choice(choices.size(), Text.plain("Continue"), target, null, null, effects, -1,
                                divert.position(), routes, divert.tags()));
                        choiceTargets.add(divert.target().name());
                        choiceConditional.add(false);
                    }
                }
                case Line.Timed t -> {
                    if (timed != null) reporter.report(Code.DUPLICATE, t.position(), "scene '" + id + "' already has a countdown");
                    else timed = t;
                }
                case Line.ChanceLine c -> {
                    if (firstChance == null) firstChance = c.position();
                    if (c.weight() < 0) {
                        if (otherwisePosition != null) {
                            reporter.report(Code.DUPLICATE, c.position(), "scene '" + id + "' already has an 'otherwise' outcome at line " + otherwisePosition.line());
                            continue;
                        }
                        otherwisePosition = c.position();
                    }
                    Integer target = target(c.target());
                    Expr condition = expressions.condition(c.condition(), "a chance outcome's condition");
                    List<Effect> effects = effects(c.effects());
                    if (target != null && condition != null == (c.condition() != null)) chance.add(new ChanceOutcome(chance.size(), c.weight(), condition, target, effects, c.position()));
                }
                case Line.ContinueLabel label -> {
                    if (continueLabel != null) reporter.report(Code.DUPLICATE, label.position(), "scene '" + id + "' already has a continue label");
                    continueLabel = label.label();
                    continuePosition = label.position();
                }
                case Line.EndingLine e -> {
                    endingWritten = true;
                    Text summary = texts.text(e.summary());
                    EndingKind kind = endingKinds.get(e.kind().name());
                    if (kind == null) {
                        List<String> words = List.copyOf(endingKinds.keySet());
                        reporter.report(Code.UNKNOWN_ENDING_KIND, e.kind(), "unknown ending kind '" + e.kind().name() + "'" + Names.hint(e.kind().name(), words)
                                + "; the kinds are " + String.join(", ", words) + ", or declare it: 'ending kind " + e.kind().name() + ": bad, LABEL'");
                    } else if (ending != null) {
                        reporter.report(Code.DUPLICATE, e.position(), "scene '" + id + "' already has an ending at line " + endingPosition.line());
                    } else {
                        ending = new Ending(kind, summary);
                        usedEndingKinds.add(kind.word());
                        endingPosition = e.position();
                    }
                }
                default -> reporter.report(Code.OUTSIDE_SCENE, line.position(), "this line does not belong inside a scene");
            }
        }
        if (!paragraph.isEmpty()) blocks.add(new Block.Paragraph(TextCompiler.join(paragraph)));
        if (hotspots != null) closeImage(blocks, imageBlock, hotspots);

        Position head = draft.head.position();
        boolean hasChoices = !choices.isEmpty() || !choicePositions.isEmpty();
        boolean hasChance = firstChance != null;
        if (broken) {
            // a line of this scene had a syntax error: what it meant is unknown, so skip the checks of the whole
        } else if (!hasText && !hasChoices && !hasChance && !endingWritten) {
            reporter.report(Code.EMPTY_SCENE, head, "scene '" + id + "' is empty: write its text, then its choices, chance or ending");
        } else {
            if (!hasText) reporter.report(Code.NO_TEXT, head, "scene '" + id + "' has no text: write what the player sees here");
            if (endingWritten && hasChoices) {
                reporter.report(Code.MIXED_WAYS_ON, choicePositions.get(0), "ending scene '" + id + "' offers a choice; an ending is where the journey stops, so remove the choices or the 'ending' line");
            } else if (endingWritten && hasChance) {
                reporter.report(Code.MIXED_WAYS_ON, firstChance, "ending scene '" + id + "' has a chance outcome; an ending is where the journey stops, so remove the chance or the 'ending' line");
            } else if (hasChoices && hasChance) {
                reporter.report(Code.MIXED_WAYS_ON, firstChance, "scene '" + id + "' has both choices and chance; move the chance into a scene of its own that a choice leads to");
            } else if (!hasChoices && !hasChance && !endingWritten && hasText) {
                reporter.report(Code.NO_WAY_ON, head, "scene '" + id + "' has no way on: add choices ('* label -> scene'), chance, or an 'ending' line");
            }
        }
        if (continuePosition != null && !hasChance) {
            reporter.report(Code.MISPLACED, continuePosition, "'continue:' labels the button of a chance scene, but scene '" + id + "' has no chance");
        }
        Timer timer = timer(id, timed, choices, choiceTargets, choiceConditional, endingWritten || hasChance);
        checkWeights(id, chance, firstChance);
        return new Scene(id, index, chapter, head, blocks, place, ambient, sound, onEnter, choices, timer, chance,
                continueLabel == null ? "Continue" : continueLabel, ending, draft.head.tags(), after);
    }

    private Timer timer(String id, Line.Timed timed, List<Choice> choices, List<String> targets, List<Boolean> conditional, boolean noChoices) {
        if (timed == null) return null;
        if (noChoices || choices.isEmpty()) {
            reporter.report(Code.MISPLACED, timed.position(), "'timed' counts down on a scene's choices, but scene '" + id + "' has none");
            return null;
        }
        Integer target = target(timed.target());
        if (target == null) return null;
        int found = -1;
        for (int i = 0; i < targets.size() && found < 0; i++) {
            if (targets.get(i).equals(timed.target().name()) && !conditional.get(i)) found = i;
        }
        for (int i = 0; i < targets.size() && found < 0; i++) {
            if (targets.get(i).equals(timed.target().name())) found = i;
        }
        return new Timer(timed.seconds(), found < 0 ? -1 : choices.get(found).index(), target);
    }

    private void checkWeights(String id, List<ChanceOutcome> chance, Position first) {
        if (chance.isEmpty()) return;
        boolean conditional = false;
        boolean otherwise = false;
        int unconditional = 0;
        for (ChanceOutcome outcome : chance) {
            if (outcome.otherwise()) otherwise = true;
            else if (outcome.condition() != null) conditional = true;
            else unconditional += outcome.weight();
        }
        if (!otherwise && !conditional && unconditional != 100) {
            reporter.report(Code.CHANCE_WEIGHTS, first, "the chances in scene '" + id + "' add up to " + unconditional
                    + "%, not 100%; fix the weights or add 'otherwise -> scene' for the rest");
        } else if (otherwise && unconditional > 100) {
            reporter.report(Code.CHANCE_WEIGHTS, first, "the chances in scene '" + id + "' add up to " + unconditional + "%, more than 100%");
        } else if (otherwise && !conditional && unconditional == 100) {
            reporter.report(Code.OTHERWISE_NEVER, first, "the chances in scene '" + id + "' already add up to 100%, so 'otherwise' never happens");
        } else if (conditional && !otherwise && !canAddUpTo100(chance)) {
            int all = 0;
            List<String> weights = new ArrayList<>();
            for (ChanceOutcome outcome : chance) {
                all += outcome.weight();
                weights.add(String.valueOf(outcome.weight()));
            }
            if (all > 0) {
                StringBuilder shares = new StringBuilder();
                for (ChanceOutcome outcome : chance) {
                    if (shares.length() > 0) shares.append(" and ");
                    shares.append(java.math.BigDecimal.valueOf(outcome.weight() * 100.0 / all).setScale(1, java.math.RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString()).append('%');
                }
                reporter.report(Code.CHANCE_RESCALED, first, "the chances in scene '" + id + "' never add up to 100%, so they are rescaled to the outcomes "
                        + "possible at the moment: while every condition holds they are " + String.join(" and ", weights) + " out of " + all
                        + " (" + shares + "); add 'otherwise -> scene' so that each weight means what it says");
            }
        }
    }

    /**
     * Whether the unconditional outcomes with some of the conditional ones add up to exactly 100%:
     * in that situation at least, the weights are the odds as written. Scenes with more than 12
     * conditional outcomes are given the benefit of the doubt.
     */
    private static boolean canAddUpTo100(List<ChanceOutcome> chance) {
        int base = 0;
        List<Integer> conditional = new ArrayList<>();
        for (ChanceOutcome outcome : chance) {
            if (outcome.condition() == null) base += outcome.weight();
            else conditional.add(outcome.weight());
        }
        if (conditional.size() > 12) return true;
        for (int subset = 0; subset < 1 << conditional.size(); subset++) {
            int sum = base;
            for (int i = 0; i < conditional.size(); i++) if ((subset & 1 << i) != 0) sum += conditional.get(i);
            if (sum == 100) return true;
        }
        return false;
    }

    private Hotspot.Target hotspotTarget(Line.HotspotTarget target, Position position) {
        return switch (target) {
            case Line.FactTarget fact -> {
                Source source = source(fact.source());
                yield source == null ? null : new Hotspot.FactTarget(new Fact(fact.statement(), source));
            }
            case Line.PhotoTarget photo -> {
                checkMedia(photo.file(), Use.IMAGE);
                yield new Hotspot.PhotoTarget(photo.file().name(), photo.alt());
            }
            case Line.AudioTarget audio -> {
                checkMedia(audio.file(), Use.AUDIO);
                checkMedia(audio.transcript(), Use.TRANSCRIPT);
                yield new Hotspot.AudioTarget(audio.file().name(), audio.transcript().name(), audio.title());
            }
            case Line.TextTarget text -> {
                if (factsSourced) {
                    reporter.report(Code.UNSOURCED_FACT, position, "with 'facts: sourced', a hotspot's text is a claim without a source: "
                            + "cite it with '-> fact SOURCE: ...', or, if it is what she sees or lives rather than a claim, make it part of the scene's text");
                }
                yield new Hotspot.TextTarget(text.text());
            }
        };
    }

    private static void closeImage(List<Block> blocks, int index, List<Hotspot> hotspots) {
        if (hotspots.isEmpty()) return;
        Block.Image image = (Block.Image) blocks.get(index);
        blocks.set(index, new Block.Image(image.file(), image.alt(), hotspots));
    }

    private List<Effect> effects(List<EffectNode> nodes) {
        return expressions.effects(nodes);
    }

    /** A choice's conditional targets, resolved; null when one has an error. */
    private List<Choice.Route> routes(List<Line.Route> lines) {
        List<Choice.Route> routes = new ArrayList<>(lines.size());
        boolean ok = true;
        for (Line.Route line : lines) {
            Expr condition = expressions.condition(line.condition(), "the condition of a conditional target");
            Integer target = target(line.target());
            if (condition == null || target == null) ok = false;
            else routes.add(new Choice.Route(condition, target));
        }
        return ok ? routes : null;
    }

    private Integer target(Line.Ref ref) {
        Integer index = scenes.get(ref.name());
        if (index == null) {
            reporter.report(Code.UNKNOWN_SCENE, ref, "unknown scene '" + ref.name() + "'" + Names.hint(ref.name(), scenes.keySet()));
        }
        return index;
    }

    private Source source(Line.Ref ref) {
        Source source = sources.get(ref.name());
        if (source == null) {
            String hint = Names.hint(ref.name(), sources.keySet());
            reporter.report(Code.UNKNOWN_SOURCE, ref, "unknown source '" + ref.name() + "'" + hint
                    + (hint.isEmpty() ? "; declare it with 'source " + ref.name() + "' and its title, publisher and year" : ""));
            return null;
        }
        citedSources.add(source.id());
        return source;
    }

    /** What a story uses a media file as, and what contents fit that use. */
    private enum Use {
        IMAGE("an image", MediaContents.Kind.IMAGE),
        VIDEO("a video", MediaContents.Kind.VIDEO, MediaContents.Kind.MEDIA),
        AUDIO("a sound", MediaContents.Kind.AUDIO, MediaContents.Kind.MEDIA),
        CAPTIONS("captions", MediaContents.Kind.CAPTIONS),
        TRANSCRIPT("a transcript", MediaContents.Kind.CAPTIONS, MediaContents.Kind.TEXT);

        final String words;
        final Set<MediaContents.Kind> fits;

        Use(String words, MediaContents.Kind... fits) {
            this.words = words;
            this.fits = Set.of(fits);
        }
    }

    private void checkMedia(Line.Ref file, Use use) {
        String name = file.name();
        if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            reporter.report(Code.MISSING_MEDIA, file, "media file '" + name + "' must be a name inside the story's media folder");
        } else if (!media.contains(name)) {
            reporter.report(Code.MISSING_MEDIA, file, "media file '" + name + "' is not in the story's media folder" + Names.hint(name, media));
        } else if (mediaContents.containsKey(name) && checkedMedia.add(name + " " + use)) {
            MediaContents contents = mediaContents.get(name);
            if (contents.kind() == MediaContents.Kind.EMPTY) {
                reporter.report(Code.MEDIA_CONTENTS, file, "media file '" + name + "' is empty");
            } else if (!use.fits.contains(contents.kind())) {
                reporter.report(Code.MEDIA_CONTENTS, file, "media file '" + name + "' is used as " + use.words + ", but its contents are "
                        + contents.kind().words() + (use == Use.CAPTIONS ? "; captions are a WebVTT file that starts with 'WEBVTT'" : ""));
            } else if (contents.problem() != null) {
                reporter.report(Code.MEDIA_CONTENTS, file, "media file '" + name + "' " + contents.problem());
            }
        }
    }
}
