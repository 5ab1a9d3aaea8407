package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crossing.story.model.Story;
import org.crossing.story.syntax.Diagnostic;
import org.crossing.story.syntax.Diagnostics;
import org.crossing.story.syntax.SourceFile;
import org.crossing.story.syntax.TranslationEntry;
import org.crossing.story.syntax.TranslationParser;

/**
 * Writes and updates a language's translation files, as {@code crossing translate} does: an
 * entry for every text of the story with its original, the translations already made kept
 * (moved with their text when it moved to another key), the ones whose original changed marked
 * stale with the old original on a {@code was:} line, and the ones whose text is gone kept at
 * the end of their file until the translator deletes them. Pure: files in, files out.
 */
public final class TranslationFiles {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** The files to write (path relative to the story folder, to contents), or the problems that stop the update. */
    public record Update(Map<String, String> files, List<Diagnostic> problems, int texts, int kept, int moved, int stale, int orphaned, int filled) {
        public Update {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** How many texts still need translating: the missing and the stale. */
        public int toTranslate() {
            return texts - kept - moved - filled + stale;
        }
    }

    private TranslationFiles() {}

    /** Why {@code language} cannot be a translation of a story in {@code original}, or null when it can. */
    public static String languageProblem(String language, String original) {
        if (!LANGUAGE.matcher(language).matches()) return "'" + language + "' is not a language tag; give one in lower case, like ko, fr or pt-BR";
        if (language.equalsIgnoreCase(original)) return "the story is written in '" + original + "' already; give the language to translate it into";
        return null;
    }

    /** The folder, relative to the story, that holds a language's translation files. */
    public static String folder(String language) {
        return TranslationCompiler.FOLDER + language + "/";
    }

    /**
     * The language's translation files brought up to date with {@code story} (compiled without
     * its translations). {@code existing} holds the language's files as they are, by path
     * relative to the story folder; a file that does not parse stops the update, so nothing a
     * translator wrote is lost.
     */
    public static Update update(Story story, String language, Map<String, byte[]> existing) {
        String original = story.metadata().language();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, TranslationEntry> entries = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(existing).entrySet()) {
            SourceFile source = SourceFile.decode(file.getKey(), file.getValue(), diagnostics);
            if (source == null) continue;
            for (TranslationEntry entry : TranslationParser.parse(source, original, language, diagnostics)) {
                if (entries.putIfAbsent(entry.key(), entry) != null) {
                    diagnostics.report(org.crossing.story.syntax.Code.DUPLICATE, entry.position(), source.line(entry.position().line()),
                            "'" + entry.key() + "' is already translated at " + entries.get(entry.key()).position() + "; keep one of the two");
                } else {
                    fileOf.put(entry.key(), file.getKey());
                }
            }
        }
        List<Diagnostic> errors = diagnostics.list().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) return new Update(Map.of(), errors, 0, 0, 0, 0, 0, 0);

        List<Translatables.Translatable> texts = Translatables.of(story);
        Map<String, TranslationEntry> chosen = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        int kept = 0, moved = 0, stale = 0;
        // 1. entries whose original is still their text's
        for (Translatables.Translatable text : texts) {
            TranslationEntry own = entries.get(text.key());
            if (own != null && own.original().value().equals(text.original())) {
                chosen.put(text.key(), own);
                claimed.add(own.key());
                if (own.translated()) {
                    if (own.was() != null) stale++;
                    kept++;
                }
            }
        }
        // 2. a text that moved to another key (a paragraph inserted above it) takes its translation along
        Map<String, TranslationEntry> byOriginal = new LinkedHashMap<>();
        for (TranslationEntry entry : entries.values()) {
            if (!claimed.contains(entry.key()) && entry.translated() && entry.was() == null) byOriginal.putIfAbsent(entry.original().value(), entry);
        }
        for (Translatables.Translatable text : texts) {
            if (chosen.containsKey(text.key())) continue;
            TranslationEntry from = byOriginal.get(text.original());
            if (from != null && claimed.add(from.key())) {
                chosen.put(text.key(), from);
                moved++;
            }
        }
        // 3. the rest keep their own entry, stale when it held a translation
        for (Translatables.Translatable text : texts) {
            if (chosen.containsKey(text.key())) continue;
            TranslationEntry own = entries.get(text.key());
            if (own != null && claimed.add(own.key())) {
                chosen.put(text.key(), own);
                if (own.translated()) {
                    stale++;
                    kept++;
                }
            }
        }

        // 4. a text with no translation whose original another text has, translated and up to date, gets that translation to check
        Map<String, String> memory = new LinkedHashMap<>();
        Map<String, String> memoryKey = new LinkedHashMap<>();
        for (Translatables.Translatable text : texts) {
            TranslationEntry entry = chosen.get(text.key());
            if (entry != null && entry.translated() && entry.was() == null && entry.original().value().equals(text.original())
                    && !memory.containsKey(text.original())) {
                memory.put(text.original(), entry.translation().value());
                memoryKey.put(text.original(), text.key());
            }
        }
        Map<String, String[]> filledIn = new LinkedHashMap<>();
        for (Translatables.Translatable text : texts) {
            TranslationEntry entry = chosen.get(text.key());
            if ((entry == null || !entry.translated()) && memory.containsKey(text.original())) {
                filledIn.put(text.key(), new String[] {memoryKey.get(text.original()), memory.get(text.original())});
            }
        }

