package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.site.SiteFolder.givenSite;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with a Korean version (site.ko.yaml) over HTTP: the language asked for or the browser's,
 * carried in every link; translated entries in Korean, the others in English marked as such; the
 * alternates, the sitemap and the feeds in each language.
 */
class TranslatedSiteTest {

    private static final String BASE = SiteFolder.BASE;

    @RegisterExtension
    static final ServedSite site = ServedSite.of(SiteFolder.APRIL_20_2013, folder -> folder
                .with("site.ko.yaml", """
                        title: 디펙터
                        logline: 두 여성과 브로커 한 명, 그리고 5,000킬로미터.
                        interactive:
                          label: 인터랙티브 시작하기
                        tags:
                          festivals: 영화제
                          premiere: 개봉
                        """)
                .with("news/2013-04-22-hot-docs.md", """
                        ---
                        title: Canadian premiere at Hot Docs
                        date: 2013-04-22
                        tags: [festivals, premiere]
                        author: The production
                        ---
                        Three screenings in Toronto: see [the festival](/screenings/hot-docs-2013#times) and [the film](/s/the-defector).
                        """)
                .with("news/2013-04-22-hot-docs.ko.md", """
                        ---
                        title: 핫독스에서 캐나다 첫 상영
                        author: 제작진
                        ---
                        토론토에서 세 번 상영합니다. [영화제 일정](/screenings/hot-docs-2013#times)과 [달력](/screenings/hot-docs-2013.ics)을 보세요.
                        """)
                .with("news/2013-02-15-launch.md", """
                        ---
                        title: The interactive is live
                        date: 2013-02-15
                        tags: [festivals]
                        summary: Open to everyone today.
                        ---
                        The web doc is live. [Hot Docs](/news/2013-04-22-hot-docs).
                        """)
                .with("screenings/hot-docs-2013.md", SiteFolder.HOT_DOCS)
                .with("screenings/hot-docs-2013.ko.md", """
                        ---
                        name: 핫독스 국제다큐멘터리영화제
                        city: 토론토
                        country: 캐나다
                        notes: [캐나다 첫 상영]
                        ---
                        올해로 스무 번째 영화제.
                        """)
                .with("screenings/sheffield-2013.md", SiteFolder.SHEFFIELD)
                .with("press.yaml", """
                        press:
                          - outlet: Toronto Film Scene
                            quote: Compelling as a movie.
                            date: 2013-04-26
                        awards:
                          - year: 2013
                            name: Sheffield Innovation Award
                            status: nominated
                        """)
                .with("pages/about.md", "---\ntitle: About the film\nsummary: Who made it.\n---\nMade in *Toronto*.\n"));

    private String page(String path) {
        return page(path, "en");
    }

