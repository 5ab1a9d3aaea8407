package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;
import org.crossing.story.model.Translation;
import org.crossing.story.model.Variable;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.Diagnostics;
import org.crossing.story.syntax.SourceFile;
import org.crossing.story.syntax.TextNode;
import org.crossing.story.syntax.TranslationEntry;
import org.crossing.story.syntax.TranslationParser;

/**
 * Compiles a story's translations ({@code translations/LANG/*.translation}) into stories of the
 * same structure with the translated texts, and reports what is missing, stale, orphaned or
 * does not keep the original's values and conditions. A missing or stale text shows in the
 * original language.
 */
final class TranslationCompiler {

    static final String FOLDER = "translations/";
    static final String EXTENSION = ".translation";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** How many untranslated keys the warning names before it counts the rest. */
    private static final int NAMED = 5;

    private final Story story;
    private final Reporter reporter;
    private final Diagnostics diagnostics;
    private final Set<String> media;

    TranslationCompiler(Story story, Reporter reporter, Diagnostics diagnostics, Set<String> media) {
        this.story = story;
        this.reporter = reporter;
        this.diagnostics = diagnostics;
        this.media = media;
    }

    /** Whether a story folder's file is a translation file, which the story's own parser skips. */
    static boolean isTranslation(String path) {
        return path.startsWith(FOLDER) && path.endsWith(EXTENSION);
    }

