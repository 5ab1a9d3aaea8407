package org.crossing.app.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * site.yaml and its translations ({@code site.LANG.yaml}): the site's title, logline, trailer and way
 * into the interactive, in each of its languages, which the other content files are then read in.
 */
final class SiteInfoFile {

    private static final Set<String> SITE_FIELDS = Set.of("title", "logline", "description", "url", "language", "author",
            "image", "image_alt", "trailer", "interactive", "hashtag");

    private static final Set<String> TRAILER_FIELDS = Set.of("title", "video", "embed", "poster", "poster_alt", "captions", "link");

    private static final Set<String> INTERACTIVE_FIELDS = Set.of("url", "label", "note");

    private static final Set<String> SITE_TRANSLATION_FIELDS = Set.of("title", "logline", "description", "image_alt", "trailer",
            "interactive", "tags", "translated_from");

    private static final Set<String> TRAILER_TRANSLATION_FIELDS = Set.of("title", "poster_alt");

    private final ContentFiles files;

    private SiteInfoFile(ContentFiles files) {
        this.files = files;
    }

    /** Reads site.yaml and its translations; the site's languages are known to {@code files} from then on. */
    static SiteInfo read(ContentFiles files) throws IOException {
        return new SiteInfoFile(files).read();
    }

    private SiteInfo read() throws IOException {
        Path file = files.folder().resolve("site.yaml");
        String folderName = files.folder().toAbsolutePath().normalize().getFileName() == null
                ? "site" : files.folder().toAbsolutePath().normalize().getFileName().toString();
        if (!Files.isRegularFile(file)) {
            files.problems(file).error(0, "missing site.yaml: the site's title and logline come from it (see docs/site.md)");
            return SiteInfo.placeholder(folderName);
        }
        Optional<ContentFiles.Opened> opened = files.open(file, SITE_FIELDS);
        if (opened.isEmpty()) return SiteInfo.placeholder(folderName);
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        String title = fields.text("title");
        String logline = fields.optionalText("logline").orElse("");
        String description = fields.optionalText("description").orElse(logline);
        Optional<String> url = fields.optionalLink("url", false).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        String language = fields.optionalText("language").orElse("en");
        Optional<SiteInfo.MediaImage> image = files.image(fields, "image", "image_alt");
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
        files.languages(List.copyOf(texts.keySet()));
        return new SiteInfo(original.title(), logline, description, url, language, original.author(), image, trailer, interactive,
                hashtag, files.languages(), texts);
    }

    /**
     * The site's words in each of its languages: site.yaml's, then those of each readable
     * {@code site.LANG.yaml}, in the order of their names. A language the site's own words (menus,
     * headings, dates) are not written in is still offered, with a warning: those read in English.
     */
    private Map<String, SiteInfo.InfoText> translations(SiteInfo original) throws IOException {
        Map<String, SiteInfo.InfoText> texts = new LinkedHashMap<>();
        texts.put(original.language(), original.original());
        List<Path> named;
        try (Stream<Path> list = Files.list(files.folder())) {
            named = list.filter(f -> f.getFileName().toString().matches("site\\..+\\.yaml")).sorted().toList();
        }
        for (Path file : named) {
            java.util.regex.Matcher name = ContentFiles.TRANSLATION.matcher(file.getFileName().toString());
            Problems problems = files.problems(file);
            if (!name.matches() || !name.group(1).equals("site")) {
                problems.error(0, "bad file name '" + file.getFileName() + "': the site in another language is site.LANG.yaml, "
                        + "with a language tag in lower case, e.g. site.ko.yaml");
                continue;
            }
            String lang = name.group(2);
            if (lang.equals(original.language())) {
                problems.warning(0, "the site is written in " + ContentFiles.languageName(lang) + " already (site.yaml's 'language'); this file "
                        + "is ignored");
                continue;
            }
            Optional<ContentFiles.Opened> opened = files.open(file, SITE_TRANSLATION_FIELDS);
            if (opened.isEmpty()) continue;
            translatedInfo(original, lang, opened.get()).ifPresent(text -> texts.put(lang, text));
        }
        return texts;
    }

    private Optional<SiteInfo.InfoText> translatedInfo(SiteInfo original, String lang, ContentFiles.Opened opened) {
        Fields fields = opened.fields();
        Problems problems = opened.problems();
        files.checkFresh(fields, lang, "site.yaml", Fingerprint.of(java.util.Arrays.asList(original.title(), original.logline(),
                original.description(), original.image().map(SiteInfo.MediaImage::alt), original.trailer().map(SiteInfo.Trailer::title),
                original.trailer().map(t -> t.poster().alt()), original.interactive().map(SiteInfo.Interactive::label),
                original.interactive().flatMap(SiteInfo.Interactive::note))));
        String title = fields.text("title");
        String logline = fields.optionalText("logline").orElse("");
        if (!original.logline().isEmpty() && logline.isEmpty() && !fields.has("logline")) {
            problems.warning(fields.line(), "no 'logline': the home page shows the title alone in " + ContentFiles.languageName(lang));
        }
        String description = fields.optionalText("description").orElse(logline);
        Optional<String> imageAlt = fields.optionalText("image_alt");
        if (original.image().isPresent() && imageAlt.isEmpty()) {
            problems.warning(fields.line(), "site.yaml has an 'image': give its 'image_alt' in " + ContentFiles.languageName(lang) + " too");
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
                        + link.label() + "\u201d in " + ContentFiles.languageName(lang));
            }
            return new SiteInfo.Interactive(url, label, group.flatMap(g -> g.optionalText("note")));
        });
        Map<String, String> tags = new LinkedHashMap<>();
        fields.group("tags").ifPresent(group -> {
            for (String tag : group.keys()) {
                if (!ContentFiles.SLUG.matcher(tag).matches()) {
                    problems.error(group.lineOf(tag), "bad tag '" + tag + "': give the tag as the posts write it (lowercase letters, "
                            + "digits and hyphens), then its name in " + ContentFiles.languageName(lang));
                    continue;
                }
                group.optionalText(tag).ifPresent(name -> tags.put(tag, name));
            }
        });
        if (opened.foundErrors() || title == null) {
            problems.warning(0, "the site is not offered in " + ContentFiles.languageName(lang) + " until this file's errors are fixed");
            return Optional.empty();
        }
        if (!SiteWords.of(lang).language().equals(lang.split("-")[0])) {
            problems.warning(0, "the site's own words (menus, headings, dates) are not written in " + ContentFiles.languageName(lang)
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
        Optional<String> video = group.optionalText("video").flatMap(v -> files.mediaPath(group, "video", v));
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
        Optional<SiteInfo.MediaImage> poster = files.image(group, "poster", "poster_alt");
        Optional<String> captions = group.optionalText("captions").flatMap(v -> files.mediaPath(group, "captions", v));
        Optional<String> link = group.optionalLink("link", false);
        if (problems.errorCount() > before || poster.isEmpty()) return Optional.empty();
        return Optional.of(new SiteInfo.Trailer(title, video, embed, poster.get(), captions, link));
    }
}
