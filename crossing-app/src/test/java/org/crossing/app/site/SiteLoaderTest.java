package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossing.app.site.SiteFolder.givenSite;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.crossing.story.syntax.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLoaderTest {

    @TempDir
    Path dir;

    private static List<String> messages(Site site) {
        return site.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsAPostWithItsFrontMatterAndRendersTheMarkdown() {
        Site site = givenSite(dir).with("news/2013-04-27-hot-docs.md", """
                ---
                title: Canadian premiere at *Hot Docs*
                date: 2013-04-27
                tags: [festivals, hot-docs]
                author: Ann
                summary: Three screenings in Toronto.
                ---
                # Three screenings

                The film plays **three** times. <script>alert(1)</script>
                """).load();

        assertThat(messages(site)).isEmpty();
        Post post = site.post("2013-04-27-hot-docs").orElseThrow();
        assertThat(post.title()).isEqualTo("Canadian premiere at Hot Docs");
        assertThat(post.date()).isEqualTo(LocalDate.of(2013, 4, 27));
        assertThat(post.tags()).containsExactly("festivals", "hot-docs");
        assertThat(post.author()).contains("Ann");
        assertThat(post.summary()).isEqualTo("Three screenings in Toronto.");
        assertThat(post.html())
                .contains("<h2>Three screenings</h2>")
                .contains("<strong>three</strong>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void aPostWithoutSummaryIsSummarisedByItsFirstParagraph() {
        Site site = givenSite(dir).withPost("a", "2013-02-15", "interactive", "The interactive is *live*.\n\nMore.").load();

        assertThat(site.post("a").orElseThrow().summary()).isEqualTo("The interactive is live.");
    }

    @Test
    void postsComeNewestFirstAndTagsAreCounted() {
        Site site = givenSite(dir)
                .withPost("old", "2013-02-15", "interactive", "x")
                .withPost("new", "2013-06-06", "press, interactive", "x")
                .withPost("mid", "2013-04-27", "festivals", "x")
                .load();

        assertThat(site.posts()).extracting(Post::slug).containsExactly("new", "mid", "old");
        assertThat(site.tags()).containsExactly(
                java.util.Map.entry("festivals", 1), java.util.Map.entry("interactive", 2), java.util.Map.entry("press", 1));
        assertThat(site.postsTagged("interactive")).extracting(Post::slug).containsExactly("new", "old");
    }

    @Test
    void aBadDateIsReportedWithItsLineAndThePostIsSkipped() {
        Site site = givenSite(dir)
                .with("news/bad.md", """
                        ---
                        title: Bad
                        tags: [news]
                        date: 2013-02-30
                        ---
                        Text.
                        """)
                .with("news/worse.md", """
                        ---
                        title: Worse
                        date: April 27
                        ---
                        """)
                .withPost("good", "2013-04-27", "news", "Fine.")
                .load();

        assertThat(messages(site)).contains(
                "news/bad.md:4: error: bad date '2013-02-30' in 'date': there is no such day",
                "news/worse.md:3: error: bad date 'April 27' in 'date': write it as YYYY-MM-DD, e.g. 2013-04-27");
        assertThat(site.posts()).extracting(Post::slug).containsExactly("good");
    }

    @Test
    void aTagThatIsNotLowercaseWithHyphensIsReportedWithASuggestion() {
        Site site = givenSite(dir).with("news/a.md", """
                ---
                title: A
                date: 2013-04-27
                tags: [festivals, North Korea]
                ---
                """).load();

        assertThat(messages(site)).containsExactly(
                "news/a.md:4: error: bad tag 'North Korea': a tag is lowercase letters, digits and hyphens, e.g. 'north-korea'");
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void brokenFrontMatterIsReportedAndTheRestOfTheSiteStillLoads() {
        Site site = givenSite(dir)
                .with("news/no-front-matter.md", "Just text.\n")
                .with("news/never-closed.md", "---\ntitle: Open\ndate: 2013-04-27\n\nText.\n")
                .with("news/bad-yaml.md", "---\ntitle: One\ndate: 2013-04-27\ntags: [a, b\n---\nText.\n")
                .with("news/list.md", "---\n- just\n- a list\n---\n")
                .withPost("good", "2013-04-27", "news", "Fine.")
                .load();

        assertThat(messages(site)).containsExactly(
                "news/bad-yaml.md:4: error: broken YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
                "news/list.md:2: error: expected fields like 'title: ...', one per line",
                "news/never-closed.md:1: error: broken front matter: the '---' on line 1 is never closed by another '---' line",
                "news/no-front-matter.md:1: error: broken front matter: the file must start with a line '---', then fields like 'title: ...', then another '---'");
        assertThat(site.posts()).extracting(Post::slug).containsExactly("good");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        Site site = givenSite(dir).with("news/a.md", "---\ntags: [x]\n---\n").load();

        assertThat(messages(site)).containsExactly(
                "news/a.md:2: error: missing required field 'title'",
                "news/a.md:2: error: missing required field 'date'");
    }

    @Test
    void anUnknownFieldIsAWarningWithTheLikelyName() {
        Site site = givenSite(dir).with("news/a.md", "---\ntitle: A\ndate: 2013-04-27\ntags: [x]\nsumary: Oops\n---\n").load();

        assertThat(messages(site)).containsExactly("news/a.md:5: warning: unknown field 'sumary' (did you mean 'summary'?); it is ignored");
        assertThat(site.posts()).hasSize(1);
    }

    @Test
    void aFieldGivenTwiceIsAnError() {
        Site site = givenSite(dir).with("news/a.md", "---\ntitle: A\ndate: 2013-04-27\ntitle: B\ntags: [x]\n---\n").load();

        assertThat(messages(site)).containsExactly("news/a.md:4: error: field 'title' is given twice (first on line 2)");
    }

    @Test
    void linksToUnknownPostsTagsFestivalsAndMediaAreReportedAtTheirLine() {
        Site site = givenSite(dir)
                .withPost("hot-docs", "2013-04-27", "festivals", "x")
                .with("news/links.md", """
                        ---
                        title: Links
                        date: 2013-05-01
                        tags: [festivals]
                        ---
                        See [the premiere](/news/hot-doc) and [festivals](/news/tag/festivals).

                        Also [tagged](/news/tag/nope), [a festival](/screenings/cannes) and ![a still](/media/still.jpg).
                        And [outside](https://example.org) and [the player](/play/the-defector).
                        """)
                .load();

        assertThat(messages(site)).containsExactly(
                "news/links.md:6: error: link to an unknown post 'hot-doc': /news/hot-doc (did you mean /news/hot-docs?)",
                "news/links.md:8: error: link to an unknown tag 'nope': /news/tag/nope",
                "news/links.md:8: error: link to an unknown festival 'cannes': /screenings/cannes",
                "news/links.md:8: error: link to an unknown file media/still.jpg: /media/still.jpg");
        assertThat(site.posts()).hasSize(2);
    }

    @Test
    void anImageMustExistAndHaveATextAlternative() {
        Site site = givenSite(dir)
                .with("media/poster.jpg", "jpg")
                .with("news/a.md", "---\ntitle: A\ndate: 2013-04-27\ntags: [x]\nimage: media/poster.jpg\nimage_alt: The poster\n---\n")
                .with("news/b.md", "---\ntitle: B\ndate: 2013-04-27\ntags: [x]\nimage: media/poster.jpg\n---\n")
                .with("news/c.md", "---\ntitle: C\ndate: 2013-04-27\ntags: [x]\nimage: media/missing.jpg\nimage_alt: Gone\n---\n")
                .load();

        assertThat(site.post("a").orElseThrow().image()).contains(new SiteInfo.MediaImage("/media/poster.jpg", "The poster", 0, 0));
        assertThat(messages(site)).containsExactly(
                "news/b.md:5: error: 'image' needs 'image_alt': a short description of the image for people who cannot see it",
                "news/c.md:5: error: unknown file 'media/missing.jpg' in 'image': there is no media/missing.jpg in the site folder");
    }

    @Test
    void aFileNameThatIsNotAnAddressIsReported() {
        Site site = givenSite(dir).with("news/Hot Docs.md", "---\ntitle: A\ndate: 2013-04-27\n---\n").load();

        assertThat(messages(site)).containsExactly("news/Hot Docs.md: error: bad file name 'Hot Docs.md': the name is the page's "
                + "address, so use lowercase letters, digits and hyphens, e.g. 2013-04-27-hot-docs.md");
    }

    @Test
    void readsAFestivalWithTimedAndUntimedScreenings() {
        Site site = givenSite(dir).with("screenings/hot-docs-2013.md", """
                ---
                name: Hot Docs Canadian International Documentary Festival
                city: Toronto
                country: Canada
                timezone: America/Toronto
                start: 2013-04-25
                end: 2013-05-05
                website: https://hotdocs.ca
                screenings:
                  - date: 2013-04-27
                    time: "21:00"
                    venue: Scotiabank Theatre
                    room: Cinema 4
                    notes: [Canadian premiere, Q&A with the director]
                  - date: 2013-05-04
                    time: 18:30
                    venue: The Regent
                ---
                The festival's twentieth year.
                """).load();

        assertThat(messages(site)).isEmpty();
        Festival festival = site.festival("hot-docs-2013").orElseThrow();
        assertThat(festival.zone()).contains(ZoneId.of("America/Toronto"));
        assertThat(festival.screenings()).hasSize(2);
        Screening first = festival.screenings().get(0);
        assertThat(first.time()).contains(LocalTime.of(21, 0));
        assertThat(first.venueAndRoom()).isEqualTo("Scotiabank Theatre, Cinema 4");
        assertThat(first.notes()).containsExactly("Canadian premiere", "Q&A with the director");
        assertThat(festival.screenings().get(1).time()).contains(LocalTime.of(18, 30));
        assertThat(festival.html()).contains("twentieth");
    }

    @Test
    void screeningErrorsAreReportedAndOnlyTheBrokenScreeningIsSkipped() {
        Site site = givenSite(dir).with("screenings/fest.md", """
                ---
                name: Fest
                city: Doha
                country: Qatar
                start: 2013-04-18
                end: 2013-04-21
                screenings:
                  - date: 2013-04-19
                    time: "19:00"
                  - date: 2013-04-20
                    time: 9pm
                    kind: gala
                  - date: 2013-04-21
                ---
                """).load();

        assertThat(messages(site)).containsExactly(
                "screenings/fest.md:9: error: a screening with a time needs the festival's 'timezone', e.g. America/Toronto",
                "screenings/fest.md:11: error: bad time '9pm' in 'time': write the local time on a 24-hour clock, e.g. 21:00 (in quotes)",
                "screenings/fest.md:12: error: bad kind 'gala': use one of screening, panel, installation, presentation");
        assertThat(site.festival("fest").orElseThrow().screenings()).extracting(Screening::number).containsExactly(3);
    }

    @Test
    void anUnknownTimeZoneIsReported() {
        Site site = givenSite(dir).with("screenings/f.md", """
                ---
                name: F
                city: Auckland
                country: New Zealand
                timezone: Auckland
                start: 2013-04-11
                ---
                """).load();

        assertThat(messages(site)).containsExactly(
                "screenings/f.md:5: error: unknown time zone 'Auckland' in 'timezone': use a name from the tz database, e.g. America/Toronto");
    }

    @Test
    void festivalsAreUpcomingUntilTheirLastDay() {
        Site site = givenSite(dir)
                .with("screenings/past.md", "---\nname: P\ncity: C\ncountry: X\nstart: 2013-03-15\nend: 2013-03-24\n---\n")
                .with("screenings/now.md", "---\nname: N\ncity: C\ncountry: X\nstart: 2013-04-18\nend: 2013-04-21\n---\n")
                .with("screenings/later.md", "---\nname: L\ncity: C\ncountry: X\nstart: 2013-06-12\n---\n")
                .load();
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2013-04-21T12:00:00Z"), java.time.ZoneOffset.UTC);

        assertThat(site.upcoming(clock)).extracting(Festival::slug).containsExactly("now", "later");
        assertThat(site.past(clock)).extracting(Festival::slug).containsExactly("past");
    }

    @Test
    void readsPressAndAwards() {
        Site site = givenSite(dir).with("press.yaml", """
                press:
                  - outlet: Toronto Film Scene
                    quote: Compelling as a movie.
                    date: 2013-04-26
                    link: https://thetfs.ca/
                  - outlet: Nobody
                awards:
                  - year: 2013
                    name: Sheffield Innovation Award
                    by: Sheffield Doc/Fest
                    status: nominated
                  - year: 13
                    name: Bad year
                    status: won
                  - year: 2014
                    name: Status missing
                """).load();

        assertThat(messages(site)).containsExactly(
                "press.yaml:6: error: a press entry needs a 'title' (the article's headline) or a 'quote'",
                "press.yaml:12: error: bad year '13' in 'year': write four digits, e.g. 2013",
                "press.yaml:15: error: missing required field 'status'");
        assertThat(site.press()).extracting(PressItem::outlet).containsExactly("Toronto Film Scene");
        assertThat(site.awards()).singleElement().satisfies(award -> {
            assertThat(award.status()).isEqualTo(Award.Status.NOMINATED);
            assertThat(award.by()).contains("Sheffield Doc/Fest");
        });
    }

    @Test
    void aSiteWithoutSiteYamlStillLoadsWithAnError() {
        Site site = new SiteFolder(dir).withPost("a", "2013-02-15", "x", "y").load();

        assertThat(messages(site)).containsExactly(
                "site.yaml: error: missing site.yaml: the site's title and logline come from it (see docs/site.md)");
        assertThat(site.posts()).hasSize(1);
    }

    @Test
    void readsTheTrailerAndTheWayIntoTheInteractive() {
        Site site = givenSite(dir)
                .with("media/poster.jpg", "jpg")
                .with("site.yaml", SiteFolder.SITE_YAML + """
                        trailer:
                          embed: https://player.vimeo.com/video/1
                          poster: media/poster.jpg
                          poster_alt: A woman at a river at night
                        """)
                .load();

        assertThat(messages(site)).isEmpty();
        SiteInfo.Trailer trailer = site.info().trailer().orElseThrow();
        assertThat(trailer.embed()).contains("https://player.vimeo.com/video/1");
        assertThat(trailer.poster().src()).isEqualTo("/media/poster.jpg");
        assertThat(site.info().interactive().orElseThrow().url()).isEqualTo("/play/the-defector");
    }

    @Test
    void aTrailerEmbedWithAUserInfoPartIsRefusedSoThatItCannotWidenThePolicy() {
        Site site = givenSite(dir)
                .with("media/poster.jpg", "jpg")
                .with("site.yaml", SiteFolder.SITE_YAML + """
                        trailer:
                          embed: https://x;script-src%20'unsafe-inline'%20*;report-uri%20x@player.example/video/1
                          poster: media/poster.jpg
                          poster_alt: A woman at a river at night
                        """)
                .load();

        assertThat(messages(site)).containsExactly("site.yaml:9: error: the trailer's 'embed' address must be a plain https://HOST/PATH, "
                + "without a user name, password or characters a policy header cannot carry: "
                + "https://x;script-src%20'unsafe-inline'%20*;report-uri%20x@player.example/video/1");
        assertThat(site.info().trailer()).isEmpty();
    }

    @Test
    void theEmbedOriginIsTheParsedSchemeHostAndPortOnly() {
        assertThat(SiteInfo.Trailer.embedOrigin("https://Player.Vimeo.com:8443/video/1?x=;script-src%20*#a;b")).contains("https://player.vimeo.com:8443");
        assertThat(SiteInfo.Trailer.embedOrigin("https://www.youtube-nocookie.com/embed/abc")).contains("https://www.youtube-nocookie.com");
        assertThat(SiteInfo.Trailer.embedOrigin("https://user:pass@player.example/v")).isEmpty();
        assertThat(SiteInfo.Trailer.embedOrigin("https://x;y@player.example/v")).isEmpty();
        assertThat(SiteInfo.Trailer.embedOrigin("http://player.example/v")).isEmpty();
    }

    @Test
    void dataAndJavascriptLinksAreRefusedAndNeverRendered() {
        Site site = givenSite(dir)
                .withPost("a", "2013-04-27", "news", "[x](data:text/html;base64,PHNjcmlwdD4=) ![y](data:image/svg+xml,<svg/onload=alert(1)>) "
                        + "[z](JavaScript:alert(1)) [ok](https://example.org/)")
                .load();

        assertThat(messages(site)).containsExactly(
                "news/a.md:6: error: link to 'data:text/html;base64,PHNjcmlwdD4=' refused: links use http, https or mailto, and images come from media/",
                "news/a.md:6: error: link to 'data:image/svg+xml,<svg/onload=alert(1)>' refused: links use http, https or mailto, and images come from media/",
                "news/a.md:6: error: link to 'JavaScript:alert(1)' refused: links use http, https or mailto, and images come from media/");
        String html = site.posts().get(0).html();
        assertThat(html).doesNotContain("data:").doesNotContainIgnoringCase("javascript:").contains("href=\"https://example.org/\">ok</a>");
    }

    @Test
    void aMissingFolderIsAnIoErrorNotADiagnostic() {
        assertThatThrownBy(() -> SiteLoader.load(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anEmptyFolderWithOnlySiteYamlIsAValidSite() {
        Site site = givenSite(dir).load();

        assertThat(messages(site)).isEmpty();
        assertThat(site.posts()).isEmpty();
        assertThat(site.festivals()).isEmpty();
        assertThat(site.press()).isEmpty();
        assertThat(site.info().title()).isEqualTo("The Defector");
    }

    // ---- translations

    @Test
    void aTranslationBesideItsOriginalGivesTheEntryInTheSitesOtherLanguage() {
        Site site = givenSite(dir)
                .with("site.ko.yaml", "title: 디펙터\nlogline: 두 여성과 브로커 한 명.\ninteractive:\n  label: 시작하기\ntags:\n  festivals: 영화제\n"
                        + "translated_from: " + SITE_YAML_WORDS + "\n")
                .withPost("a", "2013-02-15", "festivals", "See [the news](/news) and [a file](/media/x.png).")
                .with("news/a.ko.md", "---\ntitle: 첫 글\ntranslated_from: ccbcec54\n---\n[소식](/news#top)을 보세요.\n")
                .withPost("b", "2013-02-16", "festivals", "Untranslated.")
                .load();

        assertThat(messages(site)).containsExactly("news/a.md:6: error: link to an unknown file media/x.png: /media/x.png");
        assertThat(site.info().languages()).containsExactly("en", "ko");
        assertThat(site.info().in("ko").title()).isEqualTo("디펙터");
        assertThat(site.info().in("ko").interactive().orElseThrow().url()).isEqualTo("/play/the-defector?lang=ko");
        assertThat(site.info().in("ko").tag("festivals")).isEqualTo("영화제");
        EntryText korean = site.post("a").orElseThrow().in("ko");
        assertThat(korean.lang()).isEqualTo("ko");
        assertThat(korean.title()).isEqualTo("첫 글");
        assertThat(korean.summary()).isEqualTo("소식을 보세요.");
        assertThat(korean.html()).isEqualTo("<p><a rel=\"nofollow\" href=\"/news?lang=ko#top\">소식</a>을 보세요.</p>\n");
        EntryText fallback = site.post("b").orElseThrow().in("ko");
        assertThat(fallback.lang()).isEqualTo("en");
        assertThat(fallback.title()).isEqualTo("Post b");
        assertThat(site.post("a").orElseThrow().in("en").html())
                .isEqualTo("<p>See <a rel=\"nofollow\" href=\"/news?lang=en\">the news</a> and <a rel=\"nofollow\" href=\"/media/x.png\">a file</a>.</p>\n");
    }

    @Test
    void aSiteWithoutTranslationsKeepsItsAddressesAsTheyAre() {
        Site site = givenSite(dir).withPost("a", "2013-02-15", "festivals", "See [the news](/news).").load();

        assertThat(site.info().languages()).containsExactly("en");
        assertThat(site.info().multilingual()).isFalse();
        assertThat(site.post("a").orElseThrow().in("en").html()).isEqualTo("<p>See <a rel=\"nofollow\" href=\"/news\">the news</a>.</p>\n");
    }

    /** The fingerprint of SiteFolder's site.yaml words, as check-site gives it to a translation that lacks one. */
    private static final String SITE_YAML_WORDS = "f59b1333";

    @Test
    void aTranslationOfScreeningsOrPressThatDoesNotMatchItsOriginalReadsInTheOriginalWithTheReasonAndStaleOnesAreNamed() {
        Site site = givenSite(dir)
                .with("site.ko.yaml", "title: 디펙터\nlogline: 로그라인.\ninteractive:\n  label: 시작하기\ntranslated_from: " + SITE_YAML_WORDS + "\n")
                .with("screenings/hot-docs-2013.md", SiteFolder.HOT_DOCS)
                .with("screenings/hot-docs-2013.ko.md", SiteFolder.hotDocsInKorean("""
                        screenings:
                          - venue: 스코샤뱅크 극장
                            notes: [캐나다 첫 상영]
                          - venue: 리젠트 극장
                            address: 리젠트 거리
                        translated_from: 00000000
                        """))
                .with("press.yaml", "press:\n  - outlet: NK News\n    quote: A must-see.\nawards:\n  - year: 2013\n    name: Award\n    status: won\n")
                .with("press.ko.yaml", "translated_from: 00000000\npress:\n  - outlet: NK뉴스\n    quote: 꼭 볼 작품.\n  - outlet: 하나 더\n")
                .load();

        List<String> messages = messages(site);
        assertThat(messages).contains(
                "screenings/hot-docs-2013.ko.md:7: warning: screening 1 (2013-04-27): the original has 'room'; give it in Korean too "
                        + "(until then this screening reads in the original)",
                "press.ko.yaml:2: warning: press.yaml has 1 press entry under 'press' and this translation 2: give one entry for each, "
                        + "in the same order; until then they read in the original",
                "press.ko.yaml:1: warning: no 'awards': press.yaml has 1 award; until they are given in Korean they read in the original");
        assertThat(messages).anyMatch(m -> m.startsWith("screenings/hot-docs-2013.ko.md:10: warning: unknown field 'address'"));
        assertThat(messages).anyMatch(m -> m.startsWith("screenings/hot-docs-2013.ko.md:11: warning: stale: screenings/hot-docs-2013.md has "
                + "changed since this translation was made from it (translated_from: 00000000, now "));
        assertThat(messages).anyMatch(m -> m.startsWith("press.ko.yaml:1: warning: stale: press.yaml has changed since this translation"));
        assertThat(site.staleTranslations("ko")).containsExactly("screenings/hot-docs-2013.ko.md", "press.ko.yaml");
        FestivalText korean = site.festivals().get(0).in("ko");
        assertThat(korean.screening(1)).isEmpty();
        assertThat(korean.screening(2).orElseThrow().venueAndRoom()).isEqualTo("리젠트 극장");
        assertThat(site.press().get(0).in("ko")).isEmpty();
        assertThat(site.awards().get(0).in("ko")).isEmpty();
    }

    @Test
    void aPressEntryOrAwardWhoseTranslationLeavesOutAWordOfItsOriginalReadsInTheOriginalWithTheWordsNamed() {
        Site site = givenSite(dir)
                .with("site.ko.yaml", "title: 디펙터\nlogline: 로그라인.\ninteractive:\n  label: 시작하기\ntranslated_from: " + SITE_YAML_WORDS + "\n")
                .with("press.yaml", """
                        press:
                          - outlet: NK News
                            title: Review
                            quote: A must-see.
                          - outlet: Toronto Star
                            title: Hot Docs
                        awards:
                          - year: 2013
                            name: Innovation Award
                            category: Best web doc
                            status: won
                          - year: 2014
                            name: Audience Prize
                            status: nominated
                        """)
                .with("press.ko.yaml", """
                        translated_from: 00000000
                        press:
                          - outlet: NK뉴스
                            quote: 꼭 볼 작품.
                          - title: 핫독스
                            quote: 인용
                            rating: 5
                        awards:
                          - name: 혁신상
                          - category: 웹 다큐
                            recipient: 제작진
                        """)
                .load();

        assertThat(messages(site)).filteredOn(m -> m.startsWith("press.ko.yaml:") && !m.contains("stale")).containsExactly(
                "press.ko.yaml:3: warning: press entry 1 (NK News): the original has 'title'; give it in Korean too "
                        + "(until then this entry reads in the original)",
                "press.ko.yaml:6: warning: 'quote' that the original does not have; it is ignored",
                "press.ko.yaml:7: warning: unknown field 'rating'; it is ignored",
                "press.ko.yaml:9: warning: award 1 (Innovation Award): the original has 'category'; give it in Korean too "
                        + "(until then this award reads in the original)",
                "press.ko.yaml:10: warning: 'category' that the original does not have; it is ignored",
                "press.ko.yaml:10: warning: award 2 (Audience Prize): the original has 'name'; give it in Korean too "
                        + "(until then this award reads in the original)",
                "press.ko.yaml:11: warning: 'recipient' that the original does not have; it is ignored");
        assertThat(site.press().get(0).in("ko")).isEmpty();
        assertThat(site.press().get(1).in("ko")).contains(new PressText(Optional.empty(), Optional.empty(), Optional.of("핫독스"),
                Optional.empty()));
        assertThat(site.awards()).allMatch(award -> award.in("ko").isEmpty());
    }

    @Test
    void translationsThatCannotBeShownAreReportedWithTheReason() {
        Site site = givenSite(dir)
                .with("site.ko.yaml", "title: 디펙터\nlogline: 로그라인.\ninteractive:\n  label: 시작하기\ntranslated_from: " + SITE_YAML_WORDS + "\n")
                .with("site.KO.yaml", "title: x\n")
                .withPost("a", "2013-02-15", "festivals", "Text.")
                .with("news/a.fr.md", "---\ntitle: Premier\n---\nTexte.\n")
                .with("news/a.en.md", "---\ntitle: First\n---\nText.\n")
                .with("news/ghost.ko.md", "---\ntitle: 유령\n---\n")
                .with("news/a.ko.md", "---\ntitle: 첫 글\ndate: 2013-02-15\ntags: [x]\nsumary: 요약\ntranslated_from: 4901cb91\n---\n[없는 글](/news/nothing)\n")
                .with("pages/p.md", "---\ntitle: P\n---\nText.\n")
                .with("pages/p.ko.md", "---\nsummary: 요약\ntranslated_from: 4fd0932c\n---\n본문.\n")
                .load();

        assertThat(messages(site)).containsExactlyInAnyOrder(
                "site.KO.yaml: error: bad file name 'site.KO.yaml': the site in another language is site.LANG.yaml, with a language tag "
                        + "in lower case, e.g. site.ko.yaml",
                "news/a.en.md: warning: the site is written in English (site.yaml's 'language'): a translation into it is not shown",
                "news/a.fr.md: warning: the site has no French version (there is no site.fr.yaml), so this translation is not shown",
                "news/ghost.ko.md: error: a translation of news/ghost.md, which does not exist: a translation is named after its "
                        + "original, e.g. news/NAME.ko.md",
                "news/a.ko.md:3: warning: 'date' is the original's (news/a.md): a translation gives author, image_alt, summary, title "
                        + "and the text; it is ignored",
                "news/a.ko.md:4: warning: 'tags' is the original's (news/a.md): a translation gives author, image_alt, summary, title "
                        + "and the text; it is ignored",
                "news/a.ko.md:5: warning: unknown field 'sumary' (did you mean 'summary'?); it is ignored",
                "news/a.ko.md:8: error: link to an unknown post 'nothing': /news/nothing",
                "pages/p.ko.md:2: error: missing required field 'title'");
        assertThat(site.post("a").orElseThrow().in("ko").title()).isEqualTo("첫 글");
        // a broken translation leaves the original in its place
        assertThat(site.page("p").orElseThrow().in("ko").lang()).isEqualTo("en");
    }
}
