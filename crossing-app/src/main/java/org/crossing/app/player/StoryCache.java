package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.crossing.app.stats.CounterKey;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;

/**
 * What the player's pages of one story would otherwise work out again on every request, worked
 * out once, since a loaded story never changes: the statistics keys of its endings and choices,
 * the endings' summaries without values, the parts of the share links that depend on the story
 * alone, the journey map's projected places, the journey map of each route drawn and, once
 * rendered, each scene's body ({@link SceneBodies}). Each is compared with the work it replaces in {@code StoryCachesTest}.
 * It keeps the fixed parts of each scene's page too, once rendered ({@link ScenePieces}).
 */
final class StoryCache {

    private static final java.util.concurrent.atomic.AtomicLong CREATED = new java.util.concurrent.atomic.AtomicLong();
    /** Unique to this cache in the node: what kept pieces are keyed by, so that a key does not hold the story ({@link PagePieces}). */
    final long id = CREATED.incrementAndGet();
    private final PublishedStory published;
    /** What its media addresses end with: the key that lets invited players fetch media before launch ("" without a launch time). */
    private final String mediaQuery;
    private final List<CounterKey> endingKeys;
    private final List<String> endingsWithoutValues;
    /** By scene index: the statistics keys of the scene's choices, in choice order. */
    private final List<List<CounterKey>> choiceKeys;
    private final ShareLinks.Tag shareTag;
    private final MapBase mapBase;
    /** The story's map picture without its names (null without a picture); served as {@link #MAP_GROUND}. */
    private final MapGround mapGround;
    static final String MAP_GROUND = "map-ground.svg";
    /** The map picture's land, for the share card; null without a picture. */
    private final MapShapes mapShapes;
    /** By scene index, the words that tell its place from others in the story as written ({@link Stops#nameWords}). */
    private final List<java.util.Set<String>> placeWords;
    /** How many routes, and maps of routes, a story keeps: its journeys take a few hundred routes. */
    static final int ROUTES_KEPT = 4096;
    /**
     * Routes worked out, by the place scenes they pass ({@link Journey#placeScenes}). Journeys share
     * their routes (every player at a stop came by one of a few ways), so a page seldom works one out.
     */
    private final BoundedMap<List<Integer>, Stops.Route> routes = new BoundedMap<>(ROUTES_KEPT);
    /** The journey map of each route drawn so far, without its summary: placing the names on land takes milliseconds. */
    private final BoundedMap<Stops.Route, Views.MapView> journeyMaps = new BoundedMap<>(ROUTES_KEPT);
    /** By scene index: the scene's body as HTML, once rendered ({@link SceneBodies}); null until then. */
    private final AtomicReferenceArray<byte[]> renderedBodies;
    /** By scene index: the fixed parts of the scene's page, once rendered ({@link ScenePieces}); null until then. */
    private final AtomicReferenceArray<ScenePieces> scenePieces;
    /** The map picture's country names in the story's language: the player's table's ({@code country.China}), else as the picture writes them. */
    private final java.util.function.UnaryOperator<String> countryNames;

    StoryCache(PublishedStory published, String mediaQuery) {
        this.published = published;
        this.mediaQuery = mediaQuery;
        String slug = published.slug();
        String version = published.version();
        this.endingKeys = published.endings().stream().map(e -> CounterKey.ending(slug, version, e.id())).toList();
        this.endingsWithoutValues = published.endings().stream().map(e -> ShareText.withoutValues(e.ending().summary().source())).toList();
        List<List<CounterKey>> keys = new ArrayList<>();
        for (Scene scene : published.story().scenes()) {
            keys.add(scene.choices().stream().map(c -> CounterKey.choice(slug, version, scene.id(), c.index())).toList());
        }
        this.choiceKeys = List.copyOf(keys);
        this.shareTag = ShareLinks.Tag.of(published.story().metadata().hashtag());
        this.mapGround = MapGround.read(published.mediaDir(), published.map());
        this.mapShapes = MapShapes.of(mapGround);
        this.mapBase = MapBase.of(published.story(), published.map(), mapGround,
                "/s/" + slug + "/" + MAP_GROUND + mediaQuery);
        // the stops of every language are the original's: a translation's place names do not follow its rules
        this.placeWords = Stops.nameWords(published.in(null).story());
        this.renderedBodies = new AtomicReferenceArray<>(published.story().scenes().size());
        this.scenePieces = new AtomicReferenceArray<>(published.story().scenes().size());
        Messages words = Messages.of(published.language());
        this.countryNames = name -> words.orElse("country." + name, name);
    }

