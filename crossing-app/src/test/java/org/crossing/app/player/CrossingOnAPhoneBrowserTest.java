package org.crossing.app.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Crossing in Korean on a phone (375 × 812, a touch screen without a keyboard), as a cold
 * playtest met it: the pages a journey reaches are opened directly, from a journey placed there.
 */
class CrossingOnAPhoneBrowserTest {

    @RegisterExtension
    @Order(1)
    static final BrowserPerClass chromium = new BrowserPerClass();
    @RegisterExtension
    @Order(2)
    static final RunningNode running = RunningNode.serving(ServedStories.of().theCrossing());

    private static Page phone() {
        Page page = chromium.open(new Browser.NewContextOptions().setViewportSize(375, 812).setHasTouch(true).setIsMobile(true).setLocale("ko-KR"));
        page.context().setDefaultNavigationTimeout(60_000); // the first load of The Crossing's pictures on a busy machine
        return page;
    }

    private static Story story() {
        return running.node().catalog().get("the-crossing").story();
    }

    /** The page of a journey placed in {@code state}, in Korean. */
    private static String address(State state) throws Exception {
        return running.journeyAt("the-crossing", state) + "&lang=ko";
    }

    /** The first scene, in the story's order, whose countdown takes one of its choices when the journey is placed there. */
    private static State timedWithItsChoice(Story story) {
        List<Object> initial = new ArrayList<>();
        for (Variable variable : story.variables()) initial.add(variable.initial());
        for (Scene scene : story.scenes()) {
            if (scene.timer() == null || scene.isChance()) continue;
            State state = Engine.placed(story, scene.index(), initial, 1);
            if (Engine.options(story, state).stream().anyMatch(o -> o.enabled() && o.timedDefault())) return state;
        }
        throw new AssertionError("The Crossing has no countdown that takes a choice");
    }

    @Test
    void theCountdownsChoiceKeepsItsWordsReadableBesideTheNote() throws Exception {
        Story story = story();
        State state = timedWithItsChoice(story);
        Page page = phone();
        page.navigate(address(state));
        Locator timed = page.locator(".choice:has(.timed-note)");
        assertThat(timed).hasCount(1);
        Story korean = running.node().catalog().get("the-crossing").in("ko").story();
        Option option = Engine.options(korean, state).stream().filter(Option::timedDefault).findFirst().orElseThrow();
        assertThat(timed.locator(".label")).hasText(org.crossing.story.play.Narrator.plain(korean, state, option.choice().label()));
        assertThat(timed.locator(".timed-note")).hasText("(시간이 다 되면 일어나는 일)");
        BoundingBox button = timed.boundingBox();
        BoundingBox words = timed.locator(".choice-text").boundingBox();
        BoundingBox label = timed.locator(".label").boundingBox();
        BoundingBox note = timed.locator(".timed-note").boundingBox();
        // The choice's words have the button's width (less its padding), and the note a line of its own below them.
        assertThat(words.width).isGreaterThan(button.width * 0.8);
        assertThat(note.y).isGreaterThanOrEqualTo(label.y + label.height - 1);
        assertThat(note.x).isEqualTo(label.x, org.assertj.core.data.Offset.offset(1.0));
        // Reached by the keyboard while the countdown runs, the choice stops above the pinned countdown, not under it.
        page.locator(".choice-list").scrollIntoViewIfNeeded();
        assertThat(page.locator(".timer")).isVisible();
        page.evaluate("() => window.scrollTo(0, 0)");
        timed.focus();
        page.waitForTimeout(300);
        assertThat(timed.boundingBox().y + timed.boundingBox().height).isLessThanOrEqualTo(page.locator(".timer").boundingBox().y + 1);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("timed-choice-ko-375")));
    }

    @Test
    void whatOthersChoseTakesTheParticleTheChoicesLastSyllableCallsFor() throws Exception {
        Page page = phone();
        page.navigate(running.base() + "/s/the-crossing?lang=ko");
        page.locator(".landing form button").first().click();
        Locator first = page.locator(".choice-list .choice .label").first();
        String label = first.textContent().strip();
        first.click();
        Locator others = page.locator(".others");
        assertThat(others).hasCount(1);
        char last = label.charAt(label.length() - 1);
        String particle = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0 ? "을" : "를";
        assertThat(others.locator("p").first()).hasText("“" + label + "”" + particle + " 골랐습니다.");
        assertThat(others).not().containsText("(를)");
    }

    @Test
    void aTouchScreenShowsNoKeyBadges() throws Exception {
        Page page = phone();
        page.navigate(running.base() + "/s/the-crossing?lang=ko");
        assertThat(page.locator(".keys-hint")).isHidden();
        page.locator(".landing form button").first().click();
        assertThat(page.locator(".choice-list .choice").first()).isVisible();
        for (Locator key : page.locator(".choice .key").all()) assertThat(key).isHidden();
    }
}
