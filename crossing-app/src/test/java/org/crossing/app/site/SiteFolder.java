package org.crossing.app.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds a site folder for a test, file by file. */
final class SiteFolder {

    /** During the 2013 run: Hot Docs is to come, Thessaloniki is over. */
    static final Clock APRIL_20_2013 = Clock.fixed(Instant.parse("2013-04-20T12:00:00Z"), ZoneOffset.UTC);
    /** Hot Docs under way: one of its screenings past, two to come. */
    static final Clock APRIL_28_2013 = Clock.fixed(Instant.parse("2013-04-28T12:00:00Z"), ZoneOffset.UTC);
    /** The site's address, as {@link #SITE_YAML} gives it. */
    static final String BASE = "https://defector.example";

    static final String SITE_YAML = """
            title: The Defector
            logline: Two women, a broker and five thousand kilometres.
            url: https://defector.example
            author: The production
            interactive:
              url: /play/the-defector
              label: Begin the interactive
            """;

    /** A festival with two timed screenings, one with tickets. */
    static final String HOT_DOCS = """
            ---
            name: Hot Docs
            city: Toronto
            country: Canada
            timezone: America/Toronto
            start: 2013-04-25
            end: 2013-05-05
            notes: [Canadian premiere]
            screenings:
              - date: 2013-04-27
                time: "21:00"
                venue: Scotiabank Theatre
                room: Cinema 4
                notes: [Canadian premiere]
              - date: 2013-05-04
                time: "18:30"
                venue: The Regent
                tickets: https://hotdocs.ca/tickets
            ---
            The festival's twentieth edition.
            """;

    /**
     * {@link #HOT_DOCS} in Korean: the festival's words, then {@code rest} (what a test's
     * translation gives of the screenings, a {@code translated_from}) and the front matter's end.
     */
    static String hotDocsInKorean(String rest) {
        return """
                ---
                name: 핫독스
                city: 토론토
                country: 캐나다
                notes: [캐나다 첫 상영]
                """ + rest + "---\n";
    }

    /** A festival to come after Hot Docs, without screenings announced. */
    static final String SHEFFIELD = """
            ---
            name: Sheffield Doc/Fest
            city: Sheffield
            country: United Kingdom
            start: 2013-06-12
            end: 2013-06-16
            ---
            """;

    /** A festival over before Hot Docs, without screenings announced. */
    static final String THESSALONIKI = """
            ---
            name: Thessaloniki Documentary Festival
            city: Thessaloniki
            country: Greece
            start: 2013-03-15
            end: 2013-03-24
            ---
            """;

    private final Path root;

    SiteFolder(Path root) {
        this.root = root;
    }

    static SiteFolder givenSite(Path root) {
        return new SiteFolder(root).with("site.yaml", SITE_YAML);
    }

    SiteFolder with(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    SiteFolder withPost(String slug, String date, String tags, String body) {
        return with("news/" + slug + ".md", """
                ---
                title: Post %s
                date: %s
                tags: [%s]
                ---
                %s
                """.formatted(slug, date, tags, body));
    }

    Path path() {
        return root;
    }

    Site load() {
        try {
            return SiteLoader.load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
