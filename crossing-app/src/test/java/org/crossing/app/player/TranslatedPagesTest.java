package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A story with a translation over real HTTP: the language asked for, carried through the journey, and counted with every other. */
class TranslatedPagesTest {

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(ServedStories.of().example("market-day").theCrossing());

    private static String get(String path, String acceptLanguage) throws Exception {
        HttpResponse<byte[]> response = running.player().get(path, "Accept-Language", acceptLanguage);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theBrowsersLanguageChoosesTheLandingPagesAndTheOtherLanguagesAreLinked() throws Exception {
        HttpResponse<byte[]> response = running.player().get("/s/market-day", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8");
        assertThat(response.headers().allValues("Vary")).contains("Accept-Language");
        String html = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"ko\">", "<title>장날</title>", "<h1>장날</h1>", "<p class=\"byline\">지은이: Crossing 팀</p>",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"" + running.base() + "/s/market-day?lang=en\">",
                "<link rel=\"alternate\" hreflang=\"ko\" href=\"" + running.base() + "/s/market-day?lang=ko\">",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + running.base() + "/s/market-day\">",
                "<a href=\"/s/market-day?lang=en\" hreflang=\"en\" lang=\"en\">English</a>",
                "<span aria-current=\"page\" lang=\"ko\">한국어</span>",
                "<h2 id=\"note-title\">내용 안내</h2>", "<p>굶주림과 경찰 단속이 나옵니다.</p>",
                "<form method=\"post\" action=\"/s/market-day/begin?lang=ko\" class=\"begin\">", ">시작하기</button>",
                "<a href=\"/s/market-day/sources?lang=ko\">출처</a>", "<footer class=\"site\" lang=\"ko\">");

        assertThat(get("/s/market-day", "en-GB,en;q=0.9")).contains("<html lang=\"en\">", "<h1>Market Day</h1>", "<p class=\"byline\">By Crossing team</p>", ">Begin</button>",
                "<span aria-current=\"page\" lang=\"en\">English</span>", "<a href=\"/s/market-day?lang=ko\" hreflang=\"ko\" lang=\"ko\">한국어</a>");
        // the switcher's choice wins over the browser's; a language the story is not in does not
        assertThat(get("/s/market-day?lang=en", "ko")).contains("<html lang=\"en\">", "<h1>Market Day</h1>");
        assertThat(get("/s/market-day?lang=fr", "fr, ko;q=0.5")).contains("<html lang=\"ko\">");
        assertThat(get("/s/market-day", "fr, de;q=0.5")).contains("<html lang=\"en\">");
        assertThat(get("/s/market-day", "not a header;;q=x")).contains("<html lang=\"en\">");
        assertThat(get("/s/market-day/sources?lang=ko", "en")).contains("<h1>출처</h1>", "<meta name=\"description\" content=\"장날에 담긴 사실의 출처 1건",
                "<cite>Nothing to Envy: Ordinary Lives in North Korea (한국어판: 《부러울 것 없어라》)</cite>");
    }

    @Test
    void aJourneyBegunInKoreanStaysInKoreanAndCanSwitchLanguageKeepingItsState() throws Exception {
        HttpResponse<String> begun = running.player().post("/s/market-day/begin?lang=ko");
        assertThat(begun.statusCode()).isEqualTo(303);
        String location = begun.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/s/market-day/play?t=").endsWith("&lang=ko");

        String scene = get(location, "en");
        assertThat(scene).contains("<html lang=\"ko\">", "<meta name=\"description\" content=\"1장: 동트기 전 · 혜산 장마당. ", "<h1 id=\"scene-title\">동트기 전, 장마당이 여자들로 가득 찬다.</h1>", "<span class=\"chapter\">1장: 동트기 전</span>",
                "<p class=\"place\">혜산 장마당</p>", "<p>송 씨에게는 팔 재봉틀 한 대와 2천 원이 있다.</p>",
                "<p class=\"fact-label\">사실</p>", "<form method=\"post\" action=\"/s/market-day/play?lang=ko\" class=\"choices\"",
                "<h2 id=\"choices-title\">어떻게 할 것인가?</h2>", "<span class=\"label\">자루 위에 재봉틀을 펼쳐 놓는다</span>",
                "<p class=\"progress\">지금까지의 선택: 0</p>");
        String token = new Player.Page(200, scene, location).token();

        // the same journey in English: the same scene, its words in English
        String english = get(location.replace("&lang=ko", "&lang=en"), "ko");
        assertThat(english).contains("<html lang=\"en\">", "<h1 id=\"scene-title\">Before dawn the market fills with women.</h1>", "<span class=\"chapter\">Chapter 1: Before dawn</span>",
                "<span class=\"label\">Lay out the sewing machine on a sack</span>", "<input type=\"hidden\" name=\"t\" value=\"" + token + "\">");

        // a choice posted from the Korean page leads to the next page in Korean
        HttpResponse<String> chosen = running.player().post("/s/market-day/play?lang=ko", "t", token, "c", "2");
        String next = chosen.headers().firstValue("Location").orElseThrow();
        assertThat(next).endsWith("&lang=ko");
        String home = get(next, "en");
        assertThat(home).contains("<html lang=\"ko\">", "<p class=\"outcome\">되돌아감</p>", "2천 원을 들고 장마당에서 집으로 돌아갔다",
                "언덕길을 올라 집으로 간다. 빈손이다.", "<h2 id=\"others-title\" class=\"others-title\">다른 사람들의 선택</h2>",
                "<form method=\"post\" action=\"/s/market-day/begin?lang=ko\">");
        // the share card's address is the share page's with the card's file name, then the language
        assertThat(home).containsPattern("src=\"http://[^\"]+/s/market-day/share/[A-Za-z0-9_.-]+/card[.]png[?]lang=ko\"");
    }

    @Test
    void theKoreanRouteStripNamesWhereSheIsByThePlacesShortNameWithoutItsCountry() throws Exception {
        Story story = running.node().catalog().get("the-crossing").story();
        List<Object> initial = story.variables().stream().map(Variable::initial).toList();
        State inYanji = Engine.placed(story, story.scene("yanji_kitchen").orElseThrow().index(), initial, 1);
        String address = running.journeyAt("the-crossing", inYanji).substring(running.base().length());

        String korean = get(address + "&lang=ko", "ko");
        String strip = korean.replaceAll("(?s).*(<div class=\"map-strip route-strip\">.*?</div>).*", "$1");
        // As the English strip says "Yanji" for "Yanji, China", the Korean one says "옌지" for "중국 옌지":
        // the country is named on the map.
        assertThat(strip).contains(">옌지</text>", "<text class=\"map-country\"", ">중국</text>").doesNotContain("중국 옌지");
        assertThat(strip).containsPattern("<p class=\"strip-label\">[^<]* · 옌지</p>");
        // the scene's own place line keeps the full name
        assertThat(korean).contains("<p class=\"place\">중국 옌지</p>");
        String english = get(address + "&lang=en", "en");
        assertThat(english.replaceAll("(?s).*(<div class=\"map-strip route-strip\">.*?</div>).*", "$1"))
                .contains(">Yanji</text>").containsPattern("<p class=\"strip-label\">[^<]* · Yanji</p>");
    }

    @Test
    void theEndingPageSpeaksKoreanAndItsLinksStayInKorean() throws Exception {
        String begun = running.player().post("/s/market-day/begin?lang=ko").headers().firstValue("Location").orElseThrow();
        String token = new Player.Page(200, get(begun, "ko"), begun).token();
        String ended = running.player().post("/s/market-day/play?lang=ko", "t", token, "c", "2").headers().firstValue("Location").orElseThrow();

        String ending = get(ended, "en");

        assertThat(ending).contains("<html lang=\"ko\">", "<p class=\"story-title\"><a href=\"/s/market-day?lang=ko\">장날</a></p>",
                "<p class=\"journey\">선택 1번, 혜산 장마당에서.</p>", "<h2 id=\"map-title\">지나온 길</h2>",
                "<title id=\"map-desc\">지나온 길 지도: 혜산 장마당</title>", "<figcaption class=\"map-summary\">혜산 장마당에서, 2개 장</figcaption>",
                "<p class=\"sources-note\">이 이야기의 모든 사실은 출판된 자료 1편에서 가져왔습니다. <a href=\"/s/market-day/sources?lang=ko\">출처 보기</a></p>",
                "<h2 id=\"share-title\">결과 공유하기</h2>", "<label for=\"share-url\">결과 링크</label>",
                "data-copied=\"링크를 복사했습니다.\" hidden>링크 복사</button>",
                "<p class=\"share-text\">2천 원을 들고 장마당에서 집으로 돌아갔다. 《장날》에서 내가 걸은 길: 선택 1번, 혜산 장마당에서.</p>",
                "alt=\"되돌아감: 2천 원을 들고 장마당에서 집으로 돌아갔다. 선택 1번, 혜산 장마당에서.\"",
                "<h2 id=\"endings-title\">모두의 여정은 어떻게 끝났나</h2>", "<span class=\"you\">(내 결말)</span>",
                "<nav class=\"after\" aria-label=\"이야기가 끝난 뒤\">", "<button class=\"primary\" type=\"submit\">다시 하기</button>",
                "<a href=\"/s/market-day/sources?lang=ko\">출처</a>", "<a href=\"/?lang=ko\">모든 이야기</a>",
                "<a href=\"" + ended.replace("&lang=ko", "&amp;lang=en") + "\" hreflang=\"en\" lang=\"en\">English</a>");
        assertThat(ending).containsPattern("<p>지금까지 [0-9]+개의 여정이 끝났습니다[.]</p>");
        // a journey's page is one player's: it switches language, but gives search engines no alternates
        assertThat(ending).doesNotContain("Share your outcome", "Play again", "How everyone", "Your route", "decision", "<link rel=\"alternate\"");

        // the share page in Korean: its link carries the language, and so do its card and the way into the story
        String shareUrl = ending.replaceAll("(?s).*id=\"share-url\" type=\"url\" readonly value=\"([^\"]+)\".*", "$1");
        assertThat(shareUrl).startsWith(running.base() + "/s/market-day/share/").endsWith("?lang=ko");
        String shared = get(shareUrl.substring(running.base().length()), "en");
        assertThat(shared).contains("<html lang=\"ko\">", "<h1>2천 원을 들고 장마당에서 집으로 돌아갔다</h1>",
                "<p class=\"journey\">《장날》의 한 여정: 선택 1번, 혜산 장마당에서.</p>",
                "<form method=\"post\" action=\"/s/market-day/begin?lang=ko\" class=\"begin\">", ">직접 해 보기</button>",
                "<a href=\"/s/market-day?lang=ko\">이야기 소개</a>", "<meta property=\"og:url\" content=\"" + shareUrl + "\">",
                "<meta property=\"og:locale\" content=\"ko_KR\">\n<meta property=\"og:locale:alternate\" content=\"en_US\">\n",
                "<meta name=\"description\" content=\"되돌아감: 2천 원을 들고 장마당에서 집으로 돌아갔다. 선택 1번, 혜산 장마당에서. 인터랙티브 다큐멘터리 《장날》.\">");
        // the same outcome read in English: its summary in English, without the value the Korean player's journey gave it
        String inEnglish = get(shareUrl.substring(running.base().length()).replace("?lang=ko", "?lang=en"), "ko");
        assertThat(inEnglish).contains("<html lang=\"en\">", "<p class=\"outcome\">Turned back</p>", "<h1>Went home from the market with … thousand won</h1>",
                "<p class=\"journey\">A journey through Market Day: 1 decision, in Hyesan market.</p>", ">Play it yourself</button>",
                "<meta property=\"og:locale\" content=\"en_US\">\n<meta property=\"og:locale:alternate\" content=\"ko_KR\">\n");
    }

    /** A page the player refuses with its friendly 400. */
    private static String refused(String path, String acceptLanguage) throws Exception {
        HttpResponse<byte[]> response = running.player().get(path, "Accept-Language", acceptLanguage);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theListOfStoriesAndTheErrorPagesFollowTheBrowsersLanguage() throws Exception {
        assertThat(get("/", "ko-KR,ko;q=0.9")).contains("<html lang=\"ko\">", "<title>Crossing: 인터랙티브 다큐멘터리</title>",
                "<h1>인터랙티브 다큐멘터리</h1>", "<li class=\"story-card\">", "<h2><a href=\"/s/market-day?lang=ko\">장날</a></h2>",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"" + running.base() + "/?lang=en\">",
                "<a href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a>");
        assertThat(get("/?lang=en", "ko")).contains("<html lang=\"en\">", "<h1>Interactive documentaries</h1>",
                "<h2><a href=\"/s/market-day?lang=en\">Market Day</a></h2>");

        HttpResponse<byte[]> missing = running.player().get("/no/such/page", "Accept-Language", "ko");
        String notFound = new String(missing.body(), StandardCharsets.UTF_8);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(notFound).contains("<html lang=\"ko\">", "<title>페이지를 찾을 수 없습니다 · Crossing</title>", "<h1>페이지를 찾을 수 없습니다</h1>",
                "<p>이 주소에는 아무것도 없습니다.</p>", "<a class=\"button primary\" href=\"/?lang=ko\">이야기 보기</a>");

        HttpResponse<byte[]> broken = running.player().get("/s/market-day/play?t=broken&lang=ko", "Accept-Language", "en");
        String cannotContinue = new String(broken.body(), StandardCharsets.UTF_8);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(cannotContinue).contains("<html lang=\"ko\">", "<h1>이 여정은 이어 갈 수 없습니다</h1>",
                "<p>여정의 링크가 바뀌었거나 잘렸거나, 다른 이야기 또는 이 이야기의 이전 판의 것입니다(오류 내용: 링크의 여정이 잘렸거나 형식이 잘못됨). 처음부터 다시 시작할 수 있습니다.</p>",
                "<a class=\"button primary\" href=\"/s/market-day?lang=ko\">《장날》 처음부터 시작하기</a>");
        // the reason in English for an English page, a tampered journey as a player would bring it
        String begun = running.player().post("/s/market-day/begin?lang=en").headers().firstValue("Location").orElseThrow();
        char[] chars = begun.toCharArray();
        int changed = begun.indexOf("t=") + 7;
        chars[changed] = chars[changed] == 'A' ? 'B' : 'A';
        String tampered = new String(chars);
        assertThat(refused(tampered, "ko")).contains("<html lang=\"en\">", "<h1>This journey cannot continue</h1>",
                "<p>The link to it was changed, cut short, or belongs to another story or an earlier version of it "
                        + "(the journey in the link was changed, cut short or made for another story). You can begin again.</p>");
        assertThat(refused(tampered.replace("&lang=en", "&lang=ko"), "en")).contains("<html lang=\"ko\">",
                "(오류 내용: 링크의 여정이 바뀌었거나 잘렸거나 다른 이야기의 것임)");

        HttpResponse<byte[]> badShare = running.player().get("/s/market-day/share/nonsense", "Accept-Language", "ko");
        assertThat(badShare.statusCode()).isEqualTo(400);
        assertThat(new String(badShare.body(), StandardCharsets.UTF_8)).contains("<h1>이 공유 링크는 열리지 않습니다</h1>",
                "<a class=\"button primary\" href=\"/s/market-day?lang=ko\">《장날》 해 보기</a>");
    }

    @Test
    void choicesInEveryLanguageAreCountedTogether() throws Exception {
        String first = running.player().post("/s/market-day/begin?lang=ko").headers().firstValue("Location").orElseThrow();
        String koToken = new Player.Page(200, get(first, "ko"), first).token();
        String second = running.player().post("/s/market-day/begin?lang=en").headers().firstValue("Location").orElseThrow();
        String enToken = new Player.Page(200, get(second, "en"), second).token();
        running.player().post("/s/market-day/play?lang=ko", "t", koToken, "c", "0");
        String after = running.player().post("/s/market-day/play?lang=en", "t", enToken, "c", "0").headers().firstValue("Location").orElseThrow();
        String page = get(after, "en");
        // fewer than the 20 decisions that percentages wait for: the page says how many so far
        assertThat(page).containsPattern("How others chose shows here once 20 journeys have passed this way \\([0-9]+ so far\\)\\.");
        int total = Integer.parseInt(page.replaceAll("(?s).*\\(([0-9]+) so far\\).*", "$1"));
        assertThat(total).isGreaterThanOrEqualTo(2);
    }
}
