package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.model.Ambient;
import org.crossing.story.model.Block;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Ending;
import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Fact;
import org.crossing.story.model.Hotspot;
import org.crossing.story.model.Metadata;
import org.crossing.story.model.Place;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Sound;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;

/**
 * Every text of a story a translation gives, each with its key: the one place where keys are
 * made. Keys follow the story's structure, not its prose: {@code title}, {@code author.1}, {@code chapter.2},
 * {@code market.p1} (the first paragraph of scene {@code market}), {@code market.choice2.else}
 * ... so an edit to a sentence keeps its key, and the original kept beside each translation
 * tells when it went stale.
 */
public final class Translatables {

    /** The label of choices written {@code -> scene} and of chance scenes without a {@code continue:} line. */
    static final String CONTINUE = "Continue";

    /** How a translation of the text is read. */
    public enum Kind {
        /** story text: emphasis, {@code {values}} and conditions, which the translation must keep */
        TEXT,
        /** a line taken as written (alt text, titles, place names, facts) */
        PLAIN,
        /** a file in the story's media folder (captions, transcripts) */
        FILE
    }

    /** A translatable text: its key, the original, how it is read, and where it stands in the story (a scene's or choice's line). */
    public record Translatable(String key, String original, Kind kind, Position where) {}

    private Translatables() {}

    /** The story's translatable texts, in the order a reader meets them: header, ending kinds, sources, then scene by scene. */
    public static List<Translatable> of(Story story) {
        List<Translatable> all = new ArrayList<>();
        rewrite(story, new Rewriter() {
            @Override
            public Text text(String key, Text original, int scene, Position where) {
                all.add(new Translatable(key, original.source(), Kind.TEXT, where));
                return original;
            }

            @Override
            public String plain(String key, String original, Kind kind, Position where) {
                all.add(new Translatable(key, original, kind, where));
                return original;
            }
        }, story.metadata().language());
        return all;
    }

    /** Gives each translatable text its replacement; returns the original to keep it. */
    interface Rewriter {
        Text text(String key, Text original, int scene, Position where);

        String plain(String key, String original, Kind kind, Position where);
    }

    /**
     * The story in {@code language}, every translatable text replaced as {@code rewriter} says; its
     * structure, and so its version, unchanged.
     */
    static Story rewrite(Story story, Rewriter rewriter, String language) {
        Position top = story.scenes().isEmpty() ? new Position("story.story", 1, 1) : story.startScene().position();
        Metadata m = story.metadata();
        String title = rewriter.plain("title", m.title(), Kind.PLAIN, top);
        // the credit reads in the page's language: a name may be written in its script, "team" is a word
        List<String> authors = new ArrayList<>(m.authors().size());
        for (int i = 0; i < m.authors().size(); i++) authors.add(rewriter.plain("author." + (i + 1), m.authors().get(i), Kind.PLAIN, top));
        Metadata metadata = new Metadata(title, authors, language,
                m.contentNote() == null ? null : rewriter.plain("content-note", m.contentNote(), Kind.PLAIN, top),
                m.description() == null ? null : rewriter.plain("description", m.description(), Kind.PLAIN, top), m.hashtag(), m.launch());
        String continueLabel = usesContinue(story) ? rewriter.plain("continue", CONTINUE, Kind.PLAIN, top) : CONTINUE;

        Map<String, EndingKind> kinds = new LinkedHashMap<>();
        for (Scene scene : story.scenes()) {
            if (scene.ending() == null || kinds.containsKey(scene.ending().kind().word())) continue;
            EndingKind kind = scene.ending().kind();
            kinds.put(kind.word(), new EndingKind(kind.word(), rewriter.plain("ending-kind." + kind.word(), kind.label(), Kind.PLAIN, top), kind.tone()));
        }
        Map<String, Source> sources = new HashMap<>();
        List<Source> bibliography = new ArrayList<>();
        for (Source s : story.bibliography()) {
            Source translated = new Source(s.id(), s.author(), rewriter.plain("source." + s.id() + ".title", s.title(), Kind.PLAIN, s.position()),
                    rewriter.plain("source." + s.id() + ".publisher", s.publisher(), Kind.PLAIN, s.position()), s.year(), s.url(), s.position());
            sources.put(s.id(), translated);
            bibliography.add(translated);
        }

        Map<Integer, Chapter> chapters = new HashMap<>();
        List<Scene> scenes = new ArrayList<>(story.scenes().size());
        for (Scene scene : story.scenes()) {
            Chapter chapter = scene.chapter();
            if (chapter != null && !chapters.containsKey(chapter.number())) chapters.put(chapter.number(), chapter(chapter, rewriter, scene.position()));
            scenes.add(new SceneRewrite(scene, rewriter, sources, kinds, continueLabel)
                    .scene(chapter == null ? null : chapters.get(chapter.number())));
        }
        return new Story(metadata, story.variables(), scenes, story.startScene().index(), bibliography, story.onceSlots(),
                trackedScenes(story), story.version());
    }

    /** A chapter's title, and its opening picture's alt text and sound bed's description and captions. */
    private static Chapter chapter(Chapter chapter, Rewriter rewriter, Position at) {
        String key = "chapter." + chapter.number();
        String title = rewriter.plain(key, chapter.title(), Kind.PLAIN, at);
        Block.Image picture = chapter.picture() == null ? null
                : new Block.Image(chapter.picture().file(), rewriter.plain(key + ".image", chapter.picture().alt(), Kind.PLAIN, at), chapter.picture().hotspots());
        Ambient bed = chapter.bed() == null ? null : new Ambient(chapter.bed().file(),
                rewriter.plain(key + ".ambient.captions", chapter.bed().captions(), Kind.FILE, at),
                rewriter.plain(key + ".ambient", chapter.bed().description(), Kind.PLAIN, at));
        return new Chapter(chapter.number(), title, picture, bed);
    }

