package org.crossing.story.compile;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Metadata;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.Diagnostic;
import org.crossing.story.syntax.Diagnostics;
import org.crossing.story.syntax.ExprNode;
import org.crossing.story.syntax.Line;
import org.crossing.story.syntax.SourceFile;
import org.crossing.story.syntax.StoryParser;

/**
 * Compiles a story folder to a {@link Story}. Never throws at the author: whatever the input,
 * the result is a {@link Compilation} with the story or the diagnostics that explain why not.
 */
public final class StoryCompiler {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final Reporter reporter;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, Line.Header> headers = new LinkedHashMap<>();
    private final List<Line.Header> authors = new ArrayList<>();
    private final Map<String, Line.Var> variableLines = new LinkedHashMap<>();
    private final Map<String, Line.SourceBlock> sourceBlocks = new LinkedHashMap<>();
    private final Map<String, Line.EndingKindDeclaration> kindLines = new LinkedHashMap<>();
    private final List<SceneDraft> drafts = new ArrayList<>();
    private final Map<Integer, Line.ChapterHead> chapters = new HashMap<>();
    /** The opening picture and sound bed written under each chapter's line, by chapter number. */
    private final Map<Integer, ChapterOpening> openings = new HashMap<>();
    /** Variables whose declaration did not parse: their uses are not reported again as unknown. */
    private final java.util.Set<String> brokenDeclarations = new java.util.HashSet<>();
    /** The first story file, where diagnostics about the whole story point when there is no scene. */
    private String firstRead;

    private StoryCompiler() {
        this.reporter = new Reporter(diagnostics);
    }

    public static Compilation compile(Path folder) {
        return compile(StoryFolder.read(folder));
    }

    public static Compilation compile(StorySource source) {
        return new StoryCompiler().run(source);
    }

    private Compilation run(StorySource source) {
        for (Diagnostic problem : source.problems()) diagnostics.add(problem);
        if (source.unreadable()) return result(null, true);
        Map<String, byte[]> translations = new LinkedHashMap<>();
        boolean stories = false;
        for (String path : source.files().keySet()) {
            if (TranslationCompiler.isTranslation(path)) translations.put(path, source.files().get(path));
            else stories = true;
        }
        if (!stories) {
            diagnostics.report(Code.NO_STORY_FILES, new Position(source.name(), 0, 0), null,
                    "there are no .story files in '" + source.name() + "'; a story needs at least one (try 'crossing new')");
            return result(null, false);
        }
        for (Map.Entry<String, byte[]> entry : source.files().entrySet()) {
            if (translations.containsKey(entry.getKey())) continue;
            if (firstRead == null) firstRead = entry.getKey();
            SourceFile file = SourceFile.decode(entry.getKey(), entry.getValue(), diagnostics);
            if (file == null) continue;
            reporter.add(file);
            collect(StoryParser.parse(file, diagnostics));
            if (diagnostics.full()) return result(null, false);
        }
        Story story = build(source);
        if (story != null && !translations.isEmpty() && !diagnostics.hasErrors()) {
            story = story.withTranslations(new TranslationCompiler(story, reporter, diagnostics, source.media()).compile(translations));
        }
        return result(diagnostics.hasErrors() ? null : story, false);
    }

