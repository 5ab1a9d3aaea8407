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
 * Headless Chromium for the tests of a class; the class is skipped when Chromium is not
 * installed. A test opens its pages with {@link #open}, each in a fresh context (cookies, storage
 * and cache of its own, as a separate browser profile would have) that is closed after the test.
 * The browser process behind the contexts is started once for the whole run and shared by the
 * classes, one after another: starting one costs more than most tests. Register it as a static
 * field with {@code @RegisterExtension}, before anything else the class starts.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** How long a locator waits for what a test expects, unless a test says otherwise: long enough for a loaded machine. */
    public static final double TIMEOUT_MS = 15_000;

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(BrowserPerClass.class);

    private Browser browser;
    private BrowserContext context;

    /** The run's Chromium, closed with the run. */
    private static final class Launched implements AutoCloseable {
        final Playwright playwright = Chromium.playwright();
        final Browser browser = Chromium.launch(playwright);

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        assumeTrue(Chromium.installed(), Chromium.MISSING);
        ExtensionContext.Store store = extension.getRoot().getStore(SHARED);
        Launched launched = store.computeIfAbsent(Launched.class, key -> new Launched(), Launched.class);
        if (!launched.browser.isConnected()) {
            // A browser that crashed under an earlier class: a new one for the classes after it.
            store.remove(Launched.class, Launched.class).close();
            launched = store.computeIfAbsent(Launched.class, key -> new Launched(), Launched.class);
        }
        browser = launched.browser;
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        closeContext();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        closeContext();
        for (BrowserContext left : browser == null ? java.util.List.<BrowserContext>of() : browser.contexts()) left.close();
        browser = null;
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
