package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.site.SiteFolder.givenSite;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossing.app.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SiteRoutesTest {

    /** A site with a trailer, two posts, two festivals (one to come), press, a page, a post with a bad date, and a link out of its media folder. */
    @RegisterExtension
    static final ServedSite site = ServedSite.of(SiteFolder.APRIL_28_2013, folder -> {
        folder
                .with("media/still.png", "png")
                .with("site.yaml", SiteFolder.SITE_YAML + """
                        trailer:
                          embed: https://player.vimeo.com/video/1
                          poster: media/still.png
                          poster_alt: A river at night
                        """)
                .with("news/2013-02-15-launch.md", """
                        ---
                        title: The interactive is live
                        date: 2013-02-15
                        tags: [interactive, launch]
                        summary: Open to everyone <today>.
                        image: media/still.png
                        image_alt: A river at night
                        ---
                        The web doc is **live**. <script>alert('x')</script> [Festivals](/news/tag/festivals).
                        """)
                .with("news/2013-04-22-hot-docs.md", """
                        ---
                        title: Canadian premiere at Hot Docs
                        date: 2013-04-22
                        tags: [festivals, premiere]
                        author: The production
                        ---
                        Three screenings in Toronto.
                        """)
                .with("screenings/hot-docs-2013.md", SiteFolder.HOT_DOCS)
                .with("screenings/thessaloniki-2013.md", SiteFolder.THESSALONIKI)
                .with("press.yaml", """
                        press:
                          - outlet: Toronto Film Scene
                            quote: Compelling as a movie.
                            date: 2013-04-26
                            link: https://thetfs.ca/
                        awards:
                          - year: 2013
                            name: Sheffield Innovation Award
                            by: Sheffield Doc/Fest
                            status: nominated
                          - year: 2014
                            name: Diversity Award
                            status: won
                        """)
                .with("pages/about.md", "---\ntitle: About the film\nsummary: Who made it.\n---\nMade in *Toronto*.\n")
                .with("news/broken.md", "---\ntitle: Broken\ndate: yesterday\n---\n");
        // A link in the media folder that leads out of it.
        Files.createSymbolicLink(folder.path().resolve("media/link.txt"),
                Files.writeString(folder.path().resolveSibling("secret.txt"), "outside the site"));
    });

    @TempDir
    Path dir;

    private static TestSiteServer server() {
        return site.server();
    }

    private String page(String path) {
        HttpResponse<String> response = server().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String html = response.body();
        assertThat(html).as(path)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains("<main id=\"main\"")
                .contains("<nav class=\"site-nav\" aria-label=\"Site\">")
                .contains("<meta property=\"og:title\"")
                .contains("<meta property=\"og:url\" content=\"https://defector.example" + path + "\">")
                .doesNotContain("<script>")
                .doesNotContain(" style=")
                .doesNotContain(" onclick=");
        return html;
    }

    @Test
    void theHomePageShowsTitleLoglineTrailerLatestNewsUpcomingScreeningsAndTheWayIn() {
        String html = page("/");

        assertThat(html)
                .contains("<title>The Defector</title>")
                .contains("<h1 id=\"title\">The Defector</h1>")
                .contains("Two women, a broker and five thousand kilometres.")
                .contains("<a class=\"primary\" href=\"/play/the-defector\">Begin the interactive</a>")
                .contains("<a class=\"trailer-load\" href=\"https://player.vimeo.com/video/1\" data-embed=\"https://player.vimeo.com/video/1\"")
                .contains("<img src=\"/media/still.png\" alt=\"A river at night\"")
                .contains("<a href=\"/news/2013-04-22-hot-docs\">Canadian premiere at Hot Docs</a>")
                .contains("<a href=\"/screenings/hot-docs-2013\">Hot Docs</a>")
                .doesNotContain("Thessaloniki")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\"");
        assertThat(html).doesNotContain("aria-current=\"page\"");
        assertThat(server().get("/").headers().firstValue("Content-Security-Policy"))
                .hasValue(TestSiteServer.CSP + "; frame-src https://player.vimeo.com");
        assertThat(server().get("/news").headers().firstValue("Content-Security-Policy")).hasValue(TestSiteServer.CSP);
    }

    @Test
    void theNewsListIsNewestFirstWithTagsAndSkipsTheBrokenPost() {
        String html = page("/news");

        assertThat(html).contains("aria-current=\"page\">News</a>");
        assertThat(html.indexOf("Canadian premiere at Hot Docs")).isLessThan(html.indexOf("The interactive is live"));
        assertThat(html).contains("<a class=\"tag\" href=\"/news/tag/festivals\">festivals</a>")
                .contains("Open to everyone &lt;today&gt;.")
                .doesNotContain("Broken");
    }

    @Test
    void theNewsIsPaginated() throws Exception {
        site.serveInstead(TestSiteServer.start(SiteSource.load(site.folder(), site.clock()), site.clock(), new SiteOptions("/", 1, List.of(), null)));

        String first = page("/news");
        String second = page("/news/page/2");

        assertThat(first).contains("Canadian premiere at Hot Docs").doesNotContain("The interactive is live")
                .contains("<a rel=\"next\" href=\"/news/page/2\">Older posts</a>").contains("Page 1 of 2");
        assertThat(second).contains("The interactive is live").contains("<a rel=\"prev\" href=\"/news\">Newer posts</a>");
        assertThat(server().get("/news/page/3").statusCode()).isEqualTo(404);
        assertThat(server().get("/news/page/1").headers().firstValue("Location")).contains("/news");
    }

    @Test
    void aPostPageRendersItsMarkdownEscapedWithItsTagsAndNeighbours() {
        String html = page("/news/2013-02-15-launch");

        assertThat(html)
                .contains("<title>The interactive is live · The Defector</title>")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:image\" content=\"https://defector.example/media/still.png\">")
                .contains("<time datetime=\"2013-02-15\">15 February 2013</time>")
                .contains("The web doc is <strong>live</strong>. &lt;script&gt;alert('x')&lt;/script&gt;")
                .contains("<a class=\"tag\" href=\"/news/tag/launch\">launch</a>")
                .contains("Newer: <a href=\"/news/2013-04-22-hot-docs\">Canadian premiere at Hot Docs</a>");
    }

    @Test
    void aTagArchiveListsOnlyItsPostsAndItsFeed() {
        String html = page("/news/tag/festivals");

        assertThat(html)
                .contains("<h1>Posts tagged “festivals”</h1>")
                .contains("Canadian premiere at Hot Docs")
                .doesNotContain("The interactive is live")
                .contains("href=\"/news/tag/festivals/feed.atom\"");
        assertThat(server().get("/news/tag/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void theTagListCountsPosts() {
        String html = page("/news/tags");

        assertThat(html).contains("<a class=\"tag\" href=\"/news/tag/festivals\">festivals</a> <span class=\"count\">1 post</span>");
    }

    @Test
    void screeningsAreGroupedByFestivalUpcomingThenPastWithLocalTimes() {
        String html = page("/screenings");

        assertThat(html.indexOf("Upcoming")).isLessThan(html.indexOf("Hot Docs"));
        assertThat(html.indexOf("Hot Docs")).isLessThan(html.indexOf("<h2 id=\"past-title\">Past</h2>"));
        assertThat(html.indexOf("<h2 id=\"past-title\">Past</h2>")).isLessThan(html.indexOf("Thessaloniki"));
        assertThat(html)
                .contains("<time datetime=\"2013-04-27T21:00-04:00\">Saturday 27 April 2013, 9:00 PM <abbr title=\"local time\">EDT</abbr></time>")
                .contains("Scotiabank Theatre, Cinema 4")
                .contains("<a href=\"https://hotdocs.ca/tickets\">Tickets</a>")
                .contains("href=\"/screenings/hot-docs-2013/2.ics\"")
                .contains("25 April – 5 May 2013")
                .contains("15–24 March 2013")
                .contains("<a href=\"/screenings.ics\">");
    }

    @Test
    void aFestivalPageShowsItsScreeningsAndText() {
        String html = page("/screenings/hot-docs-2013");

        assertThat(html).contains("<h1>Hot Docs</h1>").contains("twentieth edition").contains("<span class=\"badge\">Canadian premiere</span>");
    }

    @Test
    void calendarsAreServedAsICalendar() {
        HttpResponse<String> all = server().get("/screenings.ics");
        HttpResponse<String> one = server().get("/screenings/hot-docs-2013/1.ics");
        HttpResponse<String> festival = server().get("/screenings/thessaloniki-2013.ics");

        assertThat(all.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        assertThat(all.body()).startsWith("BEGIN:VCALENDAR").contains("UID:hot-docs-2013-2@defector.example").doesNotContain("hot-docs-2013-1@");
        assertThat(one.body()).contains("DTSTART;TZID=America/Toronto:20130427T210000");
        assertThat(festival.body()).contains("DTSTART;VALUE=DATE:20130315");
        assertThat(server().get("/screenings/hot-docs-2013/9.ics").statusCode()).isEqualTo(404);
        assertThat(server().get("/screenings/cannes.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void thePressPageShowsQuotesAndAwardsWithStatus() {
        String html = page("/press");

        assertThat(html)
                .contains("<blockquote><p>Compelling as a movie.</p></blockquote>")
                .contains("<a href=\"https://thetfs.ca/\">Toronto Film Scene</a>")
                .contains("<span class=\"badge\">Nominated</span> <strong>Sheffield Innovation Award</strong>, 2013")
                .contains("<li class=\"award won\">");
    }

    @Test
    void aboutPagesAreListedAndRendered() {
        assertThat(page("/about")).contains("<a href=\"/about/about\">About the film</a>");
        assertThat(page("/about/about")).contains("Made in <em>Toronto</em>.");
    }

    @Test
    void feedsSitemapAndRobotsAreServed() {
        assertThat(server().get("/feed.atom").headers().firstValue("Content-Type")).contains("application/atom+xml; charset=utf-8");
        assertThat(server().get("/feed.atom").body()).contains("<id>https://defector.example/news/2013-02-15-launch</id>");
        assertThat(server().get("/news/tag/launch/feed.atom").body()).contains("The interactive is live").doesNotContain("Hot Docs");
        assertThat(server().get("/sitemap.xml").body()).contains("<loc>https://defector.example/news/tag/premiere</loc>");
        assertThat(server().get("/robots.txt").body()).contains("Sitemap: https://defector.example/sitemap.xml");
    }

    @Test
    void mediaIsServedAndNothingOutsideTheMediaFolder() {
        HttpResponse<String> still = server().get("/media/still.png");

        assertThat(still.statusCode()).isEqualTo(200);
        assertThat(still.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(server().get("/media/../site.yaml").statusCode()).isEqualTo(404);
        assertThat(server().get("/media/%2e%2e/site.yaml").statusCode()).isEqualTo(404);
        assertThat(server().get("/media/link.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownAddressesGetTheSitesNotFoundPage() {
        HttpResponse<String> response = server().get("/news/no-such-post");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>").contains("There is no such post.");
    }

    @Test
    void assetsAreFingerprintedAndCachedForAYear() {
        String html = page("/");
        assertThat(html).containsPattern("<link rel=\"stylesheet\" href=\"/assets/app\\.[0-9a-f]{10}\\.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/site-assets/site\\.[0-9a-f]{10}\\.css\">");
        String css = html.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\">.*", "$1");

        HttpResponse<String> response = server().get(css);

        assertThat(css).matches("/site-assets/site\\.[0-9a-f]{10}\\.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
    }

    @Test
    void aTrailerFileIsPlayedByTheBrowsersOwnPlayerAndLoadsNothingUntilPlayed() throws Exception {
        Folders.copy(site.folder(), dir.resolve("site"));
        givenSite(dir.resolve("site")).with("media/trailer.mp4", "mp4").with("media/trailer.vtt", "WEBVTT").with("site.yaml", SiteFolder.SITE_YAML + """
                trailer:
                  video: media/trailer.mp4
                  captions: media/trailer.vtt
                  poster: media/still.png
                  poster_alt: A river at night
                """);
        site.serveInstead(TestSiteServer.start(dir.resolve("site"), site.clock()));

        assertThat(page("/"))
                .contains("<video controls preload=\"none\" poster=\"/media/still.png\" aria-label=\"Trailer\">")
                .contains("<source src=\"/media/trailer.mp4\">")
                .contains("<track kind=\"captions\" src=\"/media/trailer.vtt\" srclang=\"en\" label=\"Captions\" default>");
    }

    @Test
    void theSitesImageOpensTheHomePageWithItsSizeAndTextAlternative() throws Exception {
        Folders.copy(site.folder(), dir.resolve("site"));
        givenSite(dir.resolve("site"))
                .with("media/opening.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1600 900\" width=\"1600\" height=\"900\"></svg>")
                .with("site.yaml", SiteFolder.SITE_YAML + """
                        image: media/opening.svg
                        image_alt: A woman in the snow looks across the frozen river
                        """);
        site.serveInstead(TestSiteServer.start(dir.resolve("site"), site.clock()));

        assertThat(page("/")).contains("<section class=\"hero\" aria-labelledby=\"title\">\n<img class=\"hero-picture\" src=\"/media/opening.svg\" "
                + "alt=\"A woman in the snow looks across the frozen river\" width=\"1600\" height=\"900\" fetchpriority=\"high\">\n<h1 id=\"title\">");
        // a link preview cannot show an SVG: the page is shared without a picture rather than with a broken one
        assertThat(page("/")).doesNotContain("og:image");
        // the site without an image opens with its title
        site.serveInstead(TestSiteServer.start(site.folder(), site.clock()));
        assertThat(page("/")).doesNotContain("hero-picture");
    }

    @Test
    void aSiteWithNothingButItsTitleRendersEveryPageGracefully() {
        givenSite(dir);
        site.serveInstead(TestSiteServer.start(dir, site.clock()));

        assertThat(page("/")).contains("No news yet.").contains("No screenings are announced at the moment.");
        assertThat(page("/news")).contains("No news yet.");
        assertThat(page("/news/tags")).contains("No post has a tag yet.");
        assertThat(page("/screenings")).contains("No screenings are announced at the moment.").doesNotContain("Past");
        assertThat(page("/press")).contains("No press yet.").contains("No awards or nominations yet.");
        assertThat(server().get("/about").statusCode()).isEqualTo(404);
        assertThat(server().get("/feed.atom").statusCode()).isEqualTo(200);
        assertThat(server().get("/screenings.ics").body()).startsWith("BEGIN:VCALENDAR");
    }
}