    /** Sorts a file's lines into declarations and scene drafts. */
    private void collect(List<Line> lines) {
        SceneDraft scene = null;
        Chapter chapter = null;
        for (Line line : lines) {
            switch (line) {
                case Line.Header header -> {
                    if (header.key().equals("author")) {
                        authors.add(header);
                    } else if (headers.containsKey(header.key())) {
                        reporter.report(Code.DUPLICATE, header.position(), "'" + header.key() + "' is already given at " + where(headers.get(header.key()).position()));
                    } else {
                        headers.put(header.key(), header);
                    }
                }
                case Line.Var var -> {
                    Line.Var earlier = variableLines.putIfAbsent(var.name().name(), var);
                    if (earlier != null) reporter.report(Code.DUPLICATE, var.name().position(), "variable '" + var.name().name() + "' is already declared at " + where(earlier.position()));
                }
                case Line.EndingKindDeclaration kind -> {
                    Line.EndingKindDeclaration earlier = kindLines.putIfAbsent(kind.word().name(), kind);
                    if (earlier != null) reporter.report(Code.DUPLICATE, kind.word(), "ending kind '" + kind.word().name() + "' is already declared at " + where(earlier.position()));
                }
                case Line.SourceBlock block -> {
                    Line.SourceBlock earlier = sourceBlocks.putIfAbsent(block.id().name(), block);
                    if (earlier != null) reporter.report(Code.DUPLICATE, block.id().position(), "source '" + block.id().name() + "' is already declared at " + where(earlier.position()));
                }
                case Line.ChapterHead head -> {
                    Line.ChapterHead earlier = chapters.putIfAbsent(head.number(), head);
                    if (head.number() < 1) {
                        reporter.report(Code.BAD_NUMBER, head.position(), "chapters are numbered from 1");
                    } else if (earlier != null && !earlier.title().equals(head.title())) {
                        reporter.report(Code.DUPLICATE, head.position(), "chapter " + head.number() + " is titled '" + earlier.title() + "' at "
                                + where(earlier.position()) + "; a chapter continued in another file repeats the same title");
                    }
                    chapter = new Chapter(head.number(), (earlier != null ? earlier : head).title());
                    scene = null;
                }
                case Line.SceneHead head -> {
                    scene = new SceneDraft(head, chapter);
                    drafts.add(scene);
                }
                case Line.Blank blank -> {
                    if (scene != null) scene.lines.add(blank);
                }
                case Line.Broken broken -> {
                    if (broken.declares() != null) brokenDeclarations.add(broken.declares());
                    if (scene != null) scene.lines.add(broken);
                }
                default -> {
                    if (scene != null) {
                        scene.lines.add(line);
                    } else if (chapter != null && opensChapter(line)) {
                        openings.computeIfAbsent(chapter.number(), n -> new ChapterOpening()).add(line, chapter.number(), reporter);
                    } else if (chapter != null && line instanceof Line.Hotspot) {
                        reporter.report(Code.MISPLACED, line.position(), "a chapter's opening picture has no hotspots; put the hotspot after an image inside a scene");
                    } else if (chapter != null) {
                        reporter.report(Code.OUTSIDE_SCENE, line.position(), "under a chapter line, before its first scene, stand only the chapter's picture "
                                + "('image FILE: ALT') and sound bed ('ambient FILE captions FILE: DESCRIPTION'); this line must be inside a scene: start one with '== scene_id =='");
                    } else {
                        reporter.report(Code.OUTSIDE_SCENE, line.position(), "this line must be inside a scene; start one with '== scene_id =='");
                    }
                }
            }
        }
    }

    private static boolean opensChapter(Line line) {
        return line instanceof Line.Image || line instanceof Line.Audio audio && audio.kind() == Line.AudioKind.AMBIENT;
    }

    private Story build(StorySource source) {
        Map<String, Variable> variables = variables();
        Map<String, Source> sources = sources();
        Map<String, Integer> sceneIndex = new LinkedHashMap<>();
        for (SceneDraft draft : drafts) {
            Integer earlier = sceneIndex.putIfAbsent(draft.id(), sceneIndex.size());
            if (earlier != null) {
                reporter.report(Code.DUPLICATE, draft.head.id().position(), "scene '" + draft.id() + "' is already defined at " + where(drafts.get(earlier).head.position()));
            }
        }
        List<SceneDraft> unique = new ArrayList<>(sceneIndex.size());
        for (SceneDraft draft : drafts) {
            if (unique.size() < sceneIndex.size() && sceneIndex.get(draft.id()) == unique.size()) unique.add(draft);
        }
        ExprCompiler expressions = new ExprCompiler(reporter, variables, sceneIndex, brokenDeclarations);
        Map<String, EndingKind> kinds = endingKinds();
        SceneCompiler scenes = new SceneCompiler(reporter, expressions, sceneIndex, sources, source.media(), source.mediaContents(), kinds, factsSourced());
        Map<Integer, Chapter> chapterOf = new HashMap<>();
        for (Line.ChapterHead head : chapters.values()) {
            ChapterOpening opening = openings.getOrDefault(head.number(), new ChapterOpening());
            chapterOf.put(head.number(), scenes.chapter(head, opening.picture, opening.bed));
        }
        List<Scene> compiled = new ArrayList<>(unique.size());
        for (SceneDraft draft : unique) {
            compiled.add(scenes.compile(draft, compiled.size(), draft.chapter == null ? null : chapterOf.get(draft.chapter.number())));
            if (diagnostics.full()) return null;
        }
        Metadata metadata = metadata(source.name());
        int start = start(sceneIndex);
        warnUnused(variables, expressions, sources, scenes);
        for (Line.EndingKindDeclaration kind : kindLines.values()) {
            if (kinds.containsKey(kind.word().name()) && EndingKind.builtIn(kind.word().name()).isEmpty() && !scenes.usedEndingKinds.contains(kind.word().name())) {
                reporter.report(Code.UNUSED_ENDING_KIND, kind.word(), "ending kind '" + kind.word().name() + "' is declared but no ending uses it; use it or remove it");
            }
        }
        if (diagnostics.hasErrors()) return null;
        List<Source> bibliography = sources.values().stream().filter(s -> scenes.citedSources.contains(s.id()))
                .sorted(Comparator.comparing((Source s) -> s.author() != null ? s.author() : s.publisher())
                        .thenComparingInt(Source::year).thenComparing(Source::title)).toList();
        int[] tracked = expressions.trackedScenes.stream().mapToInt(Integer::intValue).toArray();
        List<Variable> ordered = new ArrayList<>(variables.values());
        long version = Fingerprint.of(ordered, compiled, tracked);
        Story story = new Story(metadata, ordered, compiled, start, bibliography, scenes.onceSlots(), tracked, version);
        return StateSizeCheck.fits(story, reporter) ? story : null;
    }

