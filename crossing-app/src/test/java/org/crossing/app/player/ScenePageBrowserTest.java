package org.crossing.app.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.testing.BrowserPages.assertNoAxeViolations;
import static org.crossing.app.testing.BrowserPages.screenshot;
import static org.crossing.app.testing.BrowserPages.settle;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scene page in Chromium: exploring a picture's hotspots, fair countdowns, what each mode
 * says, chapter openings, panoramas and sound. Plays the test story "The River".
 */
class ScenePageBrowserTest {

    /** A loop, a lone choice, a choice whose other is unavailable, a choice used up, and a countdown. */
    static final String MARKET = """
            title: The Market
            author: Crossing tests
            language: en
            start: dawn
            var money = 0 between 0 and 10
            == dawn ==
            Dawn comes.
            * Go to the market -> market
            + Look around the room -> room
            == room ==
            The room is cold.
            -> dawn
            == market ==
            The market is loud.
            * [money >= 5] Buy a phone -> phone else "You have no money"
            * Walk on -> square
            == phone ==
            A phone.
            -> square
            == square ==
            The square is empty.
            + [visits(work) < 2] Work another day -> work
            * Leave town -> river
            == work ==
            A day's work.
            + Sweep the yard -> square ~ money += 1
            == river ==
            The river is frozen.
            * Cross now -> end
            timed 6s -> end
            == end ==
            The far bank.
            ending safe: Crossed
            """;

    /** A short countdown, visible at once, that runs out to a page with choices of its own. */
    static final String GATE = """
            title: The Gate
            author: Crossing tests
            language: en
            start: gate
            == gate ==
            The guard looks away.
            * Run through -> through
            timed 2s -> seen
            == seen ==
            The guard turns back.
            * Explain -> through
            * Run anyway -> through
            == through ==
            You are through.
            ending safe: Through the gate
            """;

    @RegisterExtension
    @Order(1)
    static final BrowserPerClass chromium = new BrowserPerClass();
    @RegisterExtension
    @Order(2)
    static final RunningNode running = RunningNode.serving(ServedStories.of().testStory("river").written("market", MARKET).written("gate", GATE));

    private static Page open(int width, int height, boolean javaScript) {
        return chromium.open(width, height, javaScript);
    }

    private static Page begin(int width, int height, boolean javaScript) {
        Page page = open(width, height, javaScript);
        page.navigate(running.base() + "/s/river");
        page.getByText("Begin").click();
        assertThat(page.locator("main h1")).hasText("You crouch in the reeds.");
        return page;
    }

    @Test
    void eachSceneHasItsOwnHeadingAndTitle() {
        Page page = begin(1280, 800, true);
        assertThat(page).hasTitle("You crouch in the reeds · The Yalu, February · The River");
        assertThat(page.locator(".scene-body")).not().containsText("You crouch in the reeds.");
        assertThat(page.locator(".scene-body")).containsText("The far bank is a dark line beyond the ice.");
        page.getByText("Wait for the patrol to pass").click();
        assertThat(page.locator("main h1")).hasText("You wait.");
        assertThat(page).hasTitle("You wait · The Yalu, February · The River");
        assertThat(page.locator("main h1")).isFocused();
    }

    @Test
    void aMarkerOpensItsDetailAndThePageStaysWhereItIs() {
        Page page = begin(1280, 800, true);
        Locator marker = page.locator(".marker[href='#h1-2']");
        marker.scrollIntoViewIfNeeded();
        String url = page.url();
        marker.click();
        page.waitForTimeout(800); // the old handler re-fetched the page and closed the detail within ~200 ms
        assertThat(page.locator("details:has(#h1-2)")).hasAttribute("open", "");
        assertThat(page.locator("#h1-2 img")).isVisible();
        assertThat(page.url()).isEqualTo(url);
        assertThat((Number) page.evaluate("() => window.scrollY")).matches(y -> y.doubleValue() > 100, "the page was not scrolled back to the top");
        // Back and forward through #fragments are no moves through the journey either. (Marker 1
        // is out of the panorama's opening view: focus brings it in, as Tab does.)
        page.locator(".marker[href='#h1-1']").focus();
        page.waitForTimeout(600);
        page.locator(".marker[href='#h1-1']").click();
        page.evaluate("() => { location.hash = 'h1-3'; history.back(); }");
        page.waitForTimeout(800);
        assertThat(page.locator("details:has(#h1-1)")).hasAttribute("open", "");
        assertThat(page.locator("main h1")).hasText("You crouch in the reeds.");
    }

    @Test
    void markersStandBesideWhatTheyNameWith44PixelTargets() {
        for (int width : new int[] {375, 1280}) {
            Page page = begin(width, width == 375 ? 812 : 800, true);
            settle(page);
            for (Locator marker : page.locator(".marker").all()) {
                BoundingBox badge = marker.boundingBox();
                // the point on the subject, where the marker's line starts
                List<?> at = (List<?>) marker.evaluate("m => { const r = m.parentElement.getBoundingClientRect(); return [r.x, r.y]; }");
                assertThat(badge.width).isEqualTo(44);
                assertThat(badge.height).isEqualTo(44);
                double py = ((Number) at.get(1)).doubleValue();
                double px = ((Number) at.get(0)).doubleValue();
                boolean covers = px >= badge.x - 5 && px <= badge.x + badge.width + 5 && py >= badge.y - 5 && py <= badge.y + badge.height + 5;
                assertThat(covers).as("marker %s covers its own point at %d px", marker.getAttribute("href"), width).isFalse();
            }
            screenshot(page.locator("figure.picture").first(), "markers-" + width);
            chromium.closeContext();
        }
    }