    /** The story this cache is for. */
    PublishedStory published() {
        return published;
    }

    /** What the story's media addresses end with. */
    String mediaQuery() {
        return mediaQuery;
    }

    /** The statistics key of each of the story's {@link PublishedStory#endings()}, in the same order. */
    List<CounterKey> endingKeys() {
        return endingKeys;
    }

    /** The summary of each of the story's endings as written, its values left out ({@link ShareText#withoutValues}). */
    List<String> endingsWithoutValues() {
        return endingsWithoutValues;
    }

    /** The statistics keys of the choices of the scene at {@code sceneIndex}, in choice order ({@link Choice#index()}). */
    List<CounterKey> choiceKeys(int sceneIndex) {
        return choiceKeys.get(sceneIndex);
    }

    ShareLinks.Tag shareTag() {
        return shareTag;
    }

    /** The journey map's fixed parts; null when the story has no places. */
    /** A country's name on the map, as the picture names it, in this story's language. */
    java.util.function.UnaryOperator<String> countryNames() {
        return countryNames;
    }

    MapBase mapBase() {
        return mapBase;
    }

    /** The story's map picture without its names; null when it has none. */
    MapGround mapGround() {
        return mapGround;
    }

    MapShapes mapShapes() {
        return mapShapes;
    }

    /** The stops of a journey through the scenes {@code placeScenes} ({@link Journey#placeScenes}). */
    Stops.Route route(List<Integer> placeScenes) {
        Stops.Route route = routes.kept(placeScenes);
        if (route != null) return route;
        return routes.keep(List.copyOf(placeScenes), Stops.of(published.in(null).story(), placeWords, placeScenes, published.story(), countryNames));
    }

    /** The journey map of {@code route} with its {@code summary} ({@link JourneyMap#map}); null when the story has no places or the route none. */
    Views.MapView journeyMap(Stops.Route route, String summary) {
        if (mapBase == null || route.isEmpty()) return null;
        Views.MapView map = journeyMaps.kept(route);
        if (map == null) map = journeyMaps.keep(route, JourneyMap.map(mapBase, route, countryNames));
        return map.withSummary(summary);
    }

    /**
     * The scene page's strip of {@code route} with its {@code label} ({@link RouteStrip#of}); null
     * when the story has no places or the route none. Drawn anew on each call: the player keeps
     * it rendered ({@link PagePieces#strip}).
     */
    Views.MapStrip strip(Stops.Route route, String label) {
        if (mapBase == null || route.isEmpty()) return null;
        return RouteStrip.of(mapBase, route, label, countryNames);
    }

    /** The body of the scene at {@code sceneIndex} as {@link SceneBodies} rendered it, or null before. */
    byte[] renderedBody(int sceneIndex) {
        return renderedBodies.get(sceneIndex);
    }

    void keepRenderedBody(int sceneIndex, byte[] html) {
        renderedBodies.set(sceneIndex, html);
    }

    /** The fixed parts of the page of the scene at {@code sceneIndex}, made by {@code pieces} the first time. */
    ScenePieces scenePieces(int sceneIndex, java.util.function.Supplier<ScenePieces> pieces) {
        ScenePieces kept = scenePieces.get(sceneIndex);
        if (kept != null) return kept;
        // Two requests may render the same scene's pieces at once; both results are the same.
        kept = pieces.get();
        scenePieces.set(sceneIndex, kept);
        return kept;
    }
}