    private Map<String, Variable> variables() {
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (Line.Var var : variableLines.values()) {
            Object initial = switch (var.initial()) {
                case ExprNode.IntLiteral i -> i.value();
                case ExprNode.BoolLiteral b -> b.value();
                case ExprNode.TextLiteral t -> {
                    if (ValueType.utf8Length(t.value()) > ValueType.MAX_TEXT_BYTES) ExprCompiler.reportLongText(reporter, t);
                    yield t.value();
                }
                default -> throw new AssertionError(var.initial());
            };
            ValueType type = ValueType.of(initial);
            if (var.min() != null) {
                if (type != ValueType.INTEGER) {
                    reporter.report(Code.TYPE_MISMATCH, var.name().position(), "'between' bounds integers, but '" + var.name().name() + "' is " + ExprCompiler.article(type));
                    continue;
                }
                long value = (Long) initial;
                if (value < var.min() || value > var.max()) {
                    reporter.report(Code.OUT_OF_RANGE, var.initial().position(), "the initial value " + value + " of '" + var.name().name()
                            + "' is outside its range " + var.min() + " to " + var.max());
                }
            }
            variables.put(var.name().name(), new Variable(var.name().name(), variables.size(), type, initial,
                    var.min(), var.max(), var.name().position()));
        }
        return variables;
    }

    /** The built-in ending kinds and the story's own, by word. */
    private Map<String, EndingKind> endingKinds() {
        Map<String, EndingKind> kinds = new LinkedHashMap<>();
        for (EndingKind kind : EndingKind.BUILT_IN) kinds.put(kind.word(), kind);
        for (Line.EndingKindDeclaration line : kindLines.values()) {
            String word = line.word().name();
            if (EndingKind.builtIn(word).isPresent()) {
                reporter.report(Code.DUPLICATE, line.word(), "'" + word + "' is a built-in ending kind; declare a kind with another word");
                continue;
            }
            var tone = EndingKind.Tone.fromWord(line.tone());
            if (tone.isEmpty()) {
                reporter.report(Code.BAD_ENDING_KIND, line.tonePosition(), "the tone of ending kind '" + word + "' is good, bad or neutral, not '" + line.tone() + "'");
                continue;
            }
            kinds.put(word, new EndingKind(word, line.label() == null ? EndingKind.defaultLabel(word) : line.label(), tone.get()));
        }
        return kinds;
    }

    /** Whether the story asks for every claim to carry a source ('facts: sourced'). */
    private boolean factsSourced() {
        String value = value("facts");
        if (value == null) return false;
        if (!value.equals("sourced")) {
            reporter.report(Code.BAD_HEADER_VALUE, headers.get("facts").valuePosition(), "'facts:' takes one value, 'sourced', not '" + value + "'");
            return false;
        }
        return true;
    }