    private String page(String path, String acceptLanguage) {
        HttpResponse<String> response = site.server().get(path, "Accept-Language", acceptLanguage);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void theHomePageInKoreanHasItsWordsItsLanguageAndItsAlternates() {
        String html = page("/?lang=ko");

        assertThat(html).contains("<html lang=\"ko\">", "<title>디펙터</title>",
                "<link rel=\"canonical\" href=\"" + BASE + "/?lang=ko\">",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "/?lang=en\">",
                "<link rel=\"alternate\" hreflang=\"ko\" href=\"" + BASE + "/?lang=ko\">",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "/\">",
                // Open Graph names a locale with its territory: a bare "ko" is not one
                "<meta property=\"og:locale\" content=\"ko_KR\">\n<meta property=\"og:locale:alternate\" content=\"en_US\">\n",
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom?lang=ko\" title=\"디펙터: 소식\">",
                "<a class=\"skip\" href=\"#main\">본문으로 건너뛰기</a>",
                "<nav class=\"site-nav\" aria-label=\"사이트\">",
                "<a class=\"brand\" href=\"/?lang=ko\">디펙터</a>",
                "<li><a href=\"/news?lang=ko\">소식</a></li>",
                "<li><a href=\"/screenings?lang=ko\">상영</a></li>",
                "<li><a href=\"/press?lang=ko\">언론</a></li>",
                "<li><a href=\"/about?lang=ko\">소개</a></li>",
                "<a class=\"nav-play\" href=\"/play/the-defector?lang=ko\">인터랙티브 시작하기</a>",
                "<nav class=\"languages\" aria-label=\"언어\"><ul><li><a href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a></li>"
                        + "<li><span aria-current=\"page\" lang=\"ko\">한국어</span></li></ul></nav>",
                "<p class=\"lead\">두 여성과 브로커 한 명, 그리고 5,000킬로미터.</p>",
                "<h2 id=\"latest-title\">최근 소식</h2>",
                "<h3><a href=\"/news/2013-04-22-hot-docs?lang=ko\">핫독스에서 캐나다 첫 상영</a></h3>",
                "<p class=\"meta\"><time datetime=\"2013-04-22\">2013년 4월 22일</time></p>",
                "<a class=\"tag\" href=\"/news/tag/festivals?lang=ko\">영화제</a>",
                "<h3 lang=\"en\"><a href=\"/news/2013-02-15-launch?lang=ko\">The interactive is live</a></h3>",
                "<p class=\"meta\"><time datetime=\"2013-02-15\">2013년 2월 15일</time> · <span class=\"untranslated-short\">영어 원문</span></p>",
                "<p lang=\"en\">Open to everyone today.</p>",
                "<h3><a href=\"/screenings/hot-docs-2013?lang=ko\">핫독스 국제다큐멘터리영화제</a></h3>",
                "<p class=\"meta\"><span>캐나다 토론토</span> · 2013년 4월 25일~5월 5일</p>",
                "<p><a href=\"/screenings?lang=ko\">모든 상영</a> · <a href=\"/screenings.ics\">예정된 상영 달력</a></p>",
                "<p><a href=\"/feed.atom?lang=ko\">Atom 피드</a> · <a href=\"/screenings.ics\">상영 일정 달력</a> · <a href=\"/news/tags?lang=ko\">태그</a></p>",
                "<p>Crossing으로 만들었습니다 · 추적도 쿠키도 없습니다</p>");
        assertThat(html).doesNotContain("Latest news", "Skip to content", "href=\"/news\"");
    }

    @Test
    void theBrowsersLanguageChoosesWhenTheAddressDoesNot() {
        HttpResponse<String> korean = site.server().get("/news", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8");
        assertThat(korean.headers().allValues("Vary")).contains("Accept-Language");
        assertThat(korean.body()).contains("<html lang=\"ko\">", "<h1>소식</h1>", "<link rel=\"canonical\" href=\"" + BASE + "/news?lang=ko\">");

        assertThat(page("/news", "en-GB,en;q=0.9")).contains("<html lang=\"en\">", "<h1>News</h1>",
                "<link rel=\"canonical\" href=\"" + BASE + "/news?lang=en\">", "<a href=\"/news/2013-04-22-hot-docs?lang=en\">");
        // the switcher's choice wins over the browser's; a language the site is not in does not
        assertThat(page("/news?lang=en", "ko")).contains("<html lang=\"en\">", "<h1>News</h1>");
        assertThat(page("/news?lang=fr", "fr, ko;q=0.5")).contains("<html lang=\"ko\">");
        assertThat(page("/news", "fr, de;q=0.5")).contains("<html lang=\"en\">");
        assertThat(page("/news", "not a header;;q=x")).contains("<html lang=\"en\">");
    }

    @Test
    void aTranslatedPostIsInKoreanWithLinksThatStayInKorean() {
        String html = page("/news/2013-04-22-hot-docs?lang=ko");

        assertThat(html).contains("<title>핫독스에서 캐나다 첫 상영 · 디펙터</title>",
                "<p class=\"kicker\"><a href=\"/news?lang=ko\">소식</a></p>",
                "<h1>핫독스에서 캐나다 첫 상영</h1>",
                "<p class=\"meta\"><time datetime=\"2013-04-22\">2013년 4월 22일</time> · <span>제작진</span></p>",
                "<div class=\"prose\">\n<p>토론토에서 세 번 상영합니다. <a rel=\"nofollow\" href=\"/screenings/hot-docs-2013?lang=ko#times\">영화제 일정</a>과 "
                        + "<a rel=\"nofollow\" href=\"/screenings/hot-docs-2013.ics\">달력</a>을 보세요.</p>",
                "<p class=\"tags\">태그 <a class=\"tag\" href=\"/news/tag/festivals?lang=ko\">영화제</a> "
                        + "<a class=\"tag\" href=\"/news/tag/premiere?lang=ko\">개봉</a> </p>",
                "<nav class=\"post-nav\" aria-label=\"다른 소식\">",
                "<p>이전 글: <a href=\"/news/2013-02-15-launch?lang=ko\" lang=\"en\">The interactive is live</a></p>");
        assertThat(html).doesNotContain("untranslated");
        assertThat(page("/news/2013-04-22-hot-docs?lang=en")).contains("<h1>Canadian premiere at Hot Docs</h1>",
                "<a rel=\"nofollow\" href=\"/screenings/hot-docs-2013?lang=en#times\">the festival</a>", "<a rel=\"nofollow\" href=\"/s/the-defector?lang=en\">the film</a>");
    }

    @Test
    void aPostWithoutATranslationIsShownInEnglishWithANoteInKorean() {
        String html = page("/news/2013-02-15-launch?lang=ko");

        assertThat(html).contains("<html lang=\"ko\">", "<title>The interactive is live · 디펙터</title>",
                "<p class=\"untranslated\">이 글은 아직 한국어로 번역되지 않아 영어 원문을 싣습니다.</p>",
                "<h1 lang=\"en\">The interactive is live</h1>",
                "<div class=\"prose\" lang=\"en\">\n<p>The web doc is live. <a rel=\"nofollow\" href=\"/news/2013-04-22-hot-docs?lang=ko\">Hot Docs</a>.</p>",
                "<p>다음 글: <a href=\"/news/2013-04-22-hot-docs?lang=ko\">핫독스에서 캐나다 첫 상영</a></p>");
    }

    @Test
    void newsListsAndTagArchivesAreInKorean() {
        assertThat(page("/news?lang=ko")).contains("<title>소식 · 디펙터</title>", "<meta name=\"description\" content=\"《디펙터》의 소식.\">",
                "<a href=\"/news?lang=ko\" aria-current=\"page\">소식</a>",
                "<p class=\"hint\"><a href=\"/feed.atom?lang=ko\">모든 소식의 Atom 피드</a> · <a href=\"/news/tags?lang=ko\">모든 태그</a></p>");
        assertThat(page("/news/tag/festivals?lang=ko")).contains("<title>‘영화제’ 태그가 붙은 글 · 디펙터</title>",
                "<h1>‘영화제’ 태그가 붙은 글</h1>", "<p class=\"lead\">글 2개, 최근 글부터.</p>",
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/news/tag/festivals/feed.atom?lang=ko\" title=\"디펙터: ‘영화제’ 태그가 붙은 글\">",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "/news/tag/festivals?lang=en\">",
                "<a href=\"/news/tag/festivals/feed.atom?lang=ko\">‘영화제’ 태그가 붙은 글의 Atom 피드</a> · <a href=\"/news?lang=ko\">모든 소식</a>");
        assertThat(page("/news/tags?lang=ko")).contains("<h1>태그</h1>",
                "<li><a class=\"tag\" href=\"/news/tag/festivals?lang=ko\">영화제</a> <span class=\"count\">글 2개</span> "
                        + "<a class=\"feed\" href=\"/news/tag/festivals/feed.atom?lang=ko\">피드<span class=\"visually-hidden\"> (‘영화제’ 태그가 붙은 글)</span></a></li>");
    }

    @Test
    void screeningsAreInKoreanWithKoreanDatesAndTimesAndTheUntranslatedFestivalMarked() {
        String html = page("/screenings?lang=ko");

        assertThat(html).contains("<h1>상영</h1>", "<h2 id=\"upcoming-title\">예정</h2>",
                "<p class=\"hint\"><a href=\"/screenings.ics\">예정된 상영을 모두 달력에 추가</a></p>",
                "<h3><a href=\"/screenings/hot-docs-2013?lang=ko\">핫독스 국제다큐멘터리영화제</a></h3>",
                "<p class=\"badges\"><span class=\"badge\">캐나다 첫 상영</span> </p>",
                "<p class=\"when\"><time datetime=\"2013-04-27T21:00-04:00\">2013년 4월 27일 토요일, 오후 9:00 <abbr title=\"현지 시각\">",
                "<p class=\"where\" lang=\"en\">Scotiabank Theatre, Cinema 4</p>",
                "<p class=\"badges\" lang=\"en\"><span class=\"badge\">Canadian premiere</span> </p>",
                "<a href=\"https://hotdocs.ca/tickets\">예매</a> · ",
                "<a href=\"/screenings/hot-docs-2013/1.ics\" download>달력에 추가<span class=\"visually-hidden\"> (2013년 4월 27일 토요일)</span></a>",
                "<h3 lang=\"en\"><a href=\"/screenings/sheffield-2013?lang=ko\">Sheffield Doc/Fest</a></h3>",
                "<p class=\"meta\"><span lang=\"en\">Sheffield, United Kingdom</span> · 2013년 6월 12일~16일</p>",
                "<p class=\"hint\">상영 시각은 나와 있지 않습니다. <a href=\"/screenings/sheffield-2013.ics\">영화제 일정을 달력에 추가</a>.</p>");
        assertThat(page("/screenings/hot-docs-2013?lang=ko")).contains("<title>핫독스 국제다큐멘터리영화제, 토론토 · 디펙터</title>",
                "<meta name=\"description\" content=\"핫독스 국제다큐멘터리영화제(캐나다 토론토, 2013년 4월 25일~5월 5일)의 《디펙터》 상영.\">",
                "<p class=\"kicker\"><a href=\"/screenings?lang=ko\">상영</a></p>", "<div class=\"prose\"><p>올해로 스무 번째 영화제.</p>",
                "<a href=\"/screenings/hot-docs-2013.ics\" download>이곳의 상영을 모두 달력에 추가</a>");
    }

    @Test
    void theCalendarsStayTheSameInEveryLanguage() {
        HttpResponse<String> calendar = site.server().get("/screenings/hot-docs-2013/1.ics?lang=ko");

        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(calendar.body()).isEqualTo(site.server().get("/screenings/hot-docs-2013/1.ics").body()).contains("BEGIN:VCALENDAR");
    }

    @Test
    void pressAndAboutAreInKoreanWithThePressInItsOwnLanguage() {
        assertThat(page("/press?lang=ko")).contains("<h1>언론 보도와 수상</h1>", "<h2 id=\"press-title\">언론 보도</h2>",
                "<li class=\"press-item\" lang=\"en\">", "<time datetime=\"2013-04-26\">2013년 4월 26일</time>",
                "<h2 id=\"awards-title\">수상과 후보</h2>", "<span class=\"badge\">후보</span> <strong lang=\"en\">Sheffield Innovation Award</strong>");
        assertThat(page("/about?lang=ko")).contains("<h1>소개</h1>", "<article class=\"post-card\" lang=\"en\">",
                "<h2><a href=\"/about/about?lang=ko\">About the film</a></h2>",
                "<p class=\"meta untranslated-short\" lang=\"ko\">영어 원문</p>");
    }

    @Test
    void translatedScreeningsAndPressReadInKoreanWithTheOriginalHeadlineBesideItsTranslation(@TempDir Path other) {
        givenSite(other)
                .with("site.ko.yaml", "title: 디펙터\n")
                .with("screenings/hot-docs-2013.md", SiteFolder.HOT_DOCS)
                .with("screenings/hot-docs-2013.ko.md", SiteFolder.hotDocsInKorean("""
                        screenings:
                          - venue: 스코샤뱅크 극장
                            room: 4관
                            notes: [캐나다 첫 상영]
                          - {}
                        """))
                .with("press.yaml", """
                        press:
                          - outlet: NK News
                            title: "Film Review: 'The Defector'"
                            quote: A must-see.
                            date: 2013-03-20
                          - outlet: Toronto Star
                            title: Hot Docs
                            date: 2013-04-26
                        awards:
                          - year: 2013
                            name: Sheffield Innovation Award
                            by: Sheffield Doc/Fest
                            status: nominated
                        """)
                .with("press.ko.yaml", """
                        press:
                          - outlet: NK뉴스
                            title: "영화 리뷰: 《디펙터》"
                            quote: 꼭 봐야 할 작품.
                          - outlet: 토론토 스타
                        awards:
                          - name: 셰필드 혁신상
                            by: 셰필드 다큐페스트
                        """);
        try (TestSiteServer korean = TestSiteServer.start(other, site.clock())) {
            String festival = korean.get("/screenings/hot-docs-2013?lang=ko").body();
            assertThat(festival).contains("<p class=\"where\">스코샤뱅크 극장, 4관</p>",
                    "<p class=\"badges\"><span class=\"badge\">캐나다 첫 상영</span> </p>",
                    // the second entry gives nothing, but its original has a venue: it stays in English, marked
                    "<p class=\"where\" lang=\"en\">The Regent</p>");
            assertThat(festival).doesNotContain("Scotiabank", "Cinema 4");

            String press = korean.get("/press?lang=ko").body();
            assertThat(press).contains("<p class=\"hint\">인용문은 영어 원문을 옮긴 것입니다. 기사 제목은 원제를 그대로 두고 대괄호 안에 번역을 붙였습니다.</p>",
                    "<ul class=\"press-list\">", "<li class=\"press-item\">\n<blockquote><p>꼭 봐야 할 작품.</p></blockquote>",
                    "NK뉴스, <time datetime=\"2013-03-20\">2013년 3월 20일</time>",
                    "<p class=\"headline\"><span lang=\"en\">Film Review: 'The Defector'</span> [영화 리뷰: 《디펙터》]</p>",
                    // a translated entry that leaves out the headline its original has reads in the original
                    "<li class=\"press-item\" lang=\"en\">", "<p class=\"headline\">Hot Docs</p>",
                    "<span class=\"badge\">후보</span> <strong>셰필드 혁신상</strong>, 2013</p>", "<p class=\"meta\">셰필드 다큐페스트</p>");
        }
    }

    @Test
    void aMissingPageSaysSoInKorean() {
        HttpResponse<String> response = site.server().get("/news/no-such-post?lang=ko", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"ko\">", "<h1>페이지를 찾을 수 없습니다</h1>",
                "<p>그런 글은 없습니다. 옮겨졌을 수 있으니 모든 소식을 확인해 주세요.</p>",
                "<p><a href=\"/news?lang=ko\">모든 소식</a> · <a href=\"/screenings?lang=ko\">상영</a> · <a href=\"/?lang=ko\">처음으로</a></p>");
        assertThat(site.server().get("/news/tag/nothing?lang=ko").body()).contains("<p>‘nothing’ 태그가 붙은 글은 없습니다.</p>");
    }

    @Test
    void theSitemapListsEveryPageInEachLanguageWithItsAlternates() {
        String xml = site.server().get("/sitemap.xml").body();

        assertThat(xml).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">",
                "<url><loc>" + BASE + "/news/2013-04-22-hot-docs</loc><lastmod>2013-04-22</lastmod>"
                        + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "/news/2013-04-22-hot-docs?lang=en\"/>"
                        + "<xhtml:link rel=\"alternate\" hreflang=\"ko\" href=\"" + BASE + "/news/2013-04-22-hot-docs?lang=ko\"/>"
                        + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "/news/2013-04-22-hot-docs\"/></url>",
                "<url><loc>" + BASE + "/news/2013-04-22-hot-docs?lang=ko</loc><lastmod>2013-04-22</lastmod>",
                "<url><loc>" + BASE + "/?lang=ko</loc>", "<url><loc>" + BASE + "/screenings/sheffield-2013?lang=en</loc>",
                "<url><loc>" + BASE + "/about/about?lang=ko</loc>");
        assertThat(xml.split("<url>", -1)).hasSize(1 + 3 * 13);
    }

    @Test
    void theFeedsAreInEachLanguage() {
        String korean = site.server().get("/feed.atom?lang=ko").body();

        assertThat(korean).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ko\">", "<title>디펙터: 소식</title>",
                "<subtitle>두 여성과 브로커 한 명, 그리고 5,000킬로미터.</subtitle>",
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + BASE + "/feed.atom?lang=ko\"",
                "<entry><id>" + BASE + "/news/2013-04-22-hot-docs?lang=ko</id><title>핫독스에서 캐나다 첫 상영</title>",
                "<entry xml:lang=\"en\"><id>" + BASE + "/news/2013-02-15-launch?lang=ko</id><title>The interactive is live</title>");
        assertThat(site.server().get("/feed.atom").body()).contains("xml:lang=\"en\"", "<title>The Defector: news</title>");
        assertThat(site.server().get("/news/tag/premiere/feed.atom?lang=ko").body()).contains("<title>디펙터: ‘개봉’ 태그가 붙은 글</title>");
    }
}
