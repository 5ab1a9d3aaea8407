package org.crossing.app.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, as the browser tests use it: no browser download, and
 * the flags that keep it from reaching for the network this machine does not have.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    public static final String MISSING = "Chromium is missing: apt-get install -y chromium (.ci/run does this)";

    private Chromium() {}

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }
}
