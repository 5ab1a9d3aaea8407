package org.crossing.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/** What the browser tests do to a page besides clicking: wait for it to settle, keep a screenshot, check it with axe. */
public final class BrowserPages {

    /** Where screenshots go; CI keeps them as artifacts. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** The rules axe checks unless a test asks for more: WCAG 2.1 A and AA, and axe's best practices. */
    public static final List<String> WCAG_21 = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /** WCAG 2.2's AA rules as well (target sizes among them). */
    public static final List<String> WCAG_22 = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private BrowserPages() {}

    /**
     * Waits for the player's swap between scenes to finish: mid-fade, colours are washed out for
     * screenshots and contrast checks, and the new page's choices are not taken for a moment. The fade lasts 0.2 s; the pause covers it and a repaint.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => { const main = document.querySelector('main'); return !main || (!main.classList.contains('swap-out')"
                + " && !main.hasAttribute('aria-busy') && !main.querySelector('form.choices [aria-disabled]')); }");
        page.waitForTimeout(300);
    }

    /** A screenshot of the whole page, settled, as target/screenshots/{@code name}.png. */
    public static void screenshot(Page page, String name) {
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(file(name)).setFullPage(true));
    }

    /** A screenshot of what {@code part} shows, as target/screenshots/{@code name}.png. */
    public static void screenshot(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(file(name)));
    }

    /** The file target/screenshots/{@code name}.png, its folder made. */
    public static Path file(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** axe finds nothing against {@link #WCAG_21} on the page as it stands ({@code what} names it); a failure lists each rule broken and where. */
    public static void assertNoAxeViolations(Page page, String what) {
        assertNoAxeViolations(page, what, WCAG_21);
    }

    /** axe finds nothing against the rules of {@code tags} on the page as it stands. */
    public static void assertNoAxeViolations(Page page, String what, List<String> tags) {
        List<Rule> violations = new AxeBuilder(page).withTags(tags).analyze().getViolations();
        String report = violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on " + what + ":\n" + report).isEmpty();
    }
}
