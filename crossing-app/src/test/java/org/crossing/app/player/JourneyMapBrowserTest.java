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
            "changbai", List.of("Hyesan", "Near Changbai, China"),
            "yanji", List.of("Hyesan", "The Yalu at Hyesan", "Near Changbai, China", "The road to Yanji", "Yanji, China"),
            "gobi-seoul", List.of("Hyesan", "Near Changbai, China", "Yanji, China", "Shenyang, China", "Beijing, China", "Erenhot, China",
                    "Near Zamyn-Uud, Mongolia", "Ulaanbaatar, Mongolia", "Incheon International Airport", "Seoul"),
            "thailand-seoul", List.of("Hyesan", "The Yalu at Hyesan", "Near Changbai, China", "Yanji, China", "A train near Changsha, China",
                    "Kunming, China", "The China-Laos border near Boten", "Northern Laos", "The Mekong, Laos bank", "Chiang Saen, Thailand",
                    "Immigration detention, Bangkok", "Incheon International Airport", "Hanawon, Anseong", "Seoul"));
    /** The countries each route passes, in Korean, as the Korean page says them. */
    private static final Map<String, String> KOREAN_PASSAGES = Map.of(
            "hyesan", "북한 안에서: 국경을 넘지 않음",
            "near-hyesan", "북한 안에서: 국경을 넘지 않음",
            "changbai", "북한 → 중국: 국경 1번 넘음",
            "yanji", "북한 → 중국: 국경 1번 넘음",
            "gobi-seoul", "북한 → 중국 → 몽골 → 한국: 국경 3번 넘음",
            "thailand-seoul", "북한 → 중국 → 라오스 → 태국 → 한국: 국경 4번 넘음");

    @Test
    void theMapOfEachRouteNamesItsStopsAndCountriesWithoutOverlapAtBothWidths() throws Exception {
        PublishedStory crossing = theCrossing();
        StoryCache cache = new StoryCache(crossing, "");
        for (var route : ROUTES.entrySet()) {
            Views.MapView map = cache.journeyMap(cache.route(scenes(crossing, route.getValue())), "A summary");
            for (int width : new int[] {375, 1280}) {
                try (BrowserContext context = newContext(width)) {
                    Page page = show(context, cache, map, "en");
                    String where = route.getKey() + " at " + width;
                    Map<String, Object> shown = EndingBrowserTest.labels(page, set(width));
                    assertThat((List<?>) shown.get("overlapping")).as(where).isEmpty();
                    assertThat((List<?>) shown.get("outside")).as(where).isEmpty();
                    assertThat(((Number) shown.get("smallest")).doubleValue()).as(where).isGreaterThanOrEqualTo(12);
                    assertThat(page.locator(".map-stop-list li").allTextContents()).as(where)
                            .isEqualTo(route.getValue().size() > 1 ? map.passage().stopNames() : List.of());
                    BrowserPages.screenshot(page.locator("section.map"), "journey-map-" + route.getKey() + "-" + width);
                }
            }
        }
    }

    /**
     * A border crossed is marked by a bar across the route that shows whole: over the dots, even
     * where the leg is shorter than they are (Hyesan to Changbai, 3 km across the Yalu) or the
     * crossing lies among stops (Erenhot, Zamyn-Uud), its middle and both its ends the topmost
     * thing drawn there (or a neighbouring crossing's bar, where two borders are close).
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachBorderCrossedIsMarkedByABarThatNoStopHidesWhateverTheLegsLength() throws Exception {
        PublishedStory crossing = theCrossing();
        StoryCache cache = new StoryCache(crossing, "");
        for (String name : List.of("changbai", "gobi-seoul", "thailand-seoul")) {
            Views.MapView map = cache.journeyMap(cache.route(scenes(crossing, ROUTES.get(name))), "A summary");
            assertThat(map.route().borders()).as(name).isNotEmpty();
            for (int width : new int[] {375, 1280}) {
                try (BrowserContext context = newContext(width)) {
                    Page page = show(context, cache, map, "en");
                    List<Map<String, Object>> marks = (List<Map<String, Object>>) page.evaluate("""
                            () => [...document.querySelectorAll('g.map-border')].map(g => {
                              const line = g.lastElementChild, length = line.getTotalLength(), matrix = line.getScreenCTM();
                              const at = f => { const p = line.getPointAtLength(length * f).matrixTransform(matrix);
                                                const e = document.elementFromPoint(p.x, p.y);
                                                return !e ? 'nothing' : e.closest('g.map-border') ? true : e.tagName + '.' + e.getAttribute('class'); };
                              return { crossing: g.dataset.crossing, pixels: length * matrix.a, shown: [at(0.15), at(0.5), at(0.85)] };
                            })""");
                    assertThat(marks).as(name + " at " + width).hasSize(map.route().borders().size());
                    for (Map<String, Object> mark : marks) {
                        String where = name + " at " + width + ": " + mark.get("crossing");
                        assertThat((List<Object>) mark.get("shown")).as(where + ", the bar's near end, middle and far end on top").containsOnly(true);
                        assertThat(((Number) mark.get("pixels")).doubleValue()).as(where + ", the bar's length in CSS pixels")
                                .isGreaterThan(4 * JourneyMap.DOT_PX);
                    }
                }
            }
        }
    }

    /** The Korean page's map names its countries in Korean, on the map and in the line under it, whatever the stops' Korean names say. */
    @Test
    @SuppressWarnings("unchecked")
    void theKoreanMapNamesItsCountriesInKorean() throws Exception {
        PublishedStory crossing = theCrossing();
        StoryCache cache = new StoryCache(crossing.in("ko"), "");
        for (var route : ROUTES.entrySet()) {
            Views.MapView map = cache.journeyMap(cache.route(scenes(crossing, route.getValue())), "요약");
            for (int width : new int[] {375, 1280}) {
                try (BrowserContext context = newContext(width)) {
                    Page page = show(context, cache, map, "ko");
                    String where = route.getKey() + " at " + width;
                    Map<String, Object> shown = EndingBrowserTest.labels(page, set(width));
                    assertThat((List<String>) shown.get("countries")).as(where).isNotEmpty()
                            .allSatisfy(country -> assertThat(country).as(where).matches("[\\p{IsHangul} ]+"));
                    assertThat((List<?>) shown.get("overlapping")).as(where).isEmpty();
                    assertThat((List<?>) shown.get("outside")).as(where).isEmpty();
                    assertThat(page.locator(".map-passage").textContent()).as(where).isEqualTo(KOREAN_PASSAGES.get(route.getKey()));
                    assertThat(page.locator("g.map-border").evaluateAll("marks => marks.map(m => m.dataset.crossing)").toString())
                            .as(where).doesNotContainPattern("[A-Za-z]");
                    BrowserPages.screenshot(page.locator("section.map"), "journey-map-ko-" + route.getKey() + "-" + width);
                }
            }
        }
    }

    private static PublishedStory theCrossing() throws Exception {
        return StoryCachesTest.stories().filter(s -> s.slug().equals("the-crossing")).findFirst().orElseThrow();
    }

    /** The scenes of a route's places: the first scene at each place stands for it. */
    private static List<Integer> scenes(PublishedStory crossing, List<String> places) {
        List<Integer> scenes = new ArrayList<>();
        for (String place : places) {
            scenes.add(crossing.story().scenes().stream().filter(s -> s.place() != null && s.place().name().equals(place))
                    .map(Scene::index).findFirst().orElseThrow(() -> new AssertionError("no scene at " + place)));
        }
        return scenes;
    }

    private static String set(int width) {
        return width < JourneyMap.WIDE_FROM ? ".map-narrow" : ".map-wide";
    }

    private static BrowserContext newContext(int width) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setReducedMotion(ReducedMotion.REDUCE));
    }

    /** The map drawn by the real template and style, its picture served from the cache, as a page of its own. */
    private static Page show(BrowserContext context, StoryCache cache, Views.MapView map, String lang) throws Exception {
        String css = Files.readString(Paths.get("src", "main", "resources", "web", "app.css"), StandardCharsets.UTF_8);
        StringOutput html = new StringOutput();
        TEMPLATES.render("journeymap.jte", Map.of("map", map, "head", new Views.Head("Map", lang, "", "", "", null)), html);
        String pageHtml = "<!doctype html><html lang=\"" + lang + "\"><head><meta name=\"viewport\" content=\"width=device-width\"><style>" + css
                + "</style></head><body><main>" + html + "</main></body></html>";
        byte[] ground = cache.mapGround().svg();
        Page page = context.newPage();
        page.route("**/map-ground.svg", r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("image/svg+xml").setBodyBytes(ground)));
        page.route("http://map.test/", r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody(pageHtml)));
        page.navigate("http://map.test/");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return page;
    }
}
