package org.crossing.app.site;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crossing.story.compile.Names;
import org.crossing.story.syntax.Diagnostic;

/**
 * Reads a site folder (see docs/site.md):
 *
 * <pre>
 * site.yaml            title, logline, trailer, the way into the interactive
 * news/SLUG.md         posts: Markdown with front matter
 * pages/SLUG.md        standing pages (about, sources and methods)
 * screenings/SLUG.md   one festival or venue per file, with its screenings
 * press.yaml           press and awards
 * media/               images and video the content refers to
 *
 * site.LANG.yaml       the site in another language (site.ko.yaml: Korean), and in it
 * news/SLUG.LANG.md    translations of posts, pages and festivals, beside their originals
 * </pre>
 *
 * A broken file is reported and skipped; everything else is still loaded. A translation that is
 * missing or broken leaves the original in its place.
 */
public final class SiteLoader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A translation's file name: its original's name, then the language (a BCP 47 tag in lower case), {@code 2013-04-22-hot-docs.ko.md}. */
    static final Pattern TRANSLATION = Pattern.compile("(" + SLUG.pattern() + ")\\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\\.(md|yaml)");

    private static final Set<String> SITE_FIELDS = Set.of("title", "logline", "description", "url", "language", "author",
            "image", "image_alt", "trailer", "interactive", "hashtag");
    private static final Set<String> TRAILER_FIELDS = Set.of("title", "video", "embed", "poster", "poster_alt", "captions", "link");
    private static final Set<String> INTERACTIVE_FIELDS = Set.of("url", "label", "note");
    private static final Set<String> POST_FIELDS = Set.of("title", "date", "tags", "author", "summary", "image", "image_alt");
    private static final Set<String> PAGE_FIELDS = Set.of("title", "summary", "order", "image", "image_alt");
    private static final Set<String> FESTIVAL_FIELDS = Set.of("name", "city", "country", "timezone", "start", "end",
            "website", "sources", "notes", "screenings");
    private static final Set<String> SCREENING_FIELDS = Set.of("kind", "title", "date", "time", "until", "minutes", "venue",
            "room", "address", "tickets", "notes");
    private static final Set<String> PRESS_FILE_FIELDS = Set.of("press", "awards");
    private static final Set<String> PRESS_FIELDS = Set.of("outlet", "author", "title", "quote", "date", "link");
    private static final Set<String> AWARD_FIELDS = Set.of("year", "name", "category", "by", "recipient", "status", "link");
    private static final Set<String> SITE_TRANSLATION_FIELDS = Set.of("title", "logline", "description", "image_alt", "trailer",
            "interactive", "tags", "translated_from");
    private static final Set<String> TRAILER_TRANSLATION_FIELDS = Set.of("title", "poster_alt");
    private static final Set<String> POST_TRANSLATION_FIELDS = Set.of("title", "summary", "author", "image_alt");
    private static final Set<String> PAGE_TRANSLATION_FIELDS = Set.of("title", "summary", "image_alt");
    private static final Set<String> FESTIVAL_TRANSLATION_FIELDS = Set.of("name", "city", "country", "notes", "screenings");
    private static final Set<String> SCREENING_TRANSLATION_FIELDS = Set.of("title", "venue", "room", "notes");
    private static final Set<String> PRESS_TRANSLATION_FILE_FIELDS = Set.of("press", "awards", "translated_from");
    private static final TranslatedList<PressItem, PressText> PRESS_TRANSLATION = new TranslatedList<>("press", "press entry",
            "press entries", "entry", Set.of("outlet", "author", "title", "quote"), PressItem::outlet,
            List.of(new Word<>("title", PressItem::title), new Word<>("quote", PressItem::quote)),
            (entry, words) -> new PressText(entry.optionalText("outlet"), entry.optionalText("author"), words.get("title"),
                    words.get("quote")));
    private static final TranslatedList<Award, AwardText> AWARD_TRANSLATION = new TranslatedList<>("awards", "award", "awards",
            "award", Set.of("name", "category", "by", "recipient"), Award::name,
            List.of(new Word<>("name", award -> Optional.of(award.name())), new Word<>("category", Award::category),
                    new Word<>("by", Award::by), new Word<>("recipient", Award::recipient)),
            (entry, words) -> new AwardText(words.get("name").orElseThrow(), words.get("category"), words.get("by"),
                    words.get("recipient")));

    private final Path folder;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> media = new HashSet<>();
    private final List<Pending> references = new ArrayList<>();
    /** The site's languages, its own first: set once site.yaml and its translations are read. */
    private List<String> languages = List.of("en");
    /** The translations made from an earlier version of their original, by language. */
    private final Map<String, List<String>> stale = new LinkedHashMap<>();

    /** A translation file, opened: the original it translates ({@code SLUG.md} beside it) and its language. */
    private record TranslationFile(String slug, String lang, Opened opened) {}

    /** A link in a Markdown body, checked once everything is loaded. */
    private record Pending(Problems problems, Markdown.Reference reference) {}

    /**
     * One of press.yaml's lists as a translation gives it: its {@code key}, what one entry is
     * called ({@code one}, {@code many}, and {@code noun} in "this entry reads in the original"),
     * the {@code fields} a translated entry may have, the original's {@code name} in warnings, the
     * {@code words} a translated entry must give where its original has them (in the order
     * warnings name them), and the {@code text} made of a translated entry and those words, by field.
     */
    private record TranslatedList<T, W>(String key, String one, String many, String noun, Set<String> fields,
                                        Function<T, String> name, List<Word<T>> words,
                                        BiFunction<Fields, Map<String, Optional<String>>, W> text) {}

    /** A word a translated entry gives: its field, and the original's word there (empty where the original has none). */
    private record Word<T>(String field, Function<T, Optional<String>> original) {}

    private SiteLoader(Path folder) {
        this.folder = folder;
    }

    /**
     * Loads the folder. Throws only when the folder itself cannot be read; a broken file
     * inside it becomes a diagnostic.
     */
    public static Site load(Path folder) throws IOException {
        if (!Files.exists(folder)) throw new NoSuchFileException(folder.toString(), null, "no such site folder");
        if (!Files.isDirectory(folder)) throw new NotDirectoryException(folder.toString());
        return new SiteLoader(folder).loadAll();
    }

    private Site loadAll() throws IOException {
        listMedia();
        SiteInfo info = loadInfo();
        List<Post> posts = new ArrayList<>();
        Map<String, Map<String, TranslationFile>> postTranslations = new HashMap<>();
        for (Path file : originals("news", POST_TRANSLATION_FIELDS, Set.of("date", "tags", "image"), postTranslations)) {
            loadPost(file, postTranslations.getOrDefault(slugOf(file), Map.of())).ifPresent(posts::add);
        }
        List<Page> pages = new ArrayList<>();
        Map<String, Map<String, TranslationFile>> pageTranslations = new HashMap<>();
        for (Path file : originals("pages", PAGE_TRANSLATION_FIELDS, Set.of("order", "image"), pageTranslations)) {
            loadPage(file, pageTranslations.getOrDefault(slugOf(file), Map.of())).ifPresent(pages::add);
        }
        List<Festival> festivals = new ArrayList<>();
        Map<String, Map<String, TranslationFile>> festivalTranslations = new HashMap<>();
        for (Path file : originals("screenings", FESTIVAL_TRANSLATION_FIELDS,
                Set.of("timezone", "start", "end", "website", "sources"), festivalTranslations)) {
            loadFestival(file, festivalTranslations.getOrDefault(slugOf(file), Map.of())).ifPresent(festivals::add);
        }
        List<PressItem> press = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        loadPress(press, awards);
        checkReferences(posts, pages, festivals);
        return new Site(folder, info, posts, pages, festivals, press, awards, media, sorted(diagnostics), stale);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(java.util.Comparator.comparing((Diagnostic d) -> d.position().file()).thenComparingInt(d -> d.position().line()));
        return copy;
    }

    // ---- files

    private String name(Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private void listMedia() throws IOException {
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
    private static String slugOf(Path file) {
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
     * A content file, opened: where its diagnostics go, its fields, and for a Markdown file its
     * name as an address ({@code slug}) and its front matter with the body after it.
     * {@code errorsBefore} is the file's error count once opened, to tell whether reading its
     * fields found more.
     */
    private record Opened(Problems problems, Fields fields, String slug, FrontMatter front, int errorsBefore) {
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

    /**
     * Opens a content file: a Markdown file's name checked as an address and its front matter
     * split from its body, a YAML file read whole; the fields read, those not in {@code known}
     * warned about. Empty when the file is broken, with the reasons reported.
     */
    private Optional<Opened> open(Path file, Set<String> known) {
        Problems problems = new Problems(name(file), diagnostics);
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

    // ---- translations

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
    private boolean inSiteLanguage(String lang, Problems problems) {
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
    public static String languageName(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(lang) ? "'" + lang + "'" : name;
    }

    /**
     * Whether a translation was made from the original's words as they are now: its
     * {@code translated_from} against the fingerprint of the original's words ({@link Fingerprint}).
     * A translation without one, or made from an earlier version, is still shown, with a warning
     * that says what to do.
     */
    private void checkFresh(Fields translation, String lang, String original, String fingerprint) {
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
    private String linkLanguage(String lang) {
        return languages.size() > 1 ? lang : null;
    }

    /**
     * A post or page in each of the site's languages: its translation where there is a readable
     * one, else the original ({@code original}), rendered again with links that keep the language.
     */
    private Map<String, EntryText> texts(Opened original, EntryText originalText, Map<String, TranslationFile> translations,
                                         boolean hasImage, boolean withAuthor, String fingerprint) {
        Map<String, EntryText> texts = new LinkedHashMap<>();
        for (String lang : languages) {
            TranslationFile translation = translations.get(lang);
            EntryText text = translation == null || lang.equals(languages.get(0)) ? null
                    : translatedEntry(translation, originalText, hasImage, withAuthor, original.problems().file(), fingerprint);
            if (text == null) {
                String html = languages.size() > 1 ? original.body(lang).html() : originalText.html();
                text = new EntryText(languages.get(0), originalText.title(), originalText.summary(), originalText.author(),
                        originalText.imageAlt(), html);
            }
            texts.put(lang, text);
        }
        return Map.copyOf(texts);
    }

    private EntryText translatedEntry(TranslationFile translation, EntryText original, boolean hasImage, boolean withAuthor,
                                      String originalFile, String fingerprint) {
        Opened opened = translation.opened();
        Problems problems = opened.problems();
        Fields fields = opened.fields();
        checkFresh(fields, translation.lang(), originalFile, fingerprint);
        String title = fields.text("title");
        Optional<String> summary = fields.optionalText("summary");
        Optional<String> author = withAuthor ? fields.optionalText("author") : Optional.empty();
        Optional<String> imageAlt = fields.optionalText("image_alt");
        if (hasImage && imageAlt.isEmpty()) {
            problems.warning(fields.line(), "the original has an image: give its 'image_alt' in " + languageName(translation.lang())
                    + " too (until then the original's is used)");
        } else if (!hasImage && imageAlt.isPresent()) {
            problems.warning(fields.lineOf("image_alt"), "'image_alt' without an image in the original; it is ignored");
        }
        Markdown.Rendered body = opened.body(linkLanguage(translation.lang()));
        if (opened.foundErrors() || title == null) return null;
        body.references().forEach(r -> references.add(new Pending(problems, r)));
        return new EntryText(translation.lang(), Markdown.plain(title), summary.orElse(body.firstParagraph()),
                author.isPresent() ? author : original.author(), hasImage ? imageAlt.or(original::imageAlt) : Optional.empty(),
                body.html());
    }

    // ---- site.yaml

    private SiteInfo loadInfo() throws IOException {
        Path file = folder.resolve("site.yaml");
        String folderName = folder.toAbsolutePath().normalize().getFileName() == null
                ? "site" : folder.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.isRegularFile(file)) {
            new Problems(name(file), diagnostics).error(0, "missing site.yaml: the site's title and logline come from it (see docs/site.md)");
            return SiteInfo.placeholder(folderName);
        }
        Optional<Opened> opened = open(file, SITE_FIELDS);
        if (opened.isEmpty()) return SiteInfo.placeholder(folderName);
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        String title = fields.text("title");
        String logline = fields.optionalText("logline").orElse("");
        String description = fields.optionalText("description").orElse(logline);
        Optional<String> url = fields.optionalLink("url", false).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        String language = fields.optionalText("language").orElse("en");
        Optional<SiteInfo.MediaImage> image = image(fields, "image", "image_alt");
        Optional<SiteInfo.Trailer> trailer = fields.group("trailer").flatMap(this::trailer);
        Optional<SiteInfo.Interactive> interactive = fields.group("interactive").flatMap(group -> {
            group.warnUnknown(INTERACTIVE_FIELDS);
            int before = problems.errorCount();
            Optional<String> link = group.optionalLink("url", true);
            if (link.isEmpty() && !group.has("url")) group.text("url");
            String label = group.optionalText("label").orElse("Begin the interactive");
            Optional<String> note = group.optionalText("note");
            return problems.errorCount() > before || link.isEmpty()
                    ? Optional.empty() : Optional.of(new SiteInfo.Interactive(link.get(), label, note));
        });
        Optional<String> hashtag = fields.optionalText("hashtag").map(h -> h.startsWith("#") ? h.substring(1) : h);
        if (!language.matches("[a-z]{2,3}(?:-[a-z0-9]{2,8})*")) {
            problems.error(fields.lineOf("language"), "bad language '" + language + "': write a language tag in lower case, e.g. en or ko");
            language = "en";
        }
        SiteInfo original = new SiteInfo(title == null ? folderName : Markdown.plain(title), logline, description, url, language,
                fields.optionalText("author"), image, trailer, interactive, hashtag, List.of(language), Map.of());
        Map<String, SiteInfo.InfoText> texts = translations(original);
        languages = List.copyOf(texts.keySet());
        return new SiteInfo(original.title(), logline, description, url, language, original.author(), image, trailer, interactive,
                hashtag, languages, texts);
    }

    /**
     * The site's words in each of its languages: site.yaml's, then those of each readable
     * {@code site.LANG.yaml}, in the order of their names. A language the site's own words (menus,
     * headings, dates) are not written in is still offered, with a warning: those read in English.
     */
    private Map<String, SiteInfo.InfoText> translations(SiteInfo original) throws IOException {
        Map<String, SiteInfo.InfoText> texts = new LinkedHashMap<>();
        texts.put(original.language(), original.original());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().matches("site\\..+\\.yaml")).sorted().toList();
        }
        for (Path file : files) {
            java.util.regex.Matcher name = TRANSLATION.matcher(file.getFileName().toString());
            Problems problems = new Problems(name(file), diagnostics);
            if (!name.matches() || !name.group(1).equals("site")) {
                problems.error(0, "bad file name '" + file.getFileName() + "': the site in another language is site.LANG.yaml, "
                        + "with a language tag in lower case, e.g. site.ko.yaml");
                continue;
            }
            String lang = name.group(2);
            if (lang.equals(original.language())) {
                problems.warning(0, "the site is written in " + languageName(lang) + " already (site.yaml's 'language'); this file "
                        + "is ignored");
                continue;
            }
            Optional<Opened> opened = open(file, SITE_TRANSLATION_FIELDS);
            if (opened.isEmpty()) continue;
            translatedInfo(original, lang, opened.get()).ifPresent(text -> texts.put(lang, text));
        }
        return texts;
    }

    private Optional<SiteInfo.InfoText> translatedInfo(SiteInfo original, String lang, Opened opened) {
        Fields fields = opened.fields();
        Problems problems = opened.problems();
        checkFresh(fields, lang, "site.yaml", Fingerprint.of(java.util.Arrays.asList(original.title(), original.logline(),
                original.description(), original.image().map(SiteInfo.MediaImage::alt), original.trailer().map(SiteInfo.Trailer::title),
                original.trailer().map(t -> t.poster().alt()), original.interactive().map(SiteInfo.Interactive::label),
                original.interactive().flatMap(SiteInfo.Interactive::note))));
        String title = fields.text("title");
        String logline = fields.optionalText("logline").orElse("");
        if (!original.logline().isEmpty() && logline.isEmpty() && !fields.has("logline")) {
            problems.warning(fields.line(), "no 'logline': the home page shows the title alone in " + languageName(lang));
        }
        String description = fields.optionalText("description").orElse(logline);
        Optional<String> imageAlt = fields.optionalText("image_alt");
        if (original.image().isPresent() && imageAlt.isEmpty()) {
            problems.warning(fields.line(), "site.yaml has an 'image': give its 'image_alt' in " + languageName(lang) + " too");
        }
        Optional<String> trailerTitle = Optional.empty();
        Optional<String> posterAlt = Optional.empty();
        Optional<Fields> trailer = fields.group("trailer");
        if (trailer.isPresent()) {
            trailer.get().warnUnknown(TRAILER_TRANSLATION_FIELDS);
            trailerTitle = trailer.get().optionalText("title");
            posterAlt = trailer.get().optionalText("poster_alt");
        }
        Optional<SiteInfo.Interactive> interactive = original.interactive().map(link -> {
            Optional<Fields> group = fields.group("interactive");
            group.ifPresent(g -> g.warnUnknown(INTERACTIVE_FIELDS));
            // A story on this server is asked for in the same language; another address is the author's to give.
            String url = group.flatMap(g -> g.optionalLink("url", true))
                    .orElse(link.url().startsWith("/") ? SiteLinks.inLanguage(link.url(), lang) : link.url());
            String label = group.flatMap(g -> g.optionalText("label")).orElse(link.label());
            if (group.isEmpty() || !group.get().has("label")) {
                problems.warning(fields.lineOf("interactive"), "no 'interactive' 'label': the way into the interactive reads \u201c"
                        + link.label() + "\u201d in " + languageName(lang));
            }
            return new SiteInfo.Interactive(url, label, group.flatMap(g -> g.optionalText("note")));
        });
        Map<String, String> tags = new LinkedHashMap<>();
        fields.group("tags").ifPresent(group -> {
            for (String tag : group.keys()) {
                if (!SLUG.matcher(tag).matches()) {
                    problems.error(group.lineOf(tag), "bad tag '" + tag + "': give the tag as the posts write it (lowercase letters, "
                            + "digits and hyphens), then its name in " + languageName(lang));
                    continue;
                }
                group.optionalText(tag).ifPresent(name -> tags.put(tag, name));
            }
        });
        if (opened.foundErrors() || title == null) {
            problems.warning(0, "the site is not offered in " + languageName(lang) + " until this file's errors are fixed");
            return Optional.empty();
        }
        if (!SiteWords.of(lang).language().equals(lang.split("-")[0])) {
            problems.warning(0, "the site's own words (menus, headings, dates) are not written in " + languageName(lang)
                    + "; they read in English");
        }
        return Optional.of(new SiteInfo.InfoText(lang, Markdown.plain(title), logline, description, imageAlt, trailerTitle, posterAlt,
                interactive, Map.copyOf(tags)));
    }

    private Optional<SiteInfo.Trailer> trailer(Fields group) {
        group.warnUnknown(TRAILER_FIELDS);
        Problems problems = group.problems();
        int before = problems.errorCount();
        String title = group.optionalText("title").orElse("Trailer");
        Optional<String> video = group.optionalText("video").flatMap(v -> mediaPath(group, "video", v));
        Optional<String> embed = group.optionalLink("embed", false);
        if (embed.isPresent() && !embed.get().startsWith("https://")) {
            problems.error(group.lineOf("embed"), "the trailer's 'embed' address must start with https://");
        } else if (embed.isPresent() && SiteInfo.Trailer.embedOrigin(embed.get()).isEmpty()) {
            problems.error(group.lineOf("embed"), "the trailer's 'embed' address must be a plain https://HOST/PATH, "
                    + "without a user name, password or characters a policy header cannot carry: " + embed.get());
        }
        if (!group.has("video") && !group.has("embed")) {
            problems.error(group.line(), "the trailer needs a 'video' (a file under media/) or an 'embed' address");
        }
        if (!group.has("poster")) problems.error(group.line(), "the trailer needs a 'poster' image, shown until it plays");
        Optional<SiteInfo.MediaImage> poster = image(group, "poster", "poster_alt");
        Optional<String> captions = group.optionalText("captions").flatMap(v -> mediaPath(group, "captions", v));
        Optional<String> link = group.optionalLink("link", false);
        if (problems.errorCount() > before || poster.isEmpty()) return Optional.empty();
        return Optional.of(new SiteInfo.Trailer(title, video, embed, poster.get(), captions, link));
    }

    /** An image field with its required text alternative. */
    private Optional<SiteInfo.MediaImage> image(Fields fields, String key, String altKey) {
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
        return src.isPresent() && alt.isPresent() ? Optional.of(new SiteInfo.MediaImage(src.get(), alt.get())) : Optional.empty();
    }

    /** A file under media/, written {@code media/NAME}; answers its path on the site, /media/NAME. */
    private Optional<String> mediaPath(Fields fields, String key, String value) {
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

    // ---- news and pages

    private Optional<Post> loadPost(Path file, Map<String, TranslationFile> translations) {
        Optional<Opened> opened = open(file, POST_FIELDS);
        if (opened.isEmpty()) return Optional.empty();
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        String title = fields.text("title");
        var date = fields.date("date");
        List<String> tags = new ArrayList<>();
        for (String tag : fields.texts("tags", true)) {
            if (!SLUG.matcher(tag).matches()) {
                String suggestion = tag.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                problems.error(fields.lineOf("tags"), "bad tag '" + tag + "': a tag is lowercase letters, digits and hyphens"
                        + (SLUG.matcher(suggestion).matches() ? ", e.g. '" + suggestion + "'" : ""));
            } else if (tags.contains(tag)) {
                problems.warning(fields.lineOf("tags"), "tag '" + tag + "' is given twice");
            } else {
                tags.add(tag);
            }
        }
        if (!fields.has("tags")) problems.warning(fields.line(), "no 'tags': the post appears in no tag archive");
        Optional<String> author = fields.optionalText("author");
        Optional<String> summary = fields.optionalText("summary");
        Optional<SiteInfo.MediaImage> image = image(fields, "image", "image_alt");
        Markdown.Rendered body = opened.get().body();
        if (opened.get().foundErrors() || title == null || date == null) return Optional.empty();
        body.references().forEach(r -> references.add(new Pending(problems, r)));
        String plainTitle = Markdown.plain(title);
        String text = summary.orElse(body.firstParagraph());
        EntryText original = new EntryText(languages.get(0), plainTitle, text, author, image.map(SiteInfo.MediaImage::alt), body.html());
        String fingerprint = Fingerprint.of(java.util.Arrays.asList(title, summary, author, image.map(SiteInfo.MediaImage::alt),
                opened.get().front().body()));
        return Optional.of(new Post(opened.get().slug(), plainTitle, date, List.copyOf(tags), author, text, image, body.html(), name(file),
                texts(opened.get(), original, translations, image.isPresent(), true, fingerprint)));
    }

    private Optional<Page> loadPage(Path file, Map<String, TranslationFile> translations) {
        Optional<Opened> opened = open(file, PAGE_FIELDS);
        if (opened.isEmpty()) return Optional.empty();
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        String title = fields.text("title");
        Optional<String> summary = fields.optionalText("summary");
        int order = fields.optionalText("order").map(value -> {
            if (value.matches("-?\\d{1,6}")) return Integer.valueOf(value);
            problems.error(fields.lineOf("order"), "bad order '" + value + "': write a whole number, e.g. 1");
            return null;
        }).orElse(100);
        Optional<SiteInfo.MediaImage> image = image(fields, "image", "image_alt");
        Markdown.Rendered body = opened.get().body();
        if (opened.get().foundErrors() || title == null) return Optional.empty();
        body.references().forEach(r -> references.add(new Pending(problems, r)));
        String plainTitle = Markdown.plain(title);
        String text = summary.orElse(body.firstParagraph());
        EntryText original = new EntryText(languages.get(0), plainTitle, text, Optional.empty(), image.map(SiteInfo.MediaImage::alt),
                body.html());
        String fingerprint = Fingerprint.of(java.util.Arrays.asList(title, summary, image.map(SiteInfo.MediaImage::alt),
                opened.get().front().body()));
        return Optional.of(new Page(opened.get().slug(), plainTitle, text, order, image, body.html(), name(file),
                texts(opened.get(), original, translations, image.isPresent(), false, fingerprint)));
    }

    // ---- screenings

    private Optional<Festival> loadFestival(Path file, Map<String, TranslationFile> translations) {
        Optional<Opened> opened = open(file, FESTIVAL_FIELDS);
        if (opened.isEmpty()) return Optional.empty();
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        String festivalName = fields.text("name");
        String city = fields.text("city");
        String country = fields.text("country");
        var zone = fields.optionalZone("timezone");
        var start = fields.date("start");
        var end = fields.optionalDate("end").orElse(start);
        if (start != null && end != null && end.isBefore(start)) {
            problems.error(fields.lineOf("end"), "the festival ends (" + end + ") before it starts (" + start + ")");
        }
        Optional<String> website = fields.optionalLink("website", false);
        List<String> sources = new ArrayList<>();
        for (String source : fields.texts("sources")) {
            if (source.startsWith("https://") || source.startsWith("http://")) sources.add(source);
            else problems.error(fields.lineOf("sources"), "bad source '" + source + "': give the full address of where the facts come from");
        }
        if (opened.get().foundErrors() || festivalName == null || city == null || country == null || start == null) {
            return Optional.empty();
        }
        List<Screening> screenings = new ArrayList<>();
        int number = 0;
        for (Fields entry : fields.groups("screenings")) {
            number++;
            screening(entry, number, zone.isPresent(), start, end).ifPresent(screenings::add);
        }
        Markdown.Rendered body = opened.get().body();
        body.references().forEach(r -> references.add(new Pending(problems, r)));
        String plainName = Markdown.plain(festivalName);
        List<String> notes = fields.texts("notes");
        List<Object> words = new ArrayList<>(List.of(festivalName, city, country, notes));
        for (Screening screening : screenings) {
            words.addAll(java.util.Arrays.asList(screening.number(), screening.title(), screening.venue(), screening.room(), screening.notes()));
        }
        words.add(opened.get().front().body());
        String fingerprint = Fingerprint.of(words);
        Map<String, FestivalText> texts = new LinkedHashMap<>();
        for (String lang : languages) {
            TranslationFile translation = lang.equals(languages.get(0)) ? null : translations.get(lang);
            FestivalText text = translation == null ? null
                    : translatedFestival(translation, notes.size(), screenings, number, name(file), fingerprint);
            if (text == null) {
                text = new FestivalText(languages.get(0), plainName, city, country, notes,
                        languages.size() > 1 ? opened.get().body(lang).html() : body.html(), Map.of());
            }
            texts.put(lang, text);
        }
        return Optional.of(new Festival(opened.get().slug(), plainName, city, country, zone, start, end, website,
                List.copyOf(sources), notes, List.copyOf(screenings), body.html(), name(file), Map.copyOf(texts)));
    }

    private FestivalText translatedFestival(TranslationFile translation, int originalNotes, List<Screening> screenings, int entries,
                                            String originalFile, String fingerprint) {
        Opened opened = translation.opened();
        Fields fields = opened.fields();
        checkFresh(fields, translation.lang(), originalFile, fingerprint);
        String festivalName = fields.text("name");
        String city = fields.text("city");
        String country = fields.text("country");
        List<String> notes = fields.texts("notes");
        if (notes.size() != originalNotes) {
            opened.problems().warning(fields.lineOf("notes"), "the original has " + originalNotes + " note" + (originalNotes == 1 ? "" : "s")
                    + " and this translation " + notes.size() + ": give each of them, in the same order");
        }
        Map<Integer, ScreeningText> screeningTexts = translatedScreenings(fields, translation.lang(), screenings, entries);
        Markdown.Rendered body = opened.body(linkLanguage(translation.lang()));
        if (opened.foundErrors() || festivalName == null || city == null || country == null) return null;
        body.references().forEach(r -> references.add(new Pending(opened.problems(), r)));
        return new FestivalText(translation.lang(), Markdown.plain(festivalName), city, country, notes, body.html(),
                Map.copyOf(screeningTexts));
    }

    /**
     * The screenings' words in a festival's translation: one entry under {@code screenings} for
     * each of the original's {@code entries}, in the same order ({@code - {}} for one with nothing
     * to translate). A screening whose entry leaves out a word the original has stays in the
     * original, with a warning; so do all of them when the entries do not match the original's.
     */
    private Map<Integer, ScreeningText> translatedScreenings(Fields fields, String lang, List<Screening> screenings, int entries) {
        Problems problems = fields.problems();
        List<Fields> given = fields.groups("screenings");
        boolean anyWords = screenings.stream().anyMatch(s -> s.title().isPresent() || s.venue().isPresent() || s.room().isPresent()
                || !s.notes().isEmpty());
        if (!fields.has("screenings")) {
            if (anyWords) {
                problems.warning(fields.line(), "no 'screenings': the original's screenings have venues, titles or notes; give them in "
                        + languageName(lang) + ", one entry per screening in the same order (- {} for one with nothing to translate); "
                        + "until then they read in the original");
            }
            return Map.of();
        }
        if (given.size() != entries) {
            problems.warning(fields.lineOf("screenings"), "the original has " + entries + " screening" + (entries == 1 ? "" : "s")
                    + " and this translation " + given.size() + ": give one entry for each, in the same order; until then they read "
                    + "in the original");
            return Map.of();
        }
        Map<Integer, ScreeningText> texts = new HashMap<>();
        for (Screening original : screenings) {
            Fields entry = given.get(original.number() - 1);
            entry.warnUnknown(SCREENING_TRANSLATION_FIELDS);
            List<String> missing = new ArrayList<>();
            Optional<String> title = translatedWord(entry, "title", original.title(), missing);
            Optional<String> venue = translatedWord(entry, "venue", original.venue(), missing);
            Optional<String> room = translatedWord(entry, "room", original.room(), missing);
            List<String> notes = entry.texts("notes");
            if (notes.size() != original.notes().size()) missing.add("notes (" + original.notes().size() + ")");
            if (!missing.isEmpty()) {
                warnUntranslated(entry, "screening " + original.number() + " (" + original.date() + ")", missing, lang, "screening");
                continue;
            }
            texts.put(original.number(), new ScreeningText(title.map(Markdown::plain), venue, room, notes));
        }
        return texts;
    }

    /** A word of a translated entry that its original has ({@code original} present), noting in {@code missing} when it is not given; one the original lacks is warned about. */
    private static Optional<String> translatedWord(Fields entry, String key, Optional<String> original, List<String> missing) {
        Optional<String> word = entry.optionalText(key);
        if (original.isPresent() && word.isEmpty()) missing.add("'" + key + "'");
        if (original.isEmpty() && entry.has(key)) {
            entry.problems().warning(entry.lineOf(key), "'" + key + "' that the original does not have; it is ignored");
            return Optional.empty();
        }
        return word;
    }

    private Optional<Screening> screening(Fields entry, int number, boolean hasZone, java.time.LocalDate start,
                                          java.time.LocalDate end) {
        Problems problems = entry.problems();
        int before = problems.errorCount();
        entry.warnUnknown(SCREENING_FIELDS);
        Screening.Kind kind = entry.optionalChoice("kind", Screening.Kind.class).orElse(Screening.Kind.SCREENING);
        var date = entry.date("date");
        var time = entry.optionalTime("time");
        var until = entry.optionalDate("until");
        if (time.isPresent() && !hasZone) {
            problems.error(entry.lineOf("time"), "a screening with a time needs the festival's 'timezone', e.g. America/Toronto");
        }
        if (date != null && until.isPresent() && until.get().isBefore(date)) {
            problems.error(entry.lineOf("until"), "'until' (" + until.get() + ") is before 'date' (" + date + ")");
        }
        if (date != null && (date.isBefore(start.minusDays(1)) || date.isAfter(end.plusDays(1)))) {
            problems.warning(entry.lineOf("date"), "the screening on " + date + " is outside the festival's dates ("
                    + start + " to " + end + ")");
        }
        Optional<Integer> minutes = entry.optionalText("minutes").map(value -> {
            if (value.matches("\\d{1,4}") && Integer.parseInt(value) > 0) return Integer.valueOf(value);
            problems.error(entry.lineOf("minutes"), "bad length '" + value + "' in 'minutes': write a number of minutes, e.g. 90");
            return null;
        });
        Screening screening = new Screening(number, kind, entry.optionalText("title").map(Markdown::plain), date, time, until,
                minutes, entry.optionalText("venue"), entry.optionalText("room"), entry.optionalText("address"),
                entry.optionalLink("tickets", false), entry.texts("notes"));
        return problems.errorCount() > before || date == null ? Optional.empty() : Optional.of(screening);
    }

    // ---- press.yaml

    private void loadPress(List<PressItem> press, List<Award> awards) throws IOException {
        Path file = folder.resolve("press.yaml");
        if (!Files.isRegularFile(file)) return;
        Optional<Opened> opened = open(file, PRESS_FILE_FIELDS);
        if (opened.isEmpty()) return;
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        // In the file's order, null where an entry is broken: a translation's entries follow the same order.
        List<PressItem> items = new ArrayList<>();
        for (Fields entry : fields.groups("press")) {
            int before = problems.errorCount();
            entry.warnUnknown(PRESS_FIELDS);
            String outlet = entry.text("outlet");
            Optional<String> title = entry.optionalText("title");
            Optional<String> quote = entry.optionalText("quote");
            if (!entry.has("title") && !entry.has("quote")) {
                problems.error(entry.line(), "a press entry needs a 'title' (the article's headline) or a 'quote'");
            }
            PressItem item = new PressItem(outlet, entry.optionalText("author"), title, quote, entry.optionalDate("date"),
                    entry.optionalLink("link", false), Map.of());
            items.add(problems.errorCount() == before ? item : null);
        }
        List<Award> awardItems = new ArrayList<>();
        for (Fields entry : fields.groups("awards")) {
            int before = problems.errorCount();
            entry.warnUnknown(AWARD_FIELDS);
            Optional<Integer> year = entry.optionalYear("year");
            if (!entry.has("year")) entry.text("year");
            String awardName = entry.text("name");
            if (!entry.has("status")) entry.text("status");
            Optional<Award.Status> status = entry.optionalChoice("status", Award.Status.class);
            Award award = new Award(year.orElse(0), awardName, entry.optionalText("category"), entry.optionalText("by"),
                    entry.optionalText("recipient"), status.orElse(Award.Status.NOMINATED), entry.optionalLink("link", false), Map.of());
            awardItems.add(problems.errorCount() == before && year.isPresent() && status.isPresent() ? award : null);
        }
        List<Object> words = new ArrayList<>();
        for (PressItem item : items) {
            if (item != null) words.addAll(java.util.Arrays.asList(item.outlet(), item.title(), item.quote()));
        }
        for (Award award : awardItems) {
            if (award != null) words.addAll(java.util.Arrays.asList(award.name(), award.category(), award.by(), award.recipient()));
        }
        String fingerprint = Fingerprint.of(words);
        Map<String, Map<Integer, PressText>> pressTexts = new HashMap<>();
        Map<String, Map<Integer, AwardText>> awardTexts = new HashMap<>();
        for (Path translation : pressTranslations()) {
            String lang = TRANSLATION.matcher(translation.getFileName().toString()).replaceFirst("$2");
            Optional<Opened> read = open(translation, PRESS_TRANSLATION_FILE_FIELDS);
            if (read.isEmpty() || !inSiteLanguage(lang, read.get().problems())) continue;
            checkFresh(read.get().fields(), lang, "press.yaml", fingerprint);
            pressTexts.put(lang, translatedEntries(read.get().fields(), lang, PRESS_TRANSLATION, items));
            awardTexts.put(lang, translatedEntries(read.get().fields(), lang, AWARD_TRANSLATION, awardItems));
        }
        for (int i = 0; i < items.size(); i++) {
            PressItem item = items.get(i);
            if (item == null) continue;
            Map<String, PressText> texts = new HashMap<>();
            for (var byLanguage : pressTexts.entrySet()) {
                PressText text = byLanguage.getValue().get(i);
                if (text != null) texts.put(byLanguage.getKey(), text);
            }
            press.add(new PressItem(item.outlet(), item.author(), item.title(), item.quote(), item.date(), item.link(), Map.copyOf(texts)));
        }
        for (int i = 0; i < awardItems.size(); i++) {
            Award award = awardItems.get(i);
            if (award == null) continue;
            Map<String, AwardText> texts = new HashMap<>();
            for (var byLanguage : awardTexts.entrySet()) {
                AwardText text = byLanguage.getValue().get(i);
                if (text != null) texts.put(byLanguage.getKey(), text);
            }
            awards.add(new Award(award.year(), award.name(), award.category(), award.by(), award.recipient(), award.status(),
                    award.link(), Map.copyOf(texts)));
        }
    }

    /** The files {@code press.LANG.yaml} beside press.yaml, by name; a badly named one is reported and left out. */
    private List<Path> pressTranslations() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().matches("press\\..+\\.yaml")).sorted().toList();
        }
        List<Path> result = new ArrayList<>();
        for (Path file : files) {
            java.util.regex.Matcher name = TRANSLATION.matcher(file.getFileName().toString());
            if (name.matches() && name.group(1).equals("press")) {
                result.add(file);
            } else {
                new Problems(name(file), diagnostics).error(0, "bad file name '" + file.getFileName() + "': press and awards in "
                        + "another language are press.LANG.yaml, with a language tag in lower case, e.g. press.ko.yaml");
            }
        }
        return result;
    }

    /**
     * The entries under {@code list.key()} in a translation of press.yaml, by their place in
     * press.yaml: one for each of the original's, in the same order. An entry that leaves out a
     * word its original has ({@link TranslatedList#words}) stays in the original, with a warning;
     * so do all of them when the entries do not match the original's.
     */
    private <T, W> Map<Integer, W> translatedEntries(Fields fields, String lang, TranslatedList<T, W> list, List<T> originals) {
        List<Fields> given = fields.groups(list.key());
        if (!sameCount(fields, list, given.size(), originals.size(), lang)) return Map.of();
        Map<Integer, W> texts = new HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            T original = originals.get(i);
            Fields entry = given.get(i);
            entry.warnUnknown(list.fields());
            if (original == null) continue;
            List<String> missing = new ArrayList<>();
            Map<String, Optional<String>> words = new HashMap<>();
            for (Word<T> word : list.words()) {
                words.put(word.field(), translatedWord(entry, word.field(), word.original().apply(original), missing));
            }
            if (!missing.isEmpty()) {
                warnUntranslated(entry, list.one() + " " + (i + 1) + " (" + list.name().apply(original) + ")", missing, lang,
                        list.noun());
                continue;
            }
            texts.put(i, list.text().apply(entry, words));
        }
        return texts;
    }

    /** That {@code entry} ({@code what}: "award 2 (Audience Prize)") stays in the original until its {@code missing} words are given. */
    private static void warnUntranslated(Fields entry, String what, List<String> missing, String lang, String noun) {
        entry.problems().warning(entry.line(), what + ": the original has " + String.join(", ", missing) + "; give "
                + (missing.size() == 1 ? "it" : "them") + " in " + languageName(lang) + " too (until then this " + noun
                + " reads in the original)");
    }

    /** Whether a translation gives as many entries under {@code list.key()} as press.yaml has; a warning when it does not. */
    private boolean sameCount(Fields fields, TranslatedList<?, ?> list, int given, int originals, String lang) {
        if (given == originals) return true;
        String key = list.key();
        String counted = originals + " " + (originals == 1 ? list.one() : list.many());
        if (given == 0 && !fields.has(key)) {
            fields.problems().warning(fields.line(), "no '" + key + "': press.yaml has " + counted + "; until they are given in "
                    + languageName(lang) + " they read in the original");
        } else {
            fields.problems().warning(fields.lineOf(key), "press.yaml has " + counted + " under '" + key + "' and this translation "
                    + given + ": give one entry for each, in the same order; until then they read in the original");
        }
        return false;
    }

    // ---- links between files

    /** The scheme of a link, lower-cased, as a browser reads it (spaces and controls ignored); null for a path. */
    private static String scheme(String destination) {
        String compact = destination.replaceAll("[\\s\\p{Cntrl}]", "");
        int colon = compact.indexOf(':');
        if (colon <= 0 || !compact.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) return null;
        return compact.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }

    private void checkReferences(List<Post> posts, List<Page> pages, List<Festival> festivals) {
        Set<String> postSlugs = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (Post post : posts) {
            postSlugs.add(post.slug());
            tags.addAll(post.tags());
        }
        Set<String> pageSlugs = new HashSet<>();
        pages.forEach(p -> pageSlugs.add(p.slug()));
        Set<String> festivalSlugs = new HashSet<>();
        festivals.forEach(f -> festivalSlugs.add(f.slug()));
        for (Pending pending : references) {
            String destination = pending.reference().destination();
            int line = pending.reference().line();
            Problems problems = pending.problems();
            String scheme = scheme(destination);
            if (scheme != null && !Markdown.SAFE_SCHEMES.contains(scheme)) {
                problems.error(line, "link to '" + destination.substring(0, Math.min(destination.length(), 40))
                        + "' refused: links use http, https or mailto, and images come from media/");
                continue;
            }
            if (destination.isEmpty() || destination.startsWith("#") || destination.contains(":")) continue;
            if (!destination.startsWith("/")) {
                problems.warning(line, "relative link '" + destination + "': write links on this site from the root, "
                        + "e.g. /news/" + destination);
                continue;
            }
            String path = destination.replaceFirst("[?#].*$", "");
            String[] parts = path.substring(1).split("/", -1);
            String unknown = switch (parts[0]) {
                case "media" -> parts.length > 1 && media.contains(path.substring("/media/".length()))
                        ? null : "file " + path.substring(1);
                case "news" -> {
                    if (parts.length == 1 || parts[1].isEmpty() || parts[1].equals("tags") || parts[1].equals("page")) yield null;
                    if (parts[1].equals("tag")) yield parts.length > 2 && tags.contains(parts[2]) ? null
                            : "tag '" + (parts.length > 2 ? parts[2] : "") + "'";
                    yield postSlugs.contains(parts[1]) ? null : "post '" + parts[1] + "'";
                }
                case "screenings" -> parts.length == 1 || parts[1].isEmpty()
                        || festivalSlugs.contains(parts[1].replaceFirst("\\.ics$", "")) ? null : "festival '" + parts[1] + "'";
                case "about" -> parts.length == 1 || parts[1].isEmpty() || pageSlugs.contains(parts[1]) ? null
                        : "page '" + parts[1] + "'";
                default -> null;
            };
            if (unknown != null) {
                List<String> known = parts[0].equals("news") ? new ArrayList<>(postSlugs) : List.of();
                String hint = parts.length > 1 ? Names.closest(parts[1], known).map(s -> " (did you mean /news/" + s + "?)").orElse("") : "";
                problems.error(line, "link to an unknown " + unknown + ": " + destination + hint);
            }
        }
    }
}
