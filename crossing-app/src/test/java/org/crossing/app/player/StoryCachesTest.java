package org.crossing.app.player;

import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.crossing.app.stats.CounterKey;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a published story works out once (statistics keys, summaries without values, share-link
 * parts, the journey map's fixed parts) gives the same pages as working it out on every request:
 * each cached value is compared with the computation it replaces, for every story we ship, on
 * random journeys.
 */
class StoryCachesTest {

    /** The stories below, compiled on first use; they are only read, so every test (and the map tests) shares them. */
    private static List<PublishedStory> compiled;

    /** The stories we ship and a test story, compiled once for the test run: The Crossing alone takes a second or more. */
    static synchronized Stream<PublishedStory> stories() throws Exception {
        if (compiled == null) {
            List<PublishedStory> stories = new ArrayList<>();
            for (Path dir : List.of(Paths.get("..", "stories", "the-crossing"), Paths.get("..", "examples", "lighthouse"),
                    Paths.get("..", "examples", "market-day"), Paths.get("..", "examples", "night-train"), TestStories.folder().resolve("ferry"))) {
                stories.add(StoryCatalog.load(dir).all().get(0));
            }
            compiled = List.copyOf(stories);
        }
        return compiled.stream();
    }

    @ParameterizedTest
    @MethodSource("stories")
    void statisticsKeysAndSummariesAreThoseOfTheirOwnStoryAndScene(PublishedStory s) {
        StoryCache cache = new StoryCache(s, "");
        Story story = s.story();
        assertThat(s.version()).isEqualTo(story.versionHex());
        List<Scene> endings = story.scenes().stream().filter(Scene::isEnding).toList();
        assertThat(s.endings()).isEqualTo(endings);
        assertThat(cache.endingKeys()).isEqualTo(endings.stream().map(e -> CounterKey.ending(s.slug(), story.versionHex(), e.id())).toList());
        assertThat(cache.endingsWithoutValues()).isEqualTo(endings.stream().map(e -> ShareText.withoutValues(e.ending().summary().source())).toList());
        for (Scene scene : story.scenes()) {
            assertThat(cache.choiceKeys(scene.index())).as(scene.id())
                    .isEqualTo(scene.choices().stream().map(c -> CounterKey.choice(s.slug(), story.versionHex(), scene.id(), c.index())).toList());
        }
    }

    @Test
    void storiesDoNotShareKeys() throws Exception {
        Set<CounterKey> seen = new HashSet<>();
        for (PublishedStory s : stories().toList()) {
            StoryCache cache = new StoryCache(s, "");
            List<CounterKey> keys = new ArrayList<>(cache.endingKeys());
            for (Scene scene : s.story().scenes()) keys.addAll(cache.choiceKeys(scene.index()));
            for (CounterKey key : keys) {
                assertThat(key.story()).isEqualTo(s.slug());
                assertThat(seen.add(key)).as("%s is counted once", key).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stories")
    void theJourneyMapKeptForARouteIsTheOneDrawnFromScratch(PublishedStory s) {
        StoryCache cache = new StoryCache(s, "");
        MapGround ground = MapGround.read(s.mediaDir(), s.map());
        MapBase fresh = MapBase.of(s.story(), s.map(), ground, "/s/" + s.slug() + "/" + StoryCache.MAP_GROUND + cache.mediaQuery());
        Random random = new Random(42);
        for (int journey = 0; journey < 60; journey++) {
            State state = Engine.begin(s.story(), random.nextLong());
            for (int step = 0; step < 300 && !Engine.finished(s.story(), state); step++) {
                state = Engine.next(s.story(), state, randomAction(s.story(), state, random));
                if (step % 7 == 3) checkMap(cache, fresh, state);
            }
            checkMap(cache, fresh, state);
        }
    }

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    @ParameterizedTest
    @MethodSource("stories")
    void aKeptSceneBodyIsTheOneRenderedForTheJourney(PublishedStory s) {
        StoryCache cache = new StoryCache(s, "");
        Random random = new Random(7);
        for (int journey = 0; journey < 100; journey++) {
            State state = Engine.begin(s.story(), random.nextLong());
            for (int step = 0; step < 300; step++) {
                Scene scene = s.story().scene(state.scene());
                State now = state;
                StringOutput kept = new StringOutput();
                SceneBodies.body(cache, Pages.sourcesPage(s), scene, () -> Pages.blocks(cache, now, scene)).writeTo(new OwaspHtmlTemplateOutput(kept));
                StringOutput fresh = new StringOutput();
                TEMPLATES.render("blocks.jte", Map.of("blocks", Pages.blocks(cache, state, scene), "sources", Pages.sourcesPage(s), "text", Messages.of(s.language())), fresh);
                assertThat(kept.toString()).as("%s", scene.id()).isEqualTo(fresh.toString());
                if (Engine.finished(s.story(), state)) break;
                state = Engine.next(s.story(), state, randomAction(s.story(), state, random));
            }
        }
    }

    @Test
    void scenesWhoseTextShowsValuesOrConditionsAreNotKept() throws Exception {
        Story marketDay = stories().filter(s -> s.slug().equals("market-day")).findFirst().orElseThrow().story();
        List<String> live = marketDay.scenes().stream().filter(scene -> !SceneBodies.readsTheSameOnEveryJourney(scene)).map(Scene::id).toList();
        assertThat(live).containsExactly("market", "haggle", "sale", "patrol", "questioned", "home");
    }

    /** The map kept for the journey's route, asked for twice (drawn, then kept), is the one drawn from the story's own map parts. */
    private static void checkMap(StoryCache cache, MapBase fresh, State state) {
        Stops.Route route = cache.route(Journey.placeScenes(cache.published().story(), state));
        Views.MapView drawn = JourneyMap.map(fresh, route);
        for (int time = 0; time < 2; time++) {
            Views.MapView kept = cache.journeyMap(route, "summary " + time);
            if (drawn == null) {
                assertThat(kept).isNull();
                continue;
            }
            assertThat(kept).isEqualTo(drawn.withSummary("summary " + time));
        }
    }

    /** A choice among those enabled, or Continue in a chance scene: what a player could do next. */
    static Action randomAction(Story story, State state, Random random) {
        if (story.scene(state.scene()).isChance()) return Action.CONTINUE;
        List<Option> enabled = Engine.options(story, state).stream().filter(Option::enabled).toList();
        return Action.choose(enabled.get(random.nextInt(enabled.size())).index());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reached Seoul — after 12 decisions, through Hyesan and Yanji. The Crossing",
            "Safe: 3 000 ¥ left & a friend + a plan? 100% “yes”", "émigrée 😀 🇰🇷 tab\there, line\nbreak", "", "a+b=c&d#e"})
    void shareLinksAreThoseEncodedInFull(String text) {
        for (String url : List.of("https://crossing.example/s/the-crossing/share/QwEG.mDwi", "http://localhost:18110/s/x/share/a b+ü")) {
            for (String hashtag : new String[] {null, "TheCrossing", "Übergang 2026"}) {
                assertThat(ShareLinks.of(url, text, ShareLinks.Tag.of(hashtag))).as("%s %s", url, hashtag)
                        .extracting(Views.ShareLink::network, Views.ShareLink::url)
                        .containsExactlyElementsOf(shareLinksFromScratch(url, text, hashtag));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script> & \"quotes\" > all", "Safe: 3 000 ¥ left & a friend", ""})
    void aShareLinksAddressIsWrittenAsJteWouldEscapeIt(String text) {
        for (String hashtag : new String[] {null, "Tag<\"'&>"}) {
            for (Views.ShareLink link : ShareLinks.of("https://x.example/s/a/share/Q?x=<'\">&y", text, ShareLinks.Tag.of(hashtag))) {
                StringOutput escaped = new StringOutput();
                Escape.htmlAttribute(link.url(), escaped);
                assertThat(link.href()).as(link.network()).isEqualTo(escaped.toString()).doesNotContain("<", ">", "\"", "'");
            }
        }
    }

    /** Pages.shareLinks as it was: every link encoded in full; each a network and an address. */
    private static List<Tuple> shareLinksFromScratch(String url, String text, String hashtag) {
        String u = enc(url);
        String tagged = hashtag == null ? text : text + " #" + hashtag;
        List<Tuple> links = new ArrayList<>();
        links.add(tuple("X", "https://twitter.com/intent/tweet?text=" + enc(text) + "&url=" + u
                + (hashtag == null ? "" : "&hashtags=" + enc(hashtag))));
        links.add(tuple("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u + (hashtag == null ? "" : "&hashtag=" + enc("#" + hashtag))));
        links.add(tuple("Bluesky", "https://bsky.app/intent/compose?text=" + enc(tagged + " " + url)));
        links.add(tuple("Mastodon", "https://mastodonshare.com/?text=" + enc(tagged) + "&url=" + u));
        links.add(tuple("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u));
        links.add(tuple("Reddit", "https://www.reddit.com/submit?url=" + u + "&title=" + enc(text)));
        links.add(tuple("WhatsApp", "https://wa.me/?text=" + enc(tagged + " " + url)));
        links.add(tuple("Email", "mailto:?subject=" + enc(text).replace("+", "%20") + "&body=" + enc(tagged + "\n" + url).replace("+", "%20")));
        return links;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