        // an entry displaced from its own key by a moved text, its own text gone: its translation stays as a note under that key
        Map<String, String> displaced = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (Translatables.Translatable text : texts) keys.add(text.key());
        for (TranslationEntry entry : entries.values()) {
            if (!claimed.contains(entry.key()) && keys.contains(entry.key()) && entry.translated()) {
                displaced.put(entry.key(), "// an earlier translation, of \"" + entry.original().value() + "\": " + entry.translation().value());
                claimed.add(entry.key());
            }
        }

        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (String path : new TreeMap<>(existing).keySet()) files.put(path, new StringBuilder());
        Map<String, String> lastScene = new LinkedHashMap<>();
        for (Translatables.Translatable text : texts) {
            String path = fileOf.getOrDefault(text.key(), mirror(text.where().file(), language));
            StringBuilder out = files.computeIfAbsent(path, p -> new StringBuilder());
            String scene = text.key().contains(".") && !isStoryLevel(text.key()) ? text.key().substring(0, text.key().indexOf('.')) : "";
            if (!scene.equals(lastScene.put(path, scene)) && !scene.isEmpty()) out.append("// == ").append(scene).append(" ==\n\n");
            String[] filled = filledIn.get(text.key());
            write(out, text.key(), text.original(), chosen.get(text.key()), filled != null
                    ? "// filled in from the translation of '" + filled[0] + "', whose original is the same: check that it fits here" : displaced.get(text.key()),
                    filled == null ? null : filled[1], original, language);
        }
        int orphaned = 0;
        for (TranslationEntry entry : entries.values()) {
            if (claimed.contains(entry.key()) || keys.contains(entry.key())) continue;
            orphaned++;
            StringBuilder out = files.get(fileOf.get(entry.key()));
            if (!lastScene.containsKey("\0" + fileOf.get(entry.key()))) {
                lastScene.put("\0" + fileOf.get(entry.key()), "");
                out.append("// No longer in the story: move each translation to the entry of its text, or delete it.\n\n");
            }
            write(out, entry.key(), entry.original().value(), entry, null, null, original, language);
        }
        Map<String, String> contents = new LinkedHashMap<>();
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            contents.put(file.getKey(), header(story, language) + file.getValue().toString().stripTrailing() + "\n");
        }
        return new Update(contents, List.of(), texts.size(), kept, moved, stale, orphaned, filledIn.size());
    }

    /** Reads the files of a language from a story's files (path to bytes). */
    public static Map<String, byte[]> of(Map<String, byte[]> storyFiles, String language) {
        Map<String, byte[]> files = new TreeMap<>();
        storyFiles.forEach((path, bytes) -> {
            if (TranslationCompiler.isTranslation(path) && path.startsWith(folder(language))) files.put(path, bytes);
        });
        return files;
    }

    private static boolean isStoryLevel(String key) {
        return key.startsWith("chapter.") || key.startsWith("ending-kind.") || key.startsWith("source.");
    }

    /** The translation file that mirrors a story file: 1-home.story gives translations/ko/1-home.translation. */
    private static String mirror(String storyFile, String language) {
        String stem = storyFile.endsWith(".story") ? storyFile.substring(0, storyFile.length() - ".story".length()) : storyFile;
        return folder(language) + stem + TranslationCompiler.EXTENSION;
    }

    private static String header(Story story, String language) {
        return "// The translation of \"" + story.title() + "\" into " + language + ": fill in each '" + language + ":' line.\n"
                + "// The '" + story.metadata().language() + ":' line is the original it translates; 'crossing translate' keeps it up to date.\n"
                + "// See docs/story-language.md, \"Translations\".\n\n";
    }

    private static void write(StringBuilder out, String key, String current, TranslationEntry entry, String note, String filled,
                              String original, String language) {
        out.append('[').append(key).append("]\n");
        if (note != null) out.append(note).append('\n');
        String was = null;
        String translation = "";
        if (entry != null) {
            for (String line : entry.notes()) out.append(line).append('\n');
            translation = entry.translated() ? entry.translation().value() : "";
            was = entry.was() != null ? entry.was().value()
                    : !entry.original().value().equals(current) && !translation.isEmpty() ? entry.original().value() : null;
        }
        if (filled != null) translation = filled;
        out.append(original).append(": ").append(current).append('\n');
        if (was != null) out.append("was: ").append(was).append('\n');
        out.append(language).append(':').append(translation.isEmpty() ? "" : " " + translation).append("\n\n");
    }
}
