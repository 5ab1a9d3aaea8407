package org.crossing.app.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for all the tests of a class (each test opens its own context in it),
 * closed after them; the class is skipped when Chromium is not installed. Register it as a
 * static field with {@code @RegisterExtension}, before anything else the class starts.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Chromium.installed(), Chromium.MISSING);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        browser = null;
        playwright = null;
    }

    public Browser browser() {
        return browser;
    }
}
