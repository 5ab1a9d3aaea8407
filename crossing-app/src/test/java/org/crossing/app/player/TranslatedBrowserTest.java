package org.crossing.app.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.RunningNode;
import org.junit.jupiter.api.AfterEach;
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
    static final RunningNode running = RunningNode.serving(data -> {
        Path stories = Files.createDirectories(data.resolve("stories"));
        Files.createSymbolicLink(stories.resolve("market-day"), ExampleStoriesTest.EXAMPLES.resolve("market-day").toAbsolutePath().normalize());
        Files.createDirectories(BrowserTest.SCREENSHOTS);
        return stories;
    });
    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
    }

    private Page open(String locale, boolean javaScript) {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale(locale)
                .setJavaScriptEnabled(javaScript));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    private static void settle(Page page) {
        page.waitForFunction("() => !document.querySelector('main').classList.contains('swap-out')");
        page.waitForTimeout(400);
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
        assertThat(page.locator("#choices-title")).hasText("어떻게 하겠습니까?");
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("scene-ko-1280.png")).setFullPage(true));
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
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("ending-ko-1280.png")).setFullPage(true));
        List<Rule> violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze().getViolations();
        assertThat(violations).as(violations.stream().map(Rule::getId).collect(Collectors.joining(", "))).isEmpty();
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
}
