package org.crossing.app.site;

import java.util.List;

/**
 * What the site's templates show: plain values, already formatted. Public because the
 * generated template classes live in another package. Every string is escaped by the
 * templates except {@code html} fields, which hold Markdown rendered with raw HTML escaped.
 */
public final class SiteViews {

    private SiteViews() {}

    /**
     * The page's head and frame: title, description, canonical address and Open Graph data,
     * the stylesheets and script, the feeds to advertise, and the navigation.
     */
    public record Head(String title, String description, String lang, String canonical, String ogType, String ogImage,
                       String ogImageAlt, String siteName, List<String> css, String js, List<Link> feeds, Nav nav) {}

    public record Link(String href, String label) {}

    /**
     * The site's navigation: {@code home} is the home page's path, {@code current} the section
     * the page belongs to (home, news, screenings, press, about).
     */
    public record Nav(String siteTitle, String home, String current, boolean hasPages, Link interactive) {

        public String ariaCurrent(String section) {
            return section.equals(current) ? "page" : null;
        }
    }

    public record Image(String src, String alt) {}

    public record PostCard(String url, String title, String date, String isoDate, String summary, List<Link> tags) {}

    public record Pagination(int page, int pages, String previous, String next) {}

    public record ScreeningView(String date, String isoStart, String time, String zone, String kind, String title, String venue,
                                String address, String tickets, List<String> notes, String ics, boolean past) {}

    public record FestivalView(String url, String name, String place, String dates, String website, List<String> notes,
                               List<ScreeningView> screenings, String ics, List<String> sources, String html) {}

    public record TrailerView(String title, String video, String embed, Image poster, String captions, String link) {}

    public record PressView(String outlet, String author, String title, String quote, String date, String isoDate, String link) {}

    public record AwardView(int year, String name, String category, String by, String recipient, String status, boolean won,
                            String link) {}

    public record HomePage(Head head, String title, String logline, TrailerView trailer, Link interactive, String interactiveNote,
                           List<PostCard> latest, List<FestivalView> upcoming, boolean hasPast) {}

    public record NewsPage(Head head, String heading, String intro, List<PostCard> posts, Pagination pagination, Link feed,
                           boolean tagArchive) {}

    public record TagView(String name, String url, int count, String feed) {}

    public record TagsPage(Head head, List<TagView> tags) {}

    public record PostPage(Head head, String title, String date, String isoDate, String author, List<Link> tags, Image image,
                           String html, PostCard newer, PostCard older) {}

    public record ScreeningsPage(Head head, List<FestivalView> upcoming, List<FestivalView> past) {}

    public record FestivalPage(Head head, FestivalView festival, boolean upcoming) {}

    public record PressPage(Head head, List<PressView> press, List<AwardView> awards) {}

    public record PageCard(String url, String title, String summary) {}

    public record AboutPage(Head head, List<PageCard> pages) {}

    public record StandingPage(Head head, String title, Image image, String html) {}

    public record NotFoundPage(Head head, String message) {}
}