    /** The language a translation file is in: the name of the folder below 'translations/'; null when it stands in none. */
    static String language(String path) {
        String rest = path.substring(FOLDER.length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }

    /** The translations of the files given (path to bytes), one per language folder. */
    List<Translation> compile(Map<String, byte[]> files) {
        Map<String, Map<String, byte[]>> byLanguage = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String language = language(file.getKey());
            if (language == null) {
                reporter.report(Code.BAD_LANGUAGE, new Position(file.getKey(), 0, 0), "a translation file stands in the folder of its language, "
                        + "such as translations/ko/; move '" + file.getKey() + "' into one");
                continue;
            }
            byLanguage.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(file.getKey(), file.getValue());
        }
        List<Translation> translations = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> language : byLanguage.entrySet()) {
            Translation translation = language(language.getKey(), language.getValue());
            if (translation != null) translations.add(translation);
            if (diagnostics.full()) break;
        }
        return translations;
    }

    private Translation language(String language, Map<String, byte[]> files) {
        Position folder = new Position(FOLDER + language, 0, 0);
        String original = story.metadata().language();
        if (!LANGUAGE.matcher(language).matches()) {
            reporter.report(Code.BAD_LANGUAGE, folder, "'" + language + "' is not a language tag: name the folder of a translation by its language, "
                    + "in lower case, like ko, fr or pt-BR");
            return null;
        }
        if (language.equalsIgnoreCase(original)) {
            reporter.report(Code.BAD_LANGUAGE, folder, "the story is written in '" + original + "' already: a translation is into another language");
            return null;
        }
        Map<String, TranslationEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            SourceFile source = SourceFile.decode(file.getKey(), file.getValue(), diagnostics);
            if (source == null) continue;
            reporter.add(source);
            for (TranslationEntry entry : TranslationParser.parse(source, original, language, diagnostics)) {
                TranslationEntry earlier = entries.putIfAbsent(entry.key(), entry);
                if (earlier != null) {
                    reporter.report(Code.DUPLICATE, entry.position(), "'" + entry.key() + "' is already translated at " + earlier.position().file()
                            + ":" + earlier.position().line() + "; keep one of the two");
                }
            }
        }
        Map<String, Translatables.Translatable> texts = new LinkedHashMap<>();
        for (Translatables.Translatable text : Translatables.of(story)) texts.put(text.key(), text);
        for (TranslationEntry entry : entries.values()) {
            if (!texts.containsKey(entry.key())) {
                reporter.report(Code.ORPHANED_TRANSLATION, entry.position(), "'" + entry.key() + "' is not a text of the story (any more)"
                        + Names.hint(entry.key(), texts.keySet()) + ": its scene, line or place among its kind changed; "
                        + "move the translation to the entry of its text, or delete it");
            }
        }
        Applier applier = new Applier(language, entries);
        Story translated = Translatables.rewrite(story, applier, language);
        List<String> untranslated = new ArrayList<>();
        for (String key : texts.keySet()) if (!applier.given.contains(key)) untranslated.add(key);
        if (!untranslated.isEmpty()) warnUntranslated(language, folder, texts, untranslated);
        return new Translation(language, translated, texts.size(), applier.given.size(), applier.stale, untranslated);
    }

    private void warnUntranslated(String language, Position folder, Map<String, Translatables.Translatable> texts, List<String> untranslated) {
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, untranslated.size()); i++) {
            Translatables.Translatable text = texts.get(untranslated.get(i));
            named.append(i == 0 ? "" : ", ").append(text.key()).append(" (").append(text.where().file()).append(':').append(text.where().line()).append(')');
        }
        if (untranslated.size() > NAMED) named.append(String.format(" and %,d more", untranslated.size() - NAMED));
        reporter.report(Code.UNTRANSLATED, folder, String.format("%,d of %,d texts have no translation into %s yet: %s; "
                + "'crossing translate STORY --lang %s' adds their entries to fill in", untranslated.size(), texts.size(), language, named, language));
    }

    /** Gives each text its translation when there is one, up to date and sound; else keeps the original. */
    private final class Applier implements Translatables.Rewriter {
        private final Map<String, TranslationEntry> entries;
        private final TextCompiler texts;
        /** The keys with a translation, stale ones included. */
        final Set<String> given = new java.util.HashSet<>();
        int stale;

        Applier(String language, Map<String, TranslationEntry> entries) {
            this.entries = entries;
            Map<String, Variable> variables = new HashMap<>();
            for (Variable variable : story.variables()) variables.put(variable.name(), variable);
            Map<String, Integer> scenes = new HashMap<>();
            for (Scene scene : story.scenes()) scenes.put(scene.id(), scene.index());
            // its own expression compiler: what translated text reads must not change what the story tracks
            this.texts = new TextCompiler(new ExprCompiler(reporter, variables, scenes, Set.of()));
        }

        @Override
        public Text text(String key, Text original, int scene, Position where) {
            TranslationEntry entry = usable(key, original.source());
            if (entry == null) return original;
            TextNode node = TranslationParser.richText(entry.translation(), diagnostics);
            if (node == null) return original;
            texts.scene = scene;
            int errors = diagnostics.errorCount();
            Text translated = texts.text(node);
            if (diagnostics.errorCount() > errors) return original;
            String difference = TextShape.difference(original, translated);
            if (difference != null) {
                reporter.report(Code.TRANSLATION_SHAPE, entry.translation().position(), "the translation of '" + key + "' " + difference
                        + ": a translation keeps the original's {values}, {conditions: ...} and {sequence: ...} with what they hold, and translates the words");
                return original;
            }
            int before = TextShape.emphasis(original);
            int after = TextShape.emphasis(translated);
            if (before != after) {
                reporter.report(Code.TRANSLATION_EMPHASIS, entry.translation().position(), "the original of '" + key + "' has " + parts(before)
                        + " in *emphasis*, its translation " + parts(after) + "; emphasise the words that carry the original's stress");
            }
            return translated;
        }

        @Override
        public String plain(String key, String original, Translatables.Kind kind, Position where) {
            TranslationEntry entry = usable(key, original);
            if (entry == null) return original;
            String value = entry.translation().value();
            if (kind == Translatables.Kind.FILE && !media.contains(value)) {
                reporter.report(Code.MISSING_MEDIA, entry.translation().position(), "media file '" + value + "' is not in the story's media folder"
                        + Names.hint(value, media) + "; the translation of '" + key + "' names a file there, such as a captions file in its language");
                return original;
            }
            return value;
        }

        /** The entry of {@code key} when it has a translation that is up to date; stale ones are reported and counted. */
        private TranslationEntry usable(String key, String original) {
            TranslationEntry entry = entries.get(key);
            if (entry == null || !entry.translated()) return null;
            given.add(key);
            if (entry.was() != null) {
                stale++;
                reporter.report(Code.STALE_TRANSLATION, entry.was().position(), "the translation of '" + key + "' is stale: it was made from the original "
                        + "on this 'was:' line, which has changed since; bring the translation up to date, then delete this line (until then the original shows)");
                return null;
            }
            if (!entry.original().value().equals(original)) {
                stale++;
                reporter.report(Code.STALE_TRANSLATION, entry.original().position(), "the translation of '" + key + "' is stale: the original is now \""
                        + original + "\"; bring the translation up to date and copy the new original onto this line, "
                        + "or run 'crossing translate', which does that and keeps the old one as 'was:' (until then the original shows)");
                return null;
            }
            return entry;
        }

        private static String parts(int n) {
            return n == 0 ? "no words" : n == 1 ? "1 part" : n + " parts";
        }
    }
}
