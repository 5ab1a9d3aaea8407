package org.crossing.app.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The posts under news/ and the standing pages under pages/: Markdown with front matter, and their translations. */
final class EntryFiles {

    private static final Set<String> POST_FIELDS = Set.of("title", "date", "tags", "author", "summary", "image", "image_alt");

    private static final Set<String> PAGE_FIELDS = Set.of("title", "summary", "order", "image", "image_alt");

    private static final Set<String> POST_TRANSLATION_FIELDS = Set.of("title", "summary", "author", "image_alt");

    private static final Set<String> PAGE_TRANSLATION_FIELDS = Set.of("title", "summary", "image_alt");

    private final ContentFiles files;

    private EntryFiles(ContentFiles files) {
        this.files = files;
    }

    /** The posts under news/, in the order of their files' names, each with its translations. */
    static List<Post> posts(ContentFiles files) throws IOException {
        return files.readOriginals("news", POST_FIELDS, POST_TRANSLATION_FIELDS, Set.of("date", "tags", "image"), new EntryFiles(files)::loadPost);
    }

    /** The standing pages under pages/, in the order of their files' names, each with its translations. */
    static List<Page> pages(ContentFiles files) throws IOException {
        return files.readOriginals("pages", PAGE_FIELDS, PAGE_TRANSLATION_FIELDS, Set.of("order", "image"), new EntryFiles(files)::loadPage);
    }

    private Optional<Post> loadPost(ContentFiles.Opened opened, Map<String, ContentFiles.TranslationFile> translations) {
        Problems problems = opened.problems();
        Fields fields = opened.fields();
        String title = fields.text("title");
        var date = fields.date("date");
        List<String> tags = new ArrayList<>();
        for (String tag : fields.texts("tags", true)) {
            if (!ContentFiles.SLUG.matcher(tag).matches()) {
                String suggestion = tag.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                problems.error(fields.lineOf("tags"), "bad tag '" + tag + "': a tag is lowercase letters, digits and hyphens"
                        + (ContentFiles.SLUG.matcher(suggestion).matches() ? ", e.g. '" + suggestion + "'" : ""));
            } else if (tags.contains(tag)) {
                problems.warning(fields.lineOf("tags"), "tag '" + tag + "' is given twice");
            } else {
                tags.add(tag);
            }
        }
        if (!fields.has("tags")) problems.warning(fields.line(), "no 'tags': the post appears in no tag archive");
        Optional<String> author = fields.optionalText("author");
        Optional<String> summary = fields.optionalText("summary");
        Optional<SiteInfo.MediaImage> image = files.image(fields, "image", "image_alt");
        Markdown.Rendered body = opened.body();
        if (opened.foundErrors() || title == null || date == null) return Optional.empty();
        Words words = words(opened, title, summary, true, author, image, body, translations);
        return Optional.of(new Post(opened.slug(), words.title(), date, List.copyOf(tags), author, words.summary(), image, body.html(),
                opened.problems().file(), words.texts()));
    }

    private Optional<Page> loadPage(ContentFiles.Opened opened, Map<String, ContentFiles.TranslationFile> translations) {
        Problems problems = opened.problems();
        Fields fields = opened.fields();
        String title = fields.text("title");
        Optional<String> summary = fields.optionalText("summary");
        int order = fields.optionalText("order").map(value -> {
            if (value.matches("-?\\d{1,6}")) return Integer.valueOf(value);
            problems.error(fields.lineOf("order"), "bad order '" + value + "': write a whole number, e.g. 1");
            return null;
        }).orElse(100);
        Optional<SiteInfo.MediaImage> image = files.image(fields, "image", "image_alt");
        Markdown.Rendered body = opened.body();
        if (opened.foundErrors() || title == null) return Optional.empty();
        Words words = words(opened, title, summary, false, Optional.empty(), image, body, translations);
        return Optional.of(new Page(opened.slug(), words.title(), words.summary(), order, image, body.html(), opened.problems().file(),
                words.texts()));
    }

