package org.crossing.app.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.testing.BrowserPages.assertNoAxeViolations;
import static org.crossing.app.testing.BrowserPages.screenshot;
import static org.crossing.app.testing.BrowserPages.settle;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The player in Korean in a real browser: market-day's translation, chosen by the browser's language and by the switcher. */
class TranslatedBrowserTest {

    @RegisterExtension
    @Order(1)
    static final BrowserPerClass chromium = new BrowserPerClass();
    @RegisterExtension
    @Order(2)
    static final RunningNode running = RunningNode.serving(ServedStories.of().example("market-day"));

    private static Page open(String locale, boolean javaScript) {
        return open(locale, javaScript, 1280);
    }

    private static Page open(String locale, boolean javaScript, int width) {
        return chromium.open(new Browser.NewContextOptions().setViewportSize(width, 900).setLocale(locale).setJavaScriptEnabled(javaScript));
    }

    @Test
    void aKoreanBrowserPlaysToAnEndingInKorean() {
        Page page = open("ko-KR", true);
        page.navigate(running.base() + "/s/market-day");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("main h1")).hasText("장날");
        page.getByText("시작하기").click();
        assertThat(page.locator(".scene-head .chapter")).hasText("1장: 동트기 전");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("#choices-title")).hasText("어떻게 할 것인가?");
        screenshot(page, "scene-ko-1280");
        page.getByText("쌀 장수에게 자리를 봐 달라고 부탁한다").click();
        assertThat(page.locator(".others")).containsText("다른 사람들의 선택");
        page.getByText("절반에 동의한다").click();
        page.getByText("악수한다").click();
        assertThat(page.locator("main")).containsText("지금까지의 선택");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        // whichever way chance went (a sale or the patrol), the first choice ends the journey
        settle(page);
        page.locator(".choice-list button.choice").first().click();
        assertThat(page.locator(".outcome")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        screenshot(page, "ending-ko-1280");
        assertThat(page.locator("#endings-title")).hasText("모두의 여정은 어떻게 끝났나");
        assertThat(page.locator("#share-title")).hasText("결과 공유하기");
        assertThat(page.locator(".share-text")).containsText(java.util.regex.Pattern.compile("《장날》에서 내가 걸은 길: 선택 [0-9]번"));
        assertThat(page.locator("nav.after button")).hasText("다시 하기");
        assertThat(page.locator("nav.after a").last()).hasAttribute("href", "/?lang=ko");
        assertThat(page.locator(".copy-link")).hasText("링크 복사");
        page.locator(".copy-link").click();
        assertThat(page.locator(".copy-status")).hasText("링크를 복사했습니다.");
        assertNoAxeViolations(page, "the Korean ending");
    }

    @Test
    void withJavaScriptTheSwitcherOffersThePageTheJourneyIsOn() {
        Page page = open("en-GB", true);
        page.navigate(running.base() + "/s/market-day");
        page.getByText("Begin").click();
        page.getByText("Lay out the sewing machine on a sack").click();
        assertThat(page.locator(".progress")).hasText("Decisions so far: 1");
        settle(page);
        String token = page.locator("input[name=t]").getAttribute("value");
        page.locator("nav.languages").getByText("한국어").click();
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("input[name=t]")).hasAttribute("value", token);
        assertThat(page.locator(".progress")).hasText("지금까지의 선택: 1");
    }

    @Test
    void theSwitcherChangesLanguageMidJourneyAndKeepsItWithoutJavaScript() {
        Page page = open("en-GB", false);
        page.navigate(running.base() + "/s/market-day");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByText("Begin").click();
        page.getByText("Lay out the sewing machine on a sack").click();
        assertThat(page.locator(".scene-head .chapter")).hasText("Chapter 1: Before dawn");
        String token = page.locator("input[name=t]").getAttribute("value");

        page.locator("nav.languages").getByText("한국어").click();
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator(".scene-head .chapter")).hasText("1장: 동트기 전");
        assertThat(page.locator(".choice")).containsText("악수한다");
        assertThat(page.locator("input[name=t]")).hasAttribute("value", token);
        assertThat(page.locator(".progress")).hasText("지금까지의 선택: 1");

        page.getByText("악수한다").click();
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator(".scene-head .chapter")).hasText("2장: 단속");
        assertThat(page.url()).endsWith("&lang=ko");
    }

    /** Every in-player link of a Korean page, to the story's pages, keeps the journey in Korean. */
    @Test
    void aKoreanEndingOnAPhoneKeepsItsLinksInKoreanAndItsCardIsDrawnInHangul() throws Exception {
        Page page = open("ko-KR", false, 375);
        page.navigate(running.base() + "/s/market-day");
        page.getByText("시작하기").click();
        page.getByText("재봉틀을 이웃에게 맡기고 집으로 간다").click();
        assertThat(page.locator(".outcome")).hasText("되돌아감");
        assertThat(page.locator(".map-summary")).hasText("혜산 장마당에서, 2개 장");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("ending-ko-375")).setFullPage(true));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.locator("main a[href^='/']").evaluateAll("links => links.map(a => a.getAttribute('href'))");
        assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href).contains("lang=ko"));
        // "Korean line breaking that does not split words": the whole page breaks Korean at spaces only
        assertThat((String) page.locator(".share-text").evaluate("e => getComputedStyle(e).wordBreak")).isEqualTo("keep-all");

        // the share card in Korean, drawn with fonts that have Hangul (Java draws empty boxes for what its fonts lack)
        String card = page.locator(".share-card").getAttribute("src");
        assertThat(card).endsWith("/card.png?lang=ko");
        byte[] png = page.request().get(card).body();
        Files.write(BrowserPages.file("share-card-ko"), png);
        assertThat(png).isNotEmpty();
        for (java.awt.Font font : List.of(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 30),
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 30), new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.ITALIC, 38))) {
            assertThat(font.canDisplayUpTo("되돌아감 2천 원을 들고 장마당에서 집으로 돌아갔다 장날")).as(font + " draws Hangul (install fonts-noto-cjk)").isEqualTo(-1);
        }

        page.navigate(page.locator("#share-url").inputValue());
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator(".journey")).hasText("《장날》의 한 여정: 선택 1번, 혜산 장마당에서.");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("share-ko-375")).setFullPage(true));
        page.getByText("직접 해 보기").click();
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("#choices-title")).hasText("어떻게 할 것인가?");
    }

    @Test
    void anUnknownAddressAnswersInKorean() {
        Page page = open("ko-KR", true, 375);
        com.microsoft.playwright.Response response = page.navigate(running.base() + "/s/market-day/nowhere/at/all");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("h1")).hasText("페이지를 찾을 수 없습니다");
        assertThat(page.locator("main a")).hasText("이야기 보기");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("404-ko-375")).setFullPage(true));
        page.locator("main a").click();
        assertThat(page.locator("h1")).hasText("인터랙티브 다큐멘터리");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
    }
}
