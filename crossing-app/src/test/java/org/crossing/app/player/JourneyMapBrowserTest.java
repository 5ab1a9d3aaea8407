package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.story.model.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ending page's map of The Crossing for routes no short journey of the browser tests takes
 * (EndingBrowserTest plays to every ending): drawn by the real template and style in Chromium at
 * a phone's and a desktop's width, its names checked where the browser puts them and kept as
 * screenshots in target/screenshots (journey-map-*.png).
 */
class JourneyMapBrowserTest {

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Routes by their stops' places, as the story names them; the first scene at each place stands for it. */
    private static final Map<String, List<String>> ROUTES = Map.of(
            "hyesan", List.of("Hyesan"),
            "near-hyesan", List.of("Hyesan", "The Yalu at Hyesan", "The road to Musan"),
            "yanji", List.of("Hyesan", "The Yalu at Hyesan", "Near Changbai, China", "The road to Yanji", "Yanji, China"),
            "thailand-seoul", List.of("Hyesan", "The Yalu at Hyesan", "Near Changbai, China", "Yanji, China", "A train near Changsha, China",
                    "Kunming, China", "The China-Laos border near Boten", "Oudomxay, Laos", "The Mekong, Laos bank", "Chiang Saen, Thailand",
                    "Immigration detention, Bangkok", "Incheon International Airport", "Hanawon, Anseong", "Seoul"));

    @Test
    void theMapOfEachRouteNamesItsStopsAndCountriesWithoutOverlapAtBothWidths() throws Exception {
        PublishedStory crossing = StoryCachesTest.stories().filter(s -> s.slug().equals("the-crossing")).findFirst().orElseThrow();
        StoryCache cache = new StoryCache(crossing);
        byte[] ground = cache.mapGround().svg();
        String css = Files.readString(Paths.get("src", "main", "resources", "web", "app.css"), StandardCharsets.UTF_8);
        for (var route : ROUTES.entrySet()) {
            List<Integer> scenes = new ArrayList<>();
            for (String place : route.getValue()) {
                scenes.add(crossing.story().scenes().stream().filter(s -> s.place() != null && s.place().name().equals(place))
                        .map(Scene::index).findFirst().orElseThrow(() -> new AssertionError("no scene at " + place)));
            }
            Views.MapView map = cache.journeyMap(cache.route(scenes), "A summary");
            StringOutput html = new StringOutput();
            TEMPLATES.render("journeymap.jte", Map.of("map", map, "head", new Views.Head("Map", "en", "", "", "", null)), html);
            String pageHtml = "<!doctype html><html lang=\"en\"><head><meta name=\"viewport\" content=\"width=device-width\"><style>" + css
                    + "</style></head><body><main>" + html + "</main></body></html>";
            for (int width : new int[] {375, 1280}) {
                try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
                        .setReducedMotion(ReducedMotion.REDUCE))) {
                    Page page = context.newPage();
                    page.route("**/map-ground.svg", r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                            .setContentType("image/svg+xml").setBodyBytes(ground)));
                    page.route("http://map.test/", r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                            .setContentType("text/html; charset=utf-8").setBody(pageHtml)));
                    page.navigate("http://map.test/");
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                    String set = width < JourneyMap.WIDE_FROM ? ".map-narrow" : ".map-wide";
                    Map<String, Object> shown = EndingBrowserTest.labels(page, set);
                    String where = route.getKey() + " at " + width;
                    assertThat((List<?>) shown.get("overlapping")).as(where).isEmpty();
                    assertThat((List<?>) shown.get("outside")).as(where).isEmpty();
                    assertThat(((Number) shown.get("smallest")).doubleValue()).as(where).isGreaterThanOrEqualTo(12);
                    assertThat(page.locator(".map-stop-list li").allTextContents()).as(where)
                            .isEqualTo(route.getValue().size() > 1 ? map.stopNames() : List.of());
                    BrowserPages.screenshot(page.locator("section.map"), "journey-map-" + route.getKey() + "-" + width);
                }
            }
        }
    }
}