    /** A post's or page's title and summary as plain text, and its words in each of the site's languages. */
    private record Words(String title, String summary, Map<String, EntryText> texts) {}

    /**
     * What a post and a page make of their words once read without errors: the title as plain
     * text, the summary (else the body's first paragraph), the fingerprint its translations are
     * made from, and the words in each language; the body's links are kept to check.
     * {@code withAuthor}: a post, which may name its author; a page has none.
     */
    private Words words(ContentFiles.Opened opened, String title, Optional<String> summary, boolean withAuthor, Optional<String> author,
                        Optional<SiteInfo.MediaImage> image, Markdown.Rendered body, Map<String, ContentFiles.TranslationFile> translations) {
        files.checkLinksLater(opened.problems(), body);
        String plainTitle = Markdown.plain(title);
        String text = summary.orElse(body.firstParagraph());
        Optional<String> imageAlt = image.map(SiteInfo.MediaImage::alt);
        EntryText original = new EntryText(files.languages().get(0), plainTitle, text, author, imageAlt, body.html());
        // a page's fingerprint has no author in it: translations record it, so it stays as it was
        List<Object> fingerprinted = new ArrayList<>(java.util.Arrays.asList(title, summary));
        if (withAuthor) fingerprinted.add(author);
        fingerprinted.addAll(java.util.Arrays.asList(imageAlt, opened.front().body()));
        String fingerprint = Fingerprint.of(fingerprinted);
        return new Words(plainTitle, text, texts(opened, original, translations, image.isPresent(), withAuthor, fingerprint));
    }

    /**
     * A post or page in each of the site's languages: its translation where there is a readable
     * one, else the original ({@code original}), rendered again with links that keep the language.
     */
    private Map<String, EntryText> texts(ContentFiles.Opened original, EntryText originalText, Map<String, ContentFiles.TranslationFile> translations,
                                         boolean hasImage, boolean withAuthor, String fingerprint) {
        Map<String, EntryText> texts = new LinkedHashMap<>();
        for (String lang : files.languages()) {
            ContentFiles.TranslationFile translation = translations.get(lang);
            EntryText text = translation == null || lang.equals(files.languages().get(0)) ? null
                    : translatedEntry(translation, originalText, hasImage, withAuthor, original.problems().file(), fingerprint);
            if (text == null) {
                String html = files.languages().size() > 1 ? original.body(lang).html() : originalText.html();
                text = new EntryText(files.languages().get(0), originalText.title(), originalText.summary(), originalText.author(),
                        originalText.imageAlt(), html);
            }
            texts.put(lang, text);
        }
        return Map.copyOf(texts);
    }

    private EntryText translatedEntry(ContentFiles.TranslationFile translation, EntryText original, boolean hasImage, boolean withAuthor,
                                      String originalFile, String fingerprint) {
        ContentFiles.Opened opened = translation.opened();
        Problems problems = opened.problems();
        Fields fields = opened.fields();
        files.checkFresh(fields, translation.lang(), originalFile, fingerprint);
        String title = fields.text("title");
        Optional<String> summary = fields.optionalText("summary");
        Optional<String> author = withAuthor ? fields.optionalText("author") : Optional.empty();
        Optional<String> imageAlt = fields.optionalText("image_alt");
        if (hasImage && imageAlt.isEmpty()) {
            problems.warning(fields.line(), "the original has an image: give its 'image_alt' in " + ContentFiles.languageName(translation.lang())
                    + " too (until then the original's is used)");
        } else if (!hasImage && imageAlt.isPresent()) {
            problems.warning(fields.lineOf("image_alt"), "'image_alt' without an image in the original; it is ignored");
        }
        Markdown.Rendered body = opened.body(files.linkLanguage(translation.lang()));
        if (opened.foundErrors() || title == null) return null;
        files.checkLinksLater(problems, body);
        return new EntryText(translation.lang(), Markdown.plain(title), summary.orElse(body.firstParagraph()),
                author.isPresent() ? author : original.author(), hasImage ? imageAlt.or(original::imageAlt) : Optional.empty(),
                body.html());
    }
}
