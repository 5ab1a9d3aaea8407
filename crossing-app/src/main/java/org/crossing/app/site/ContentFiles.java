package org.crossing.app.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crossing.app.http.ImageSize;
import org.crossing.story.compile.Names;
import org.crossing.story.syntax.Diagnostic;

/**
 * The content files of a site folder, opened the one way every part of the site reads them: the
 * file's name as its problems name it, its text strictly UTF-8, a Markdown file's name checked as
 * an address and its front matter split from its body, its fields read with the unknown ones
 * warned about; translations beside their originals; images under media/. It holds what the parts
 * share while a folder loads: the problems found, the media files, the site's languages, the stale
 * translations and the links to check once everything is read.
 */
final class ContentFiles {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** A translation's file name: its original's name, then the language (a BCP 47 tag in lower case), {@code 2013-04-22-hot-docs.ko.md}. */
    static final Pattern TRANSLATION = Pattern.compile("(" + SLUG.pattern() + ")\\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\\.(md|yaml)");

    private final Path folder;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> media = new HashSet<>();
    private final List<Pending> linksToCheck = new ArrayList<>();
    /** The site's languages, its own first: set once site.yaml and its translations are read. */
    private List<String> languages = List.of("en");
    /** The translations made from an earlier version of their original, by language. */
    private final Map<String, List<String>> stale = new LinkedHashMap<>();

    /** A translation file, opened: the original it translates ({@code SLUG.md} beside it) and its language. */
    record TranslationFile(String slug, String lang, Opened opened) {}

    /** A link in a Markdown body, checked once everything is loaded. */
    record Pending(Problems problems, Markdown.Reference reference) {}

    /**
     * A content file, opened: where its diagnostics go, its fields, and for a Markdown file its
     * name as an address ({@code slug}) and its front matter with the body after it.
     * {@code errorsBefore} is the file's error count once opened, to tell whether reading its
     * fields found more.
     */
    record Opened(Problems problems, Fields fields, String slug, FrontMatter front, int errorsBefore) {
        boolean foundErrors() {
            return problems.errorCount() > errorsBefore;
        }

        Markdown.Rendered body() {
            return Markdown.render(front.body(), front.bodyLine());
        }

        /** The body with links to the site's pages in {@code lang} (null: as written). */
        Markdown.Rendered body(String lang) {
            return Markdown.render(front.body(), front.bodyLine(), lang);
        }
    }

    ContentFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The diagnostics of every file read so far, by file and line. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(java.util.Comparator.comparing((Diagnostic d) -> d.position().file()).thenComparingInt(d -> d.position().line()));
        return copy;
    }

    /** The files under media/, by their path there. */
    Set<String> media() {
        return media;
    }

    List<String> languages() {
        return languages;
    }

    void languages(List<String> languages) {
        this.languages = languages;
    }

    /** The translations made from an earlier version of their original, by language. */
    Map<String, List<String>> stale() {
        return stale;
    }

    /** Where the problems of {@code file} go. */
    Problems problems(Path file) {
        return new Problems(name(file), diagnostics);
    }

    /** Keeps the links of a body read from the file of {@code problems}, to check once every file is read ({@link ContentLinks}). */
    void checkLinksLater(Problems problems, Markdown.Rendered body) {
        body.references().forEach(r -> linksToCheck.add(new Pending(problems, r)));
    }

    List<Pending> linksToCheck() {
        return linksToCheck;
    }

    String name(Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    void listMedia() throws IOException {
        Path dir = folder.resolve("media");
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> media.add(dir.relativize(f).toString().replace('\\', '/')));
        }
    }

    private List<Path> markdownFiles(String dir) throws IOException {
        Path path = folder.resolve(dir);
        if (!Files.isDirectory(path)) return List.of();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(path)) {
            for (Path file : list.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(".") || Files.isDirectory(file)) continue;
                if (fileName.endsWith(".md")) {
                    files.add(file);
                } else {
                    diagnostics.add(Diagnostic.inFile(Diagnostic.Severity.WARNING, name(file), 0,
                            "not a Markdown file (.md); it is ignored"));
                }
            }
        }
        return files;
    }

    private Optional<String> read(Path file, Problems problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            problems.error(0, "not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            problems.error(0, "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** An original's name as an address: its file name without .md. */
    static String slugOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".md".length());
    }

    private Optional<String> slugOf(Path file, Problems problems) {
        String fileName = file.getFileName().toString();
        java.util.regex.Matcher translation = TRANSLATION.matcher(fileName);
        if (translation.matches()) return Optional.of(translation.group(1));
        String slug = fileName.substring(0, fileName.length() - ".md".length());
        if (!SLUG.matcher(slug).matches()) {
            problems.error(0, "bad file name '" + fileName + "': the name is the page's address, so use lowercase "
                    + "letters, digits and hyphens, e.g. 2013-04-27-hot-docs.md");
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    /**
     * Opens a content file: a Markdown file's name checked as an address and its front matter
     * split from its body, a YAML file read whole; the fields read, those not in {@code known}
     * warned about. Empty when the file is broken, with the reasons reported.
     */
    Optional<Opened> open(Path file, Set<String> known) {
        Problems problems = problems(file);
        boolean markdown = file.getFileName().toString().endsWith(".md");
        Optional<String> slug = markdown ? slugOf(file, problems) : Optional.of("");
        Optional<String> text = read(file, problems);
        Optional<FrontMatter> front = markdown ? text.flatMap(t -> FrontMatter.split(t, problems)) : Optional.empty();
        Optional<Fields> fields = markdown
                ? front.flatMap(f -> Yaml.read(f.yaml(), 2, problems))
                : text.flatMap(t -> Yaml.read(t, 1, problems));
        if (slug.isEmpty() || fields.isEmpty()) return Optional.empty();
        int errorsBefore = problems.errorCount();
        fields.get().warnUnknown(known);
        return Optional.of(new Opened(problems, fields.get(), slug.get(), front.orElse(null), errorsBefore));
    }

    /**
     * Each original among the Markdown files of {@code dir}, opened with its fields ({@code known}),
     * as {@code read} makes it of the opened file and its translations by language, in the order of
     * their names; one that does not open, or that {@code read} finds broken, is left out. What the
     * translations give and may not give is as for {@link #originals}.
     */
    <T> List<T> readOriginals(String dir, Set<String> known, Set<String> translated, Set<String> originalOnly,
                              BiFunction<Opened, Map<String, TranslationFile>, Optional<T>> read) throws IOException {
        Map<String, Map<String, TranslationFile>> translations = new HashMap<>();
        List<T> all = new ArrayList<>();
        for (Path file : originals(dir, translated, originalOnly, translations)) {
            Optional<Opened> opened = open(file, known);
            if (opened.isEmpty()) continue;
            read.apply(opened.get(), translations.getOrDefault(slugOf(file), Map.of())).ifPresent(all::add);
        }
        return all;
    }

    /**
     * The originals among the Markdown files of {@code dir}; its translations ({@code SLUG.LANG.md})
     * are opened into {@code translations} (by the original's name, then language), with what
     * they may not give ({@code originalOnly}: dates, tags, images) warned about.
     */
    private List<Path> originals(String dir, Set<String> translated, Set<String> originalOnly,
                                 Map<String, Map<String, TranslationFile>> translations) throws IOException {
        List<Path> files = markdownFiles(dir);
        Set<String> originals = new HashSet<>();
        for (Path file : files) {
            if (!TRANSLATION.matcher(file.getFileName().toString()).matches()) originals.add(slugOf(file));
        }
        List<Path> result = new ArrayList<>();
        for (Path file : files) {
            java.util.regex.Matcher name = TRANSLATION.matcher(file.getFileName().toString());
            if (!name.matches()) {
                result.add(file);
                continue;
            }
            String slug = name.group(1);
            String lang = name.group(2);
            Set<String> known = new HashSet<>(translated);
            known.addAll(originalOnly);
            known.add("translated_from");
            Optional<Opened> opened = open(file, known);
            if (opened.isEmpty()) continue;
            Problems problems = opened.get().problems();
            if (!originals.contains(slug)) {
                problems.error(0, "a translation of " + dir + "/" + slug + ".md, which does not exist: a translation is named after "
                        + "its original, e.g. " + dir + "/" + Names.closest(slug, List.copyOf(originals)).orElse("NAME") + "." + lang + ".md");
                continue;
            }
            if (!inSiteLanguage(lang, problems)) continue;
            Fields fields = opened.get().fields();
            for (String key : originalOnly) {
                if (fields.has(key)) {
                    problems.warning(fields.lineOf(key), "'" + key + "' is the original's (" + dir + "/" + slug + ".md): a translation gives "
                            + String.join(", ", sortedCopy(translated)) + " and the text; it is ignored");
                }
            }
            translations.computeIfAbsent(slug, k -> new LinkedHashMap<>()).put(lang, new TranslationFile(slug, lang, opened.get()));
        }
        return result;
    }

    private static List<String> sortedCopy(Set<String> set) {
        List<String> list = new ArrayList<>(set);
        list.sort(null);
        return list;
    }

    /** Whether {@code lang} is one of the site's languages; a warning when it is not, since nobody would see the file. */
    boolean inSiteLanguage(String lang, Problems problems) {
        if (lang.equals(languages.get(0))) {
            problems.warning(0, "the site is written in " + languageName(lang) + " (site.yaml's 'language'): a translation into it "
                    + "is not shown");
            return false;
        }
        if (languages.contains(lang)) return true;
        problems.warning(0, "the site has no " + languageName(lang) + " version (there is no site." + lang + ".yaml), so this "
                + "translation is not shown");
        return false;
    }

    /** "Korean" for ko: the language's English name, or its tag when Java does not know it. */
    static String languageName(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(lang) ? "'" + lang + "'" : name;
    }

    /**
     * Whether a translation was made from the original's words as they are now: its
     * {@code translated_from} against the fingerprint of the original's words ({@link Fingerprint}).
     * A translation without one, or made from an earlier version, is still shown, with a warning
     * that says what to do.
     */
    void checkFresh(Fields translation, String lang, String original, String fingerprint) {
        Problems problems = translation.problems();
        Optional<String> from = translation.optionalText("translated_from");
        if (from.isEmpty()) {
            if (!translation.has("translated_from")) {
                problems.warning(translation.line(), "no 'translated_from': add 'translated_from: " + fingerprint + "' (the fingerprint of "
                        + original + "'s words now), so that check-site can tell when the original changes after this translation");
            }
            return;
        }
        if (!from.get().equals(fingerprint)) {
            problems.warning(translation.lineOf("translated_from"), "stale: " + original + " has changed since this translation was made "
                    + "from it (translated_from: " + from.get() + ", now " + fingerprint + "); bring the " + languageName(lang)
                    + " up to date, then set 'translated_from: " + fingerprint + "'");
            stale.computeIfAbsent(lang, k -> new ArrayList<>()).add(problems.file());
        }
    }

    /** The language a Markdown body's links carry: each of the site's languages when it has several, none otherwise. */
    String linkLanguage(String lang) {
        return languages.size() > 1 ? lang : null;
    }

    /** An image field with its required text alternative. */
    Optional<SiteInfo.MediaImage> image(Fields fields, String key, String altKey) {
        if (!fields.has(key)) {
            if (fields.has(altKey)) fields.problems().warning(fields.lineOf(altKey), "'" + altKey + "' without '" + key + "'");
            return Optional.empty();
        }
        // Images are served from the site's own media folder: the pages' Content-Security-Policy
        // allows no image from elsewhere.
        Optional<String> src = fields.optionalText(key).flatMap(value -> mediaPath(fields, key, value));
        if (!fields.has(altKey)) {
            fields.problems().error(fields.lineOf(key), "'" + key + "' needs '" + altKey
                    + "': a short description of the image for people who cannot see it");
            return Optional.empty();
        }
        Optional<String> alt = fields.optionalText(altKey);
        if (src.isEmpty() || alt.isEmpty()) return Optional.empty();
        ImageSize size = size(src.get());
        return Optional.of(new SiteInfo.MediaImage(src.get(), alt.get(), size == null ? 0 : size.width(), size == null ? 0 : size.height()));
    }

    /** The size of the picture at {@code path} (/media/NAME) from its first bytes, so a page can keep its place; null when they do not say. */
    private ImageSize size(String path) {
        try (InputStream in = Files.newInputStream(folder.resolve(path.substring(1)))) {
            return ImageSize.of(in.readNBytes(4096));
        } catch (IOException e) {
            return null; // unreadable now: the page shows it without a size, as before
        }
    }

    /** A file under media/, written {@code media/NAME}; answers its path on the site, /media/NAME. */
    Optional<String> mediaPath(Fields fields, String key, String value) {
        String name = value.startsWith("/") ? value.substring(1) : value;
        if (!name.startsWith("media/") || name.contains("..") || name.contains("\\")) {
            fields.problems().error(fields.lineOf(key), "bad file '" + value + "' in '" + key
                    + "': name a file in the media folder, e.g. media/poster.jpg");
            return Optional.empty();
        }
        String inMedia = name.substring("media/".length());
        if (!media.contains(inMedia)) {
            fields.problems().error(fields.lineOf(key), "unknown file '" + value + "' in '" + key
                    + "': there is no " + name + " in the site folder");
            return Optional.empty();
        }
        return Optional.of("/" + name);
    }

    /** A word of a translated entry that its original has ({@code original} present), noting in {@code missing} when it is not given; one the original lacks is warned about. */
    static Optional<String> translatedWord(Fields entry, String key, Optional<String> original, List<String> missing) {
        Optional<String> word = entry.optionalText(key);
        if (original.isPresent() && word.isEmpty()) missing.add("'" + key + "'");
        if (original.isEmpty() && entry.has(key)) {
            entry.problems().warning(entry.lineOf(key), "'" + key + "' that the original does not have; it is ignored");
            return Optional.empty();
        }
        return word;
    }

    /** That {@code entry} ({@code what}: "award 2 (Audience Prize)") stays in the original until its {@code missing} words are given. */
    static void warnUntranslated(Fields entry, String what, List<String> missing, String lang, String noun) {
        entry.problems().warning(entry.line(), what + ": the original has " + String.join(", ", missing) + "; give "
                + (missing.size() == 1 ? "it" : "them") + " in " + languageName(lang) + " too (until then this " + noun
                + " reads in the original)");
    }
}
