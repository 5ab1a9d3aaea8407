package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A story with a translation over real HTTP: the language asked for, carried through the journey, and counted with every other. */
class TranslatedPagesTest {

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(data -> {
        Path stories = Files.createDirectories(data.resolve("stories"));
        Files.createSymbolicLink(stories.resolve("market-day"), ExampleStoriesTest.EXAMPLES.resolve("market-day").toAbsolutePath().normalize());
        return stories;
    });

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
        assertThat(html).contains("<html lang=\"ko\">", "<title>장날</title>", "<h1>장날</h1>",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"" + running.base() + "/s/market-day?lang=en\">",
                "<link rel=\"alternate\" hreflang=\"ko\" href=\"" + running.base() + "/s/market-day?lang=ko\">",
                "<a href=\"/s/market-day?lang=en\" hreflang=\"en\" lang=\"en\">English</a>",
                "<span aria-current=\"page\" lang=\"ko\">한국어</span>",
                "<h2 id=\"note-title\">내용 안내</h2>", "<p>굶주림과 경찰 단속이 나옵니다.</p>",
                "<form method=\"post\" action=\"/s/market-day/begin?lang=ko\" class=\"begin\">", ">시작하기</button>",
                "<a href=\"/s/market-day/sources?lang=ko\">출처</a>", "<footer class=\"site\" lang=\"ko\">");

        assertThat(get("/s/market-day", "en-GB,en;q=0.9")).contains("<html lang=\"en\">", "<h1>Market Day</h1>", ">Begin</button>",
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
                "<h2 id=\"choices-title\">어떻게 하겠습니까?</h2>", "<span class=\"label\">자루 위에 재봉틀을 펼쳐 놓는다</span>",
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
        // the share card's address is the share page's with the card's file name: no language in between
        assertThat(home).containsPattern("src=\"http://[^\"]+/s/market-day/share/[A-Za-z0-9_.-]+/card[^\"?]*[.]png\"");
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