    private Map<String, Source> sources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Line.SourceBlock block : sourceBlocks.values()) {
            String id = block.id().name();
            boolean complete = true;
            for (String field : List.of("title", "publisher", "year")) {
                if (!block.fields().containsKey(field) || block.fields().get(field).name().isBlank()) {
                    reporter.report(Code.INCOMPLETE_SOURCE, block.id().position(), "source '" + id + "' has no " + field + "; add an indented line '" + field + ": ...'");
                    complete = false;
                }
            }
            Line.Ref url = block.fields().get("url");
            if (url != null && !URL.matcher(url.name()).matches()) {
                reporter.report(Code.INCOMPLETE_SOURCE, url.position(), "the url of source '" + id + "' must start with http:// or https://");
            }
            if (!complete) continue;
            Line.Ref year = block.fields().get("year");
            int value;
            try {
                value = Integer.parseInt(year.name());
                if (value < 1000 || value > 2999) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                reporter.report(Code.INCOMPLETE_SOURCE, year.position(), "the year of source '" + id + "' must be a four-digit year, not '" + year.name() + "'");
                continue;
            }
            Line.Ref author = block.fields().get("author");
            sources.put(id, new Source(id, author == null || author.name().isBlank() ? null : author.name(),
                    block.fields().get("title").name(), block.fields().get("publisher").name(), value,
                    url == null ? null : url.name(), block.position()));
        }
        return sources;
    }

    private Metadata metadata(String storyName) {
        Position nowhere = new Position(firstFile(), 1, 1);
        String title = required("title", "title: The name of the story", nowhere);
        String language = required("language", "language: en", nowhere);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            reporter.report(Code.BAD_HEADER_VALUE, headers.get("language").valuePosition(), "'" + language + "' is not a language tag; write one like en, ko or fr-CA");
        }
        String hashtag = value("hashtag");
        if (hashtag != null) {
            if (hashtag.startsWith("#")) hashtag = hashtag.substring(1);
            if (!HASHTAG.matcher(hashtag).matches()) {
                reporter.report(Code.BAD_HEADER_VALUE, headers.get("hashtag").valuePosition(), "a hashtag holds only letters, digits and '_'");
            }
        }
        Instant launch = null;
        String launchText = value("launch");
        if (launchText != null) {
            try {
                launch = OffsetDateTime.parse(launchText).toInstant();
            } catch (DateTimeException e) {
                reporter.report(Code.BAD_HEADER_VALUE, headers.get("launch").valuePosition(), "'" + launchText
                        + "' is not a moment; write it as ISO 8601 with a zone, like 2027-02-01T09:00:00Z");
            }
        }
        List<String> authorNames = authors.stream().map(Line.Header::value).filter(a -> !a.isBlank()).toList();
        return new Metadata(title == null ? storyName : title, authorNames, language, value("content note"), value("description"), hashtag, launch);
    }

    private int start(Map<String, Integer> sceneIndex) {
        Line.Header start = headers.get("start");
        if (start == null) {
            String hint = drafts.isEmpty() ? "" : " (the first scene is '" + drafts.get(0).id() + "')";
            reporter.report(Code.MISSING_HEADER, new Position(firstFile(), 1, 1), "the story has no start: add 'start: scene_id' to name its first scene" + hint);
            return 0;
        }
        Integer index = sceneIndex.get(start.value());
        if (index == null) {
            reporter.report(Code.UNKNOWN_SCENE, start.valuePosition(), "unknown scene '" + start.value() + "'" + Names.hint(start.value(), sceneIndex.keySet()));
            return 0;
        }
        return index;
    }

    private void warnUnused(Map<String, Variable> variables, ExprCompiler expressions, Map<String, Source> sources, SceneCompiler scenes) {
        for (Variable variable : variables.values()) {
            if (!expressions.readVariables.contains(variable.name())) {
                reporter.report(Code.UNUSED_VARIABLE, variable.position(), "variable '" + variable.name() + "' is never read; use it in a condition or text, or remove it");
            }
        }
        for (Source source : sources.values()) {
            if (!scenes.citedSources.contains(source.id())) {
                reporter.report(Code.UNUSED_SOURCE, source.position(), "source '" + source.id() + "' is not cited by any fact; cite it or remove it");
            }
        }
    }

    private String required(String key, String example, Position nowhere) {
        String value = value(key);
        if (value == null) reporter.report(Code.MISSING_HEADER, nowhere, "the story has no " + key + ": add a header line '" + example + "'");
        return value;
    }

    private String value(String key) {
        Line.Header header = headers.get(key);
        if (header == null) return null;
        String value = header.value().strip();
        if (value.isEmpty()) {
            reporter.report(Code.BAD_HEADER_VALUE, header.position(), "'" + key + ":' has no value");
            return null;
        }
        return value;
    }

    private String firstFile() {
        if (!drafts.isEmpty()) return drafts.get(0).head.position().file();
        return firstRead == null ? "story.story" : firstRead;
    }

    private static String where(Position position) {
        return position.file() + ":" + position.line();
    }

    private Compilation result(Story story, boolean unreadable) {
        return new Compilation(story, diagnostics.list(), diagnostics.errorCount(), diagnostics.warningCount(),
                diagnostics.skippedErrors(), diagnostics.skippedWarnings(), unreadable);
    }
}