    private static boolean usesContinue(Story story) {
        for (Scene scene : story.scenes()) {
            if (scene.isChance() && scene.continueLabel().equals(CONTINUE)) return true;
            for (Choice choice : scene.choices()) if (isContinue(choice.label())) return true;
        }
        return false;
    }

    /** A choice labelled "Continue" (every {@code -> scene} line is): translated once, by the story-wide 'continue' key. */
    private static boolean isContinue(Text label) {
        return label.spans().size() == 1 && label.spans().get(0) instanceof Text.Span.Plain plain && plain.text().equals(CONTINUE);
    }

    private static int[] trackedScenes(Story story) {
        int[] tracked = new int[story.trackedSceneCount()];
        for (int i = 0; i < tracked.length; i++) tracked[i] = story.trackedScene(i);
        return tracked;
    }

    /** One scene's texts, keyed by the scene id and each thing's place among its kind in the scene. */
    private record SceneRewrite(Scene scene, Rewriter rewriter, Map<String, Source> sources, Map<String, EndingKind> kinds, String continueLabel) {

        Scene scene(Chapter chapter) {
            String id = scene.id();
            Position at = scene.position();
            int paragraphs = 0, images = 0, videos = 0, audios = 0, facts = 0;
            List<Block> blocks = new ArrayList<>(scene.blocks().size());
            for (Block block : scene.blocks()) {
                blocks.add(switch (block) {
                    case Block.Paragraph p -> new Block.Paragraph(text(id + ".p" + ++paragraphs, p.text()));
                    case Block.FactCard f -> new Block.FactCard(fact(id + ".fact" + ++facts, f.fact()));
                    case Block.Image image -> {
                        String key = id + ".image" + ++images;
                        String alt = plain(key, image.alt());
                        List<Hotspot> hotspots = new ArrayList<>(image.hotspots().size());
                        for (int i = 0; i < image.hotspots().size(); i++) hotspots.add(hotspot(key + ".hotspot" + (i + 1), image.hotspots().get(i)));
                        yield new Block.Image(image.file(), alt, hotspots);
                    }
                    case Block.Video video -> {
                        String key = id + ".video" + ++videos;
                        yield new Block.Video(video.file(), file(key + ".captions", video.captions()), plain(key, video.title()));
                    }
                    case Block.Audio audio -> {
                        String key = id + ".audio" + ++audios;
                        yield new Block.Audio(audio.file(), file(key + ".transcript", audio.transcript()), plain(key, audio.title()));
                    }
                });
            }
            Ambient ambient = scene.ambient() == null ? null : new Ambient(scene.ambient().file(),
                    file(id + ".ambient.captions", scene.ambient().captions()), plain(id + ".ambient", scene.ambient().description()));
            Sound sound = scene.sound() == null ? null : new Sound(scene.sound().file(),
                    file(id + ".sound.captions", scene.sound().captions()), plain(id + ".sound", scene.sound().description()));
            Place place = scene.place() == null ? null : new Place(plain(id + ".place", scene.place().name()), scene.place().latitude(), scene.place().longitude());
            List<Choice> choices = new ArrayList<>(scene.choices().size());
            for (Choice c : scene.choices()) {
                String key = id + ".choice" + (c.index() + 1);
                Text label = isContinue(c.label()) ? Text.plain(continueLabel) : rewriter.text(key, c.label(), scene.index(), c.position());
                Text reason = c.disabledReason() == null ? null : rewriter.text(key + ".else", c.disabledReason(), scene.index(), c.position());
                choices.add(new Choice(c.index(), label, c.target(), c.condition(), reason, c.effects(), c.onceSlot(), c.position(), c.routes(), c.tags()));
            }
            String continues = !scene.isChance() ? scene.continueLabel()
                    : scene.continueLabel().equals(CONTINUE) ? continueLabel : plain(id + ".continue", scene.continueLabel());
            Ending ending = scene.ending() == null ? null
                    : new Ending(kinds.get(scene.ending().kind().word()), text(id + ".ending", scene.ending().summary()));
            return new Scene(id, scene.index(), chapter, at, blocks, place, ambient, sound, scene.onEnter(), choices, scene.timer(),
                    scene.chance(), continues, ending, scene.tags(), scene.after());
        }

        private Hotspot hotspot(String key, Hotspot h) {
            String label = plain(key, h.label());
            Hotspot.Target target = switch (h.target()) {
                case Hotspot.FactTarget f -> new Hotspot.FactTarget(fact(key + ".text", f.fact()));
                case Hotspot.PhotoTarget p -> new Hotspot.PhotoTarget(p.file(), plain(key + ".text", p.alt()));
                case Hotspot.AudioTarget a -> new Hotspot.AudioTarget(a.file(), file(key + ".transcript", a.transcript()), plain(key + ".text", a.title()));
                case Hotspot.TextTarget t -> new Hotspot.TextTarget(plain(key + ".text", t.text()));
            };
            return new Hotspot(h.x(), h.y(), label, target);
        }

        private Fact fact(String key, Fact fact) {
            return new Fact(plain(key, fact.statement()), sources.getOrDefault(fact.source().id(), fact.source()));
        }

        private Text text(String key, Text original) {
            return rewriter.text(key, original, scene.index(), scene.position());
        }

        private String plain(String key, String original) {
            return rewriter.plain(key, original, Kind.PLAIN, scene.position());
        }

        private String file(String key, String original) {
            return rewriter.plain(key, original, Kind.FILE, scene.position());
        }
    }
}
