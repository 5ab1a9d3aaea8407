package org.crossing.app.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for all the tests of a class, closed after them; the class is skipped
 * when Chromium is not installed. A test opens its pages with {@link #open}, each in a fresh
 * context (cookies, storage and cache of its own) that is closed after the test. Register it as a
 * static field with {@code @RegisterExtension}, before anything else the class starts.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** How long a locator waits for what a test expects, unless a test says otherwise: long enough for a loaded machine. */
    public static final double TIMEOUT_MS = 15_000;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;

    @Override
    public void beforeAll(ExtensionContext extension) {
        assumeTrue(Chromium.installed(), Chromium.MISSING);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        closeContext();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        closeContext();
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        browser = null;
        playwright = null;
    }

    public Browser browser() {
        return browser;
    }

    /** A page in a new context with these options, closing the context opened before it. */
    public Page open(Browser.NewContextOptions options) {
        return newContext(options).newPage();
    }

    /** A new context with these options, for a test that prepares it before its first page; it closes the context opened before it. */
    public BrowserContext newContext(Browser.NewContextOptions options) {
        closeContext();
        context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    }

    /** A page {@code width} × {@code height} pixels, with JavaScript on or off, in a new context. */
    public Page open(int width, int height, boolean javaScript) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(javaScript));
    }

    /** The context of the page opened last (another page in it shares its cookies and storage). */
    public BrowserContext context() {
        return context;
    }

    /** Closes the context of the page opened last, if it is open. */
    public void closeContext() {
        if (context != null) context.close();
        context = null;
    }
}