    @Test
    void aCountdownStartsOnlyWhenTheChoicesAreInViewAndStaysPinned() {
        Page page = begin(375, 812, true);
        page.getByText("Wait for the patrol to pass").click();
        page.getByText("Continue").click();
        assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
        settle(page);
        // The choices are below the fold on a phone: nothing counts yet.
        assertThat(page.locator(".timer")).isHidden();
        assertThat(page.locator(".timed-info")).hasText("A timed decision: you will have 20 seconds once the choices are in view.");
        assertThat(page.locator(".wait")).isHidden();
        page.waitForTimeout(2000);
        assertThat(page.locator(".timer")).isHidden();
        page.locator(".choice-list").scrollIntoViewIfNeeded();
        assertThat(page.locator(".timer")).isVisible();
        page.waitForTimeout(1300);
        assertThat(Integer.parseInt(page.locator(".timer-count").textContent())).isBetween(17, 19);
        // Scrolled back up to reread, the countdown stays in view.
        page.evaluate("() => window.scrollTo(0, 0)");
        page.waitForTimeout(200);
        BoundingBox clock = page.locator(".timer").boundingBox();
        assertThat(clock.y).isBetween(0.0, 812.0 - clock.height);
        screenshot(page, "timed-pinned-375");
        // Taking one's time keeps focus on the control, and countdowns come back on from there.
        page.locator(".timer-stop").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".timer-start")).isFocused();
        assertThat(page.locator(".timed-info")).containsText("countdowns off");
        assertThat(page.locator(".wait")).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.locator(".timer")).isVisible();
        assertThat(page.locator(".timer-stop")).isFocused();
    }

    @Test
    void withoutJavaScriptAMarkerOpensItsDetail() {
        Page page = begin(1280, 800, false);
        page.locator(".marker[href='#h1-2']").click();
        // the marker's target is inside the detail, which the browser opens when it goes there
        assertThat(page.locator("details:has(#h1-2)")).hasAttribute("open", "");
        assertThat(page.locator("#h1-2 img")).isVisible();
        assertThat(page.locator("#h1-2")).isInViewport();
        assertThat(page.locator("details.hotspot[open]")).hasCount(1);
    }

    /**
     * A sound and its caption belong to their scene: the spot sound of the last page stops and its
     * caption does not come back on the next, and the bed it played over fades out without
     * speaking either; only the new page's own sound is heard and captioned.
     */
    @Test
    void aSoundsCaptionEndsWithItsSceneUnlessTheNextCarriesTheSameSound() {
        Page page = begin(1280, 800, true);
        page.locator(".sound-toggle").click();
        page.waitForFunction("() => { const a = document.querySelector('.sound-deck audio'); return a && !a.paused && a.currentTime > 0; }");
        page.getByText("Cross now").click();
        assertThat(page.locator("main h1")).hasText("The ice groans under your weight.");
        page.getByText("Keep going").click();
        assertThat(page.locator("main h1")).hasText("You climb onto the far bank.");
        // the bed carried on from the last page (the same sound); the spot speaks over it
        assertThat(page.locator(".sound-caption")).hasText("[A boat engine starts downstream]");
        page.getByText("Walk inland").click();
        assertThat(page.locator("main h1")).hasText("The road inland is empty.");
        page.evaluate("""
                () => { const line = document.querySelector('.sound-caption'); window.shown = [line.textContent];
                        new MutationObserver(() => window.shown.push(line.textContent)).observe(line, { childList: true, characterData: true, subtree: true }); }""");
        page.waitForTimeout(2000); // longer than the bed's fade, well inside the 6 s engine
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) page.evaluate("() => window.shown");
        assertThat(shown).as("what the caption line showed on the new page").contains("[A dog barks far off]")
                .allMatch(t -> t.isEmpty() || t.equals("[A dog barks far off]"));
        assertThat(page.evaluate("() => [...document.querySelectorAll('.sound-deck audio')].filter(a => !a.paused).map(a => a.querySelector('source').getAttribute('src').replace(/\\?.*/, ''))"))
                .isEqualTo(List.of("/s/river/media/dogs.ogg"));
    }

    /** A sound's captions are read in the page (the WebVTT file is only the player's track), with and without JavaScript. */
    @Test
    void aSoundsCaptionsAreShownInThePageNotAsARawFile() {
        for (boolean javaScript : new boolean[] {true, false}) {
            Page page = begin(1280, 800, javaScript);
            page.getByText("Cross now").click();
            assertThat(page.locator("main h1")).hasText("The ice groans under your weight.");
            page.locator("details.hotspot:has(#h1-1) > summary").click();
            Locator captions = page.locator("#h1-1 details.transcript");
            assertThat(captions.locator("summary")).hasText("Captions of “The ice cracking under a foot”");
            assertThat(captions.locator(".cues")).isHidden();
            captions.locator("summary").click();
            assertThat(captions.locator(".cues")).isVisible();
            assertThat(captions.locator(".cues")).hasText("[The ice cracks underfoot]");
            assertThat(page.locator("#h1-1 audio track")).hasAttribute("src", java.util.regex.Pattern.compile("/media/crack\\.vtt\\?v="));
            page.getByText("Keep going").click();
            page.getByText("Walk inland").click();
            assertThat(page.locator("main h1")).hasText("The road inland is empty.");
            Locator sound = page.locator("figure.sound details.transcript");
            assertThat(sound.locator("summary")).hasText("Captions of “A dog barking on the far bank”");
            sound.locator("summary").click();
            assertThat(sound.locator(".cues")).hasText("[A dog barks far off]");
            assertThat(page.locator("main a[href*='.vtt']")).hasCount(0);
            screenshot(page.locator("figure.sound"), "sound-captions-" + (javaScript ? "js" : "nojs"));
            chromium.closeContext();
        }
    }

    /** Key badges need a keyboard: they show only where the main pointer is fine and hovers (a mouse or trackpad), with JavaScript. */
    @Test
    void keyBadgesShowOnlyWhereAKeyboardIsLikely() {
        record Device(String name, Browser.NewContextOptions options, boolean badges) {}
        for (Device device : List.of(
                new Device("touch phone", new Browser.NewContextOptions().setViewportSize(375, 812).setHasTouch(true).setIsMobile(true), false),
                new Device("touch screen", new Browser.NewContextOptions().setViewportSize(375, 812).setHasTouch(true), false),
                new Device("desktop", new Browser.NewContextOptions().setViewportSize(1280, 800), true))) {
            Page page = chromium.open(device.options());
            page.navigate(running.base() + "/s/river");
            assertThat(page.locator(".keys-hint")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setVisible(device.badges()));
            page.getByText("Begin").click();
            assertThat(page.locator("main h1")).hasText("You crouch in the reeds.");
            for (Locator key : page.locator(".choice .key").all()) {
                assertThat(key).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setVisible(device.badges()));
            }
        }
        // Shown by that rule alone: a stylus phone (fine, no hover) or a television remote (hovers, coarse) shows none either.
        Page page = open(1280, 800, true);
        page.navigate(running.base() + "/s/river");
        assertThat(page.evaluate("""
                () => [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r.cssText.includes('.key'))
                      .map(r => (r.media ? '@media ' + r.media.mediaText + ' ' : '') + (r.cssRules ? [...r.cssRules].map(c => c.cssText).join(' ') : r.cssText))
                      .filter(t => /\\.key\\s*\\{[^}]*display:\\s*inline-block/.test(t))"""))
                .isEqualTo(List.of("@media (hover: hover) and (pointer: fine) .js .key { display: inline-block; } .js .keys-hint { display: inline; }"));
    }

    /**
     * A key pressed or a click made as a countdown runs out does not take a choice on the page
     * that comes in its place: for a moment after the swap its choices are not taken (and say so),
     * then they are.
     */
    @Test
    void aKeyOrClickMadeAsTheCountdownRunsOutDoesNotLandOnTheNextPage() {
        Page page = open(375, 812, true);
        page.navigate(running.base() + "/s/gate");
        page.getByText("Begin").click();
        assertThat(page.locator("main h1")).hasText("The guard looks away.");
        assertThat(page.locator(".timer")).isVisible();
        // The moment the next page is in, a key and a click arrive, as from a player who pressed
        // just as the clock ran out (made in the page itself: from here they could come too late).
        page.evaluate("""
                () => { const main = document.querySelector('main');
                        const watch = new MutationObserver(() => {
                          const h1 = main.querySelector('h1');
                          if (!h1 || h1.textContent !== 'The guard turns back.') return;
                          watch.disconnect();
                          document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
                          main.querySelector('.choice').click();
                          window.pressed = true;
                        });
                        watch.observe(main, { childList: true, subtree: true }); }""");
        // and a key while the choice is on its way
        page.waitForFunction("() => document.querySelector('main').hasAttribute('aria-busy')", null,
                new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(10_000));
        page.keyboard().press("1");
        page.waitForFunction("() => window.pressed");
        page.waitForTimeout(1000);
        assertThat(page.locator("main h1")).hasText("The guard turns back.");
        settle(page);
        assertThat(page.locator(".choice").first()).not().hasAttribute("aria-disabled", "true");
        page.keyboard().press("2");
        assertThat(page.locator("main h1")).hasText("Through the gate");
    }

    /**
     * The clock starts as soon as any part of the countdown or the choices is on screen, with no
     * margin: a phone whose choices just show at the bottom edge runs it; one where they are
     * still below the edge does not, and says it will start when they are reached.
     */
    @Test
    void aCountdownStartsWhenAnyPartOfItIsOnScreen() {
        Page page = begin(375, 812, true);
        page.getByText("Wait for the patrol to pass").click();
        page.getByText("Continue").click();
        assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
        settle(page);
        page.evaluate("() => window.scrollBy(0, document.querySelector('.timed').getBoundingClientRect().top - innerHeight - 10)");
        page.waitForTimeout(1500);
        assertThat(page.locator(".timer")).isHidden();
        assertThat(page.locator(".timed-info")).hasText("A timed decision: you will have 20 seconds once the choices are in view.");
        // 3 px of it on screen
        page.evaluate("() => window.scrollBy(0, 13)");
        assertThat(page.locator(".timer")).isVisible();
        assertThat(page.locator(".timed-info")).isHidden();
    }

    @Test
    void countdownsTurnedOffOnTheLandingPageStayOffUntilTurnedOn() {
        Page page = open(1280, 800, true);
        page.navigate(running.base() + "/s/river");
        Locator toggle = page.locator(".countdowns-toggle");
        assertThat(toggle).isChecked();
        toggle.uncheck();
        page.getByText("Begin").click();
        page.getByText("Wait for the patrol to pass").click();
        page.getByText("Continue").click();
        assertThat(page.locator(".timed-info")).containsText("with countdowns off");
        page.waitForTimeout(3000);
        assertThat(page.locator(".timer")).isHidden();
        assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
        // The countdown's own way on, a path the checker counts, can still be taken.
        page.locator(".wait button").click();
        assertThat(page.locator(".outcome")).containsText("Captured");
        page.navigate(running.base() + "/s/river");
        assertThat(page.locator(".countdowns-toggle")).not().isChecked();
    }

    @Test
    void aCountdownThatTakesNoChoiceRunsOutToItsScene() {
        Page page = begin(1280, 800, true);
        page.getByText("Wait for the patrol to pass").click();
        page.getByText("Continue").click();
        assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
        page.locator(".choice-list").scrollIntoViewIfNeeded();
        assertThat(page.locator(".timer")).isVisible();
        assertThat(page.locator(".outcome")).containsText("Captured", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    }

    @Test
    void withoutJavaScriptATimedPageSaysNothingCountsAndOffersTheWait() {
        Page page = begin(375, 812, false);
        assertThat(page.locator(".key").first()).isHidden();
        page.getByText("Wait for the patrol to pass").click();
        page.getByText("Continue").click();
        assertThat(page.locator(".timed-info")).hasText("A timed decision: with countdowns on, you would have 20 seconds here. Nothing counts down on this page: take your time.");
        assertThat(page.locator(".timer")).isHidden();
        assertThat(page.locator("main")).not().containsText("taken when time runs out");
        screenshot(page, "timed-nojs-375");
        page.getByText("Wait, and let the time run out").click();
        assertThat(page.locator(".outcome")).containsText("Captured");
    }

    @Test
    void keyBadgesShowOnlyWithJavaScript() {
        Page page = begin(1280, 800, true);
        assertThat(page.locator(".choice .key").first()).isVisible();
        page.keyboard().press("2");
        assertThat(page.locator("main h1")).hasText("You wait.");
    }

    @Test
    void whatOthersChoseWaitsForEnoughJourneysAndNamesEveryOption() throws Exception {
        Page page = begin(1280, 800, true);
        page.getByText("Cross now").click();
        assertThat(page.locator("main h1")).hasText("The ice groans under your weight.");
        Locator others = page.locator(".others");
        assertThat(others).containsText("You chose “Cross now”.");
        assertThat(others).containsText("How others chose shows here once 20 journeys have passed this way");
        assertThat(others.locator(".bars")).hasCount(0);
        // Below the scene's opening, after its text.
        double body = page.locator(".scene-body").boundingBox().y;
        assertThat(others.boundingBox().y).isGreaterThan(body);
        // After a single "Continue" there is nothing to compare.
        page.goBack();
        page.getByText("Wait for the patrol to pass").click();
        assertThat(page.locator(".others")).containsText("You chose “Wait for the patrol to pass”.");
        page.getByText("Continue").click();
        assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
        assertThat(page.locator(".others")).hasCount(0);
    }

    @Test
    void onlyRealDecisionsAreCountedAndCompared() {
        Page page = open(1280, 800, true);
        page.navigate(running.base() + "/s/market");
        page.evaluate("() => localStorage.setItem('crossing:no-timers', '1')");
        page.getByText("Begin").click();
        page.getByText("Look around the room").click();
        assertThat(page.locator("main h1")).hasText("The room is cold.");
        assertThat(page.locator(".progress")).hasText("Decisions so far: 1");
        page.getByText("Continue").click();
        assertThat(page.locator("main h1")).hasText("Dawn comes.");
        page.getByText("Go to the market").click();
        assertThat(page.locator("main h1")).hasText("The market is loud.");
        assertThat(page.locator(".progress")).hasText("Decisions so far: 2");
        // "Walk on", with the phone out of reach, was the only way on: no decision, nothing to compare.
        page.getByText("Walk on").click();
        assertThat(page.locator("main h1")).hasText("The square is empty.");
        assertThat(page.locator(".progress")).hasText("Decisions so far: 2");
        assertThat(page.locator(".others")).hasCount(0);
        page.getByText("Work another day").click();
        assertThat(page.locator("main h1")).hasText("A day's work.");
        assertThat(page.locator(".others")).hasCount(1);
        page.getByText("Sweep the yard").click(); // a lone choice
        assertThat(page.locator("main h1")).hasText("The square is empty.");
        assertThat(page.locator(".others")).hasCount(0);
        page.getByText("Work another day").click();
        assertThat(page.locator("main h1")).hasText("A day's work.");
        page.getByText("Sweep the yard").click();
        assertThat(page.locator("main h1")).hasText("The square is empty.");
        // Work is used up after two days: leaving is the only way on.
        assertThat(page.locator(".choice-list .choice")).hasCount(1);
        page.getByText("Leave town").click();
        assertThat(page.locator("main h1")).hasText("The river is frozen.");
        assertThat(page.locator(".progress")).hasText("Decisions so far: 4");
        page.getByText("Cross now").click(); // a countdown's choice: a decision
        assertThat(page.locator(".outcome")).containsText("Safe");
        assertThat(page.locator(".journey")).hasText("5 decisions.");
        assertThat(page.locator(".share-text")).containsText("My path through The Market: 5 decisions.");
    }

    @Test
    void whatOthersChoseCountsAJourneyOncePerSceneHoweverOftenItLoopsThrough() {
        Page page = open(1280, 800, true);
        // One journey decides at dawn once: the count there grows by one.
        page.navigate(running.base() + "/s/market");
        page.getByText("Begin").click();
        page.getByText("Go to the market").click();
        int before = journeysSoFar(page);
        // Another goes round the room five times before it goes: one journey, one more.
        page.navigate(running.base() + "/s/market");
        page.getByText("Begin").click();
        for (int round = 0; round < 5; round++) {
            page.getByText("Look around the room").click();
            assertThat(page.locator("main h1")).hasText("The room is cold.");
            page.getByText("Continue").click();
            assertThat(page.locator("main h1")).hasText("Dawn comes.");
        }
        page.getByText("Go to the market").click();
        assertThat(page.locator("main h1")).hasText("The market is loud.");
        assertThat(journeysSoFar(page)).isEqualTo(before + 1);
    }

    /** The number of journeys "what others chose" says have decided in the scene so far. */
    private static int journeysSoFar(Page page) {
        String few = page.locator(".others .few").textContent();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) so far\\)").matcher(few);
        assertThat(m.find()).as(few).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theChapterOpensFullBleedWithItsPictureNumberAndTitle() {
        for (int[] size : new int[][] {{375, 812}, {1280, 800}}) {
            Page page = begin(size[0], size[1], true);
            Locator opening = page.locator(".chapter-opening");
            assertThat(opening).isVisible();
            BoundingBox box = opening.boundingBox();
            // Full-bleed: the screen's width, and its height below the site's bar, title in view.
            assertThat(box.width).isEqualTo(size[0]);
            assertThat(box.height).isGreaterThan(size[1] * 0.9);
            assertThat(box.y + box.height).isLessThanOrEqualTo(size[1] + 1.0);
            assertThat(opening.locator(".chapter-number")).hasText("Chapter 1");
            assertThat(opening.locator(".chapter-title")).hasText("The Yalu, February");
            assertThat(opening.locator("img")).hasAttribute("alt", "The frozen river under a low moon");
            assertThat(opening.locator("img")).hasAttribute("width", "1600");
            page.evaluate("() => document.getAnimations().forEach(a => a.finish())");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("chapter-opening-" + size[0])));
            screenshot(page, "scene-river-" + size[0]);
            // The next scene of the same chapter does not open again.
            page.getByText("Wait for the patrol to pass").click();
            assertThat(page.locator("main h1")).hasText("You wait.");
            assertThat(page.locator(".chapter-opening")).hasCount(0);
            chromium.closeContext();
        }
    }

    @Test
    void theCameraMoveStopsUnderReducedMotion() {
        Page page = chromium.open(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        page.navigate(running.base() + "/s/river");
        page.getByText("Begin").click();
        assertThat(page.locator(".chapter-picture")).isVisible();
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.chapter-picture')).animationName")).isEqualTo("none");
    }

    @Test
    void aPanoramaPansWithKeysAndDragAndShowsItsMiddleWithoutScript() {
        Page page = begin(375, 812, true);
        Locator frame = page.locator(".panorama .picture-frame");
        frame.scrollIntoViewIfNeeded();
        Locator picture = page.locator(".panorama .picture-track > img");
        double before = picture.boundingBox().x;
        frame.focus();
        page.keyboard().press("ArrowLeft");
        page.waitForTimeout(600);
        double afterKey = picture.boundingBox().x;
        assertThat(afterKey).isGreaterThan(before + 40);
        BoundingBox f = frame.boundingBox();
        page.mouse().move(f.x + f.width / 2, f.y + 20);
        page.mouse().down();
        page.mouse().move(f.x + f.width / 2 - 150, f.y + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        page.waitForTimeout(100);
        assertThat(picture.boundingBox().x).isLessThan(afterKey - 120);
        // Tabbing to a marker off screen brings it into view.
        page.locator(".marker[href='#h1-3']").focus();
        page.waitForTimeout(600);
        BoundingBox point = page.locator(".marker[href='#h1-3']").boundingBox();
        assertThat(point.x).isBetween(f.x, f.x + f.width);
        screenshot(page.locator("figure.panorama"), "panorama-375");
        chromium.closeContext();

        Page still = begin(375, 812, false);
        Locator img = still.locator(".panorama .picture-track > img");
        BoundingBox frameBox = still.locator(".panorama .picture-frame").boundingBox();
        BoundingBox imgBox = img.boundingBox();
        assertThat(imgBox.height).isEqualTo(frameBox.height, org.assertj.core.data.Offset.offset(1.0));
        assertThat(imgBox.x + imgBox.width / 2).isEqualTo(frameBox.x + frameBox.width / 2, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void picturesKeepTheirPlaceAndFactCardsHaveTheirOwnNames() {
        Page page = begin(1280, 800, false);
        Locator img = page.locator(".scene-body img").first();
        assertThat(img).hasAttribute("width", "2400");
        assertThat(img).hasAttribute("height", "800");
        assertThat(page.locator("aside.fact").nth(0)).hasAttribute("aria-label", "Fact 1 of 2");
        assertThat(page.locator("aside.fact").nth(1)).hasAttribute("aria-label", "Fact 2 of 2");
    }

    @Test
    void soundIsOffUntilAskedThenTheBedCarriesOnAcrossPagesAndTheSpotPlaysWithCaptions() {
        Page page = begin(1280, 800, true);
        Locator toggle = page.locator(".sound-toggle");
        assertThat(toggle).hasText("Turn sound on");
        assertThat(page.locator(".sound-note summary").first()).hasText("Sound: Wind over the ice");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        page.waitForFunction("() => { const a = document.querySelector('.sound-deck audio'); return a && !a.paused && a.currentTime > 0; }");
        assertThat(page.locator(".sound-deck audio source").first()).hasAttribute("src", java.util.regex.Pattern.compile("/media/bed\\.ogg\\?v="));
        assertThat(page.locator(".sound-deck audio source[type='audio/mpeg']").first()).hasAttribute("src", java.util.regex.Pattern.compile("/media/bed\\.mp3\\?v="));
        page.evaluate("() => document.querySelector('.sound-deck audio').dataset.mark = 'first'");
        page.getByText("Cross now").click();
        assertThat(page.locator("main h1")).hasText("The ice groans under your weight.");
        // The bed is the same player, still playing: no dead stop between pages.
        assertThat(page.locator(".sound-deck audio[data-mark=first]")).hasCount(1);
        assertThat((Boolean) page.evaluate("() => !document.querySelector('.sound-deck audio[data-mark=first]').paused")).isTrue();
        // The spot sound's caption shows as a line on screen while it plays.
        assertThat(page.locator(".sound-caption")).hasText("[The ice cracks underfoot]");
        assertThat(page.locator(".sound-caption")).isVisible();
        // Remembered on this device; a browser that holds sound back until a click gets the button to start it.
        page.reload();
        assertThat((String) page.evaluate("() => localStorage.getItem('crossing:sound')")).isEqualTo("1");
        Locator again = page.locator(".sound-toggle");
        if ("Turn sound on".equals(again.textContent())) again.click();
        assertThat(again).hasText("Turn sound off");
        page.waitForFunction("() => { const a = document.querySelector('.sound-deck audio'); return a && !a.paused; }");
        again.click();
        assertThat(again).hasText("Turn sound on");
        assertThat((String) page.evaluate("() => localStorage.getItem('crossing:sound')")).isEqualTo("0");
    }

    /**
     * While sound plays its caption is in view: below a chapter's opening picture, whose height
     * puts the caption's place below the fold, it shows at the screen's bottom edge, clear of the
     * chapter's title; scrolled past, at the top edge; with the countdown pinned at the bottom, it
     * covers neither the countdown nor the choices.
     */
    @Test
    void whileSoundPlaysItsCaptionStaysInViewAndNeverCoversTheChoicesOrARunningCountdown() {
        for (int[] size : new int[][] {{375, 812}, {1280, 800}}) {
            Page page = begin(size[0], size[1], true);
            String where = " at " + size[0] + " px";
            page.locator(".sound-toggle").click();
            page.waitForFunction("() => { const a = document.querySelector('.sound-deck audio'); return a && !a.paused && a.currentTime > 0; }");
            page.evaluate("() => window.scrollTo(0, 0)");
            Locator caption = page.locator(".sound-caption");
            assertThat(caption).hasText("[Wind over the ice]");
            assertThat(inView(page, caption)).as("the caption on the chapter's opening" + where).isTrue();
            for (String title : List.of(".chapter-number", ".chapter-title")) {
                assertThat(overlap(caption.boundingBox(), page.locator(title).boundingBox())).as("the caption covers %s%s", title, where).isFalse();
            }
            page.evaluate("() => document.getAnimations().forEach(a => a.finish())");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("captions-opening-" + size[0])));
            page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            assertThat(caption).hasText("[Wind over the ice]");
            assertThat(inView(page, caption)).as("the caption at the page's end" + where).isTrue();
            assertThat(overlap(caption.boundingBox(), page.locator(".choice-list").boundingBox())).as("the caption covers the choices" + where).isFalse();

            page.getByText("Wait for the patrol to pass").click();
            page.getByText("Continue").click();
            assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
            page.locator(".choice-list").scrollIntoViewIfNeeded();
            assertThat(page.locator(".timer")).isVisible();
            assertThat(caption).hasText("[Wind over the ice]");
            assertThat(inView(page, caption)).as("the caption beside a running countdown" + where).isTrue();
            for (String covered : List.of(".timer", ".choice-list", ".sound-toggle")) {
                for (Locator part : page.locator(covered).all()) {
                    if (!part.isVisible()) continue;
                    assertThat(overlap(caption.boundingBox(), part.boundingBox())).as("the caption covers %s%s", covered, where).isFalse();
                }
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("captions-" + size[0])));
            chromium.closeContext();
        }
    }

    /**
     * A player with only a keyboard: Tab reaches the sound button, each sound's line, the
     * panorama, each marker and its detail, and the choices, each focused control whole on screen
     * and never under the caption line or a pinned countdown (WCAG 2.4.11); Enter opens a sound's
     * line, whose mark turns; a key takes a choice.
     */
    @Test
    void aKeyboardOnlyPlayerReachesEveryControlAndFocusIsNeverHidden() {
        for (int[] size : new int[][] {{375, 812}, {1280, 800}}) {
            Page page = open(size[0], size[1], true);
            String where = " at " + size[0] + " px";
            page.navigate(running.base() + "/s/river");
            Locator begin = page.getByText("Begin");
            for (int i = 0; i < 12 && !((Boolean) begin.evaluate("b => b === document.activeElement")); i++) page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.locator("main h1")).hasText("You crouch in the reeds.");
            settle(page);
            List<String> reached = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                page.keyboard().press("Tab");
                page.waitForTimeout(120);
                String focused = (String) page.evaluate("""
                        () => { const e = document.activeElement;
                                return e.className ? e.tagName.toLowerCase() + '.' + e.className.split(' ')[0] : e.tagName.toLowerCase(); }""");
                if (focused.equals("button.sound-toggle") && !reached.contains(focused)) {
                    page.keyboard().press("Enter");
                    page.waitForFunction("() => { const a = document.querySelector('.sound-deck audio'); return a && !a.paused && a.currentTime > 0; }");
                    assertThat(page.locator(".sound-caption")).hasText("[Wind over the ice]");
                }
                if (focused.equals("summary") && page.locator(".sound-note summary").evaluate("s => s === document.activeElement").equals(true)
                        && !page.locator(".sound-note").evaluate("d => d.open").equals(true)) {
                    String closed = (String) page.evaluate("() => getComputedStyle(document.querySelector('.sound-note summary'), '::before').transform");
                    page.keyboard().press("Enter");
                    assertThat(page.locator(".sound-note")).hasAttribute("open", "");
                    page.waitForTimeout(300);
                    String open = (String) page.evaluate("() => getComputedStyle(document.querySelector('.sound-note summary'), '::before').transform");
                    assertThat(open).as("the sound line's mark turns when it opens" + where).isNotEqualTo(closed);
                }
                reached.add(focused);
                Locator active = page.locator(":focus");
                BoundingBox box = active.boundingBox();
                assertThat(box.y >= -0.5 && box.y + box.height <= size[1] + 0.5).as("%s is whole on screen%s", focused, where).isTrue();
                Locator caption = page.locator(".sound-caption");
                if (caption.isVisible() && !caption.textContent().isEmpty() && !focused.startsWith("p.sound-caption")) {
                    assertThat(overlap(caption.boundingBox(), box)).as("%s is under the caption%s", focused, where).isFalse();
                }
                if (focused.equals("button.choice")) break;
            }
            assertThat(reached).as("what Tab reached" + where).contains("button.sound-toggle", "summary", "div.picture-frame", "a.marker", "button.choice");
            page.keyboard().press("2");
            assertThat(page.locator("main h1")).hasText("You wait.");
            assertThat(page.locator("main h1")).isFocused();
            chromium.closeContext();
        }
    }

    /** The sound lines' open/close mark: shown in the accent colour, turned when open, and not read out (the summary's state is). */
    @Test
    void eachSoundLineShowsAnOpenCloseMarkThatIsNotReadOut() {
        Page page = begin(375, 812, true);
        Locator summary = page.locator(".sound-note summary").first();
        assertThat((String) summary.evaluate("s => getComputedStyle(s, '::before').content")).isEqualTo("\"▸\" / \"\"");
        assertThat((String) summary.evaluate("s => getComputedStyle(s, '::before').color")).isEqualTo("rgb(242, 193, 78)");
        assertThat((String) summary.evaluate("s => getComputedStyle(s, '::before').transform")).isEqualTo("none");
        assertThat(summary.ariaSnapshot()).isEqualTo("- text: \"Sound: Wind over the ice\"");
        summary.click();
        page.waitForTimeout(300);
        assertThat((String) summary.evaluate("s => getComputedStyle(s, '::before').transform")).startsWith("matrix(");
        page.locator(".sound-note").first().screenshot(new Locator.ScreenshotOptions().setPath(BrowserPages.file("sound-line-open-375")));
    }

    /** Whether the element is whole on screen. */
    private static boolean inView(Page page, Locator element) {
        return (Boolean) element.evaluate("e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= -0.5 && r.bottom <= innerHeight + 0.5; }");
    }

    private static boolean overlap(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    }

    @Test
    void eachSoundHeardHasOneLine() {
        Page page = begin(1280, 800, true);
        // The chapter's bed, alone.
        assertThat(page.locator(".sound-note")).hasCount(1);
        assertThat(page.locator(".sound-note summary")).hasText("Sound: Wind over the ice");
        // A scene's own loop replaces the bed while it is shown: one line, the loop's.
        page.getByText("Wait for the patrol to pass").click();
        assertThat(page.locator("main h1")).hasText("You wait.");
        assertThat(page.locator(".sound-note")).hasCount(1);
        assertThat(page.locator(".sound-note summary")).hasText("Sound: Wind rising in the reeds");
        // The bed and a spot sound: one line each, each saying which it is.
        page.goBack();
        page.getByText("Cross now").click();
        assertThat(page.locator("main h1")).hasText("The ice groans under your weight.");
        assertThat(page.locator(".sound-note summary")).hasText(new String[] {"Sound: Wind over the ice",
                "Sound as the scene opens: The ice cracks underfoot"});
        // Opened, a line gives the captions' words, not its description again.
        page.locator(".sound-note summary").nth(1).click();
        assertThat(page.locator(".sound-note").nth(1).locator(".cues")).hasText("[The ice cracks underfoot]");
    }

    @Test
    void aPanoramaOpensWithNoMarkerCutAtItsEdgeAndTabBringsEachMarkerWholeIntoView() {
        for (int[] size : new int[][] {{375, 812}, {1280, 800}}) {
            Page page = begin(size[0], size[1], true);
            Locator frame = page.locator(".panorama .picture-frame");
            frame.scrollIntoViewIfNeeded();
            page.waitForTimeout(300);
            BoundingBox f = frame.boundingBox();
            int whole = 0;
            for (Locator marker : page.locator(".panorama .marker").all()) {
                BoundingBox m = marker.boundingBox();
                boolean inside = m.x >= f.x - 0.5 && m.x + m.width <= f.x + f.width + 0.5;
                boolean outside = m.x + m.width <= f.x + 0.5 || m.x >= f.x + f.width - 0.5;
                assertThat(inside || outside).as("marker %s is cut at the frame's edge at %d px", marker.getAttribute("href"), size[0]).isTrue();
                if (inside) whole++;
            }
            assertThat(whole).as("markers whole in the opening view at %d px", size[0]).isGreaterThanOrEqualTo(size[0] == 375 ? 1 : 2);
            screenshot(page.locator("figure.panorama"), "panorama-open-" + size[0]);
            // Tab from the frame through its markers: each comes whole into view, and the picture moves with it.
            frame.focus();
            for (int n = 1; n <= 3; n++) {
                page.keyboard().press("Tab");
                Locator marker = page.locator(".marker[href='#h1-" + n + "']");
                assertThat(marker).isFocused();
                page.waitForTimeout(600);
                BoundingBox m = marker.boundingBox();
                assertThat(m.x).as("marker %d's left at %d px", n, size[0]).isGreaterThanOrEqualTo(f.x - 0.5);
                assertThat(m.x + m.width).as("marker %d's right at %d px", n, size[0]).isLessThanOrEqualTo(f.x + f.width + 0.5);
                assertThat((Number) frame.evaluate("f => f.scrollLeft")).isEqualTo(0);
            }
            chromium.closeContext();
        }
    }

    @Test
    void onATouchScreenThePanoramaSaysSwipeAndNoKeyBadgesShow() {
        Page page = chromium.open(new Browser.NewContextOptions().setViewportSize(375, 812).setHasTouch(true).setIsMobile(true));
        page.navigate(running.base() + "/s/river");
        assertThat(page.locator(".keys-hint")).isHidden();
        page.getByText("Begin").click();
        assertThat(page.locator("main h1")).hasText("You crouch in the reeds.");
        assertThat(page.locator(".pan-hint")).hasText("Swipe the picture sideways to look around.");
        assertThat(page.locator(".choice .key").first()).isHidden();
        assertThat(page.locator(".choice .key")).hasCount(2);
        screenshot(page.locator("figure.panorama"), "panorama-touch-375");
        chromium.closeContext();
        // With a mouse and keyboard, the keys show and the hint says drag or keys.
        Page desk = begin(1280, 800, true);
        assertThat(desk.locator(".pan-hint")).hasText("Drag the picture, or use the arrow keys on it, to look around.");
        assertThat(desk.locator(".panorama .picture-frame")).hasAttribute("aria-label", "Panorama: drag it, or use the left and right arrow keys, to look around");
        assertThat(desk.locator(".choice .key").first()).isVisible();
        desk.navigate(running.base() + "/s/river");
        assertThat(desk.locator(".keys-hint")).isVisible();
    }

    @Test
    void axeFindsNoViolationsOnTheScenePagesOfEveryKind() {
        Page page = begin(1280, 800, true);
        assertNoViolations(page, "chapter opening");
        page.locator("details.hotspot:has(#h1-2) > summary").click();
        assertNoViolations(page, "scene with a panorama");
        page.getByText("Wait for the patrol to pass").click();
        page.getByText("Continue").click();
        assertThat(page.locator("main h1")).hasText("A searchlight sweeps the ice towards you.");
        page.locator(".choice-list").scrollIntoViewIfNeeded();
        assertThat(page.locator(".timer")).isVisible();
        assertNoViolations(page, "timed scene", false);
        page.locator(".timer-stop").click();
        assertNoViolations(page, "timed scene, countdowns off");
        page.navigate(running.base() + "/s/river");
        assertNoViolations(page, "landing");
    }

    private static void assertNoViolations(Page page, String what) {
        assertNoViolations(page, what, true);
    }

    /** {@code settle}: wait for the page's transition first (not while a countdown runs). */
    private static void assertNoViolations(Page page, String what, boolean settle) {
        if (settle) settle(page);
        assertNoAxeViolations(page, "the " + what + " page", BrowserPages.WCAG_22);
    }
}
