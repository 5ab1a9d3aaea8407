package org.crossing.app.site;

import java.util.List;
import org.crossing.app.http.OpenGraphLocales;

/**
 * What the site's templates show: plain values, already formatted. Public because the
 * generated template classes live in another package. Every string is escaped by the
 * templates except {@code html} fields, which hold Markdown rendered with raw HTML escaped.
 */
public final class SiteViews {

    private SiteViews() {}

    /**
     * The page's head and frame: title, description, canonical address and Open Graph data,
     * the stylesheets and script, the feeds to advertise, and the navigation; {@code words} the
     * site's own words in the page's language, {@code alternates} the page in each of the site's
     * languages (empty for a site in one) with {@code xDefault} its address without a language,
     * and {@code linkLanguage} what the page's links to the site carry (null: nothing).
     */
    public record Head(String title, String description, String lang, String canonical, String ogType, String ogImage,
                       String ogImageAlt, String siteName, List<String> css, String js, List<Link> feeds, Nav nav,
                       SiteWords words, List<Alternate> alternates, String xDefault, String linkLanguage) {

        /** The site's message {@code key} in the page's language. */
        public String t(String key, Object... values) {
            return words.t(key, values);
        }

        public String count(String key, long count, Object... more) {
            return words.count(key, count, more);
        }

        /** {@code path} on this site, in the page's language. */
        public String href(String path) {
            return linkLanguage == null ? path : SiteLinks.inLanguage(path, linkLanguage);
        }

        /** The page's language as og:locale names it ("ko_KR"). */
        public String ogLocale() {
            return OpenGraphLocales.of(lang);
        }

        /** The page's other languages as og:locale:alternate names them. */
        public List<String> ogLocaleAlternates() {
            return OpenGraphLocales.alternates(lang, alternates.stream().map(Alternate::lang).toList());
        }

        Head withFeeds(List<Link> more) {
            return new Head(title, description, lang, canonical, ogType, ogImage, ogImageAlt, siteName, css, js, more, nav, words,
                    alternates, xDefault, linkLanguage);
        }
    }

    /**
     * The same page in one of the site's languages: {@code name} in that language ("한국어"),
     * {@code href} its address on the site, {@code url} the whole address (for hreflang).
     */
    public record Alternate(String lang, String name, String href, String url, boolean current) {}

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

    /** {@code width} and {@code height}: the picture's own, 0 when its file does not say. */
    public record Image(String src, String alt, int width, int height) {
        public Image(String src, String alt) {
            this(src, alt, 0, 0);
        }
    }

    /**
     * {@code lang}: the language of the post's text when it is not the page's (an original shown where
     * the translation is missing), null otherwise; {@code note} then says so, in the page's language.
     */
    public record PostCard(String url, String title, String date, String isoDate, String summary, List<Link> tags, String lang,
                           String note) {}

    public record Pagination(int page, int pages, String previous, String next) {}

    /**
     * {@code lang}: the language of the screening's title, venue and notes when they are not the
     * page's (a screening its festival's translation does not give), else null.
     */
    public record ScreeningView(String date, String isoStart, String time, String zone, String kind, String title, String venue,
                                String address, String tickets, List<String> notes, String ics, boolean past, String lang) {}

    /**
     * {@code lang}: the language of the festival's words when they are not the page's, else null;
     * {@code screeningsLang} the same for the original's words a translation keeps (addresses).
     */
    public record FestivalView(String url, String name, String place, String dates, String website, List<String> notes,
                               List<ScreeningView> screenings, String ics, List<String> sources, String html, String lang,
                               String screeningsLang) {}

    public record TrailerView(String title, String video, String embed, Image poster, String captions, String link,
                              String captionsLang) {}

    /**
     * A press entry as the page shows it: in the page's language when a translation gives it
     * ({@code lang} null), else the original's with {@code lang} its language. {@code title} is
     * always the original headline ({@code titleLang} its language on a translated page), and
     * {@code titleGloss} the translation's rendering of it, shown beside.
     */
    public record PressView(String outlet, String author, String title, String quote, String date, String isoDate, String link,
                            String lang, String titleLang, String titleGloss) {}

    /** {@code lang}: the language of the award's words when they are not the page's (no translation gives them), else null. */
    public record AwardView(int year, String name, String category, String by, String recipient, String status, boolean won,
                            String link, String lang) {}

    /** {@code picture}: site.yaml's image, shown at the top of the page; null when it has none. */
    public record HomePage(Head head, Image picture, String title, String logline, TrailerView trailer, Link interactive, String interactiveNote,
                           List<PostCard> latest, List<FestivalView> upcoming, boolean hasPast) {}

    public record NewsPage(Head head, String heading, String intro, List<PostCard> posts, Pagination pagination, Link feed,
                           boolean tagArchive) {}

    public record TagView(String name, String url, int count, String feed) {}

    public record TagsPage(Head head, List<TagView> tags) {}

    /** {@code lang} and {@code note}: as for {@link PostCard}, the whole post then in its original language. */
    public record PostPage(Head head, String title, String date, String isoDate, String author, List<Link> tags, Image image,
                           String html, PostCard newer, PostCard older, String lang, String note) {}

    public record ScreeningsPage(Head head, List<FestivalView> upcoming, List<FestivalView> past) {}

    public record FestivalPage(Head head, FestivalView festival, boolean upcoming) {}

    /** {@code lang}: the language press and awards are written in when it is not the page's, else null. */
    /** {@code translatedNote}: said once above the list when some of its quotes are translated, else null. */
    public record PressPage(Head head, List<PressView> press, List<AwardView> awards, String translatedNote) {}

    public record PageCard(String url, String title, String summary, String lang, String note) {}

    public record AboutPage(Head head, List<PageCard> pages) {}

    public record StandingPage(Head head, String title, Image image, String html, String lang, String note) {}

    public record NotFoundPage(Head head, String message) {}
}
