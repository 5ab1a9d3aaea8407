package org.crossing.app.player;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crossing.story.model.Place;
import org.crossing.story.model.Story;

/**
 * The stops of a journey: its places in the order first reached, with the places that are one
 * stop merged into it. Stories place scenes finely ("Hyesan", "Hyesan market", "The Yalu at
 * Hyesan"); a journey told in a sentence, drawn on a phone or shared in a post names each town
 * once. Two places are one stop when they have the same name, or lie within
 * {@value #NEAR_KM} km of each other and share a name word that is not a region's ("Changbai" in
 * "Near Changbai, China", but not "China"). A region is what follows a comma in any of the
 * story's place names. Places that share no word stay apart however close (Hyesan and Changbai
 * face each other across the river, in two countries).
 */
final class Stops {

    static final double NEAR_KM = 30;
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final Set<String> LOWER_CASE_FIRST = Set.of("the", "a", "an", "near");

    private Stops() {}

    /**
     * One stop: its full name as the story gives it first, the short name for labels and lists
     * (before the first comma: "Changbai" for "Changbai, China"), where it was first reached, and
     * its name as the story is written ({@code written}, the same as {@code name} but in a
     * translation), whose region says which country the stop is in whatever the language shown.
     */
    record Stop(String name, String shortName, double latitude, double longitude, String written) {

        /** The short name as it reads inside a sentence: "the Yalu at Hyesan". */
        String inSentence() {
            int space = shortName.indexOf(' ');
            if (space < 0) return shortName;
            String first = shortName.substring(0, space);
            return LOWER_CASE_FIRST.contains(first.toLowerCase(Locale.ROOT)) ? first.toLowerCase(Locale.ROOT) + shortName.substring(space) : shortName;
        }
    }

    /** The words that name regions in this story's places: the capitalised words after a comma. */
    private static Set<String> regions(Story story) {
        Set<String> regions = new HashSet<>();
        for (var scene : story.scenes()) {
            Place place = scene.place();
            if (place == null) continue;
            int comma = place.name().lastIndexOf(',');
            if (comma >= 0) regions.addAll(words(place.name().substring(comma + 1)));
        }
        return regions;
    }

    /**
     * A journey's stops, each once in the order first reached, and {@code visits}: the stops in the
     * order the journey passed them, an index into {@code stops} for each place, repeats in a row
     * merged (a journey that turns back passes a stop twice).
     */
    record Route(List<Stop> stops, List<Integer> visits) {

        /** The route's length, stop to stop along great circles, in kilometres. */
        double kilometres() {
            double total = 0;
            for (int i = 1; i < visits.size(); i++) {
                Stop a = stops.get(visits.get(i - 1));
                Stop b = stops.get(visits.get(i));
                total += Stops.kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            }
            return total;
        }

        Stop first() {
            return stops.get(visits.get(0));
        }

        Stop last() {
            return stops.get(visits.get(visits.size() - 1));
        }

        boolean isEmpty() {
            return stops.isEmpty();
        }
    }

    /**
     * The words that tell each scene's place apart from the others' (its name words less the
     * regions'), by scene index; null for a scene without a place. Worked out once per story.
     */
    static List<Set<String>> nameWords(Story story) {
        Set<String> regions = regions(story);
        List<Set<String>> byScene = new ArrayList<>();
        for (var scene : story.scenes()) {
            if (scene.place() == null) {
                byScene.add(null);
                continue;
            }
            Set<String> words = words(scene.place().name());
            words.removeAll(regions);
            byScene.add(Set.copyOf(words));
        }
        return byScene;
    }

    /** The route through the places of {@code placeScenes} ({@link Journey#placeScenes}); {@code nameWords} from {@link #nameWords}. */
    static Route of(Story story, List<Set<String>> nameWords, List<Integer> placeScenes) {
        return of(story, nameWords, placeScenes, story, UnaryOperator.identity());
    }

    /**
     * The route as {@link #of(Story, List, List)} gives it for {@code story}, its stops named as
     * {@code named} (a translation of it) names their places: a translation's names do not follow
     * the original's rules ("중국 창바이" for "Changbai, China"), so the stops are the original's
     * in every language. {@code regionName} gives a region's name in the translation's language
     * ("중국" for "China"): a stop's short name is its name less that ({@link #shortName(String, String, UnaryOperator)}).
     */
    static Route of(Story story, List<Set<String>> nameWords, List<Integer> placeScenes, Story named, UnaryOperator<String> regionName) {
        List<Stop> stops = new ArrayList<>();
        List<Stop> grouped = new ArrayList<>();
        List<Set<String>> stopWords = new ArrayList<>();
        List<Integer> visits = new ArrayList<>();
        for (int scene : placeScenes) {
            Place place = story.scene(scene).place();
            Set<String> words = nameWords.get(scene);
            int index = indexOfSameStop(grouped, stopWords, place, words);
            if (index < 0) {
                index = stops.size();
                grouped.add(new Stop(place.name(), shortName(place.name()), place.latitude(), place.longitude(), place.name()));
                String name = named.scene(scene).place().name();
                stops.add(new Stop(name, shortName(name, place.name(), regionName), place.latitude(), place.longitude(), place.name()));
                stopWords.add(words);
            } else if (region(stops.get(index).written()) == null && region(place.name()) != null) {
                // The stop's first place named no country ("The Yalu near Changbai", on the ice) and a
                // later one of it does ("Changbai, China"): the stop is in that country, and the border
                // crossed to reach it is marked.
                Stop stop = stops.get(index);
                stops.set(index, new Stop(stop.name(), stop.shortName(), stop.latitude(), stop.longitude(), place.name()));
            }
            if (visits.isEmpty() || visits.get(visits.size() - 1) != index) visits.add(index);
        }
        return new Route(List.copyOf(stops), List.copyOf(visits));
    }

    private static int indexOfSameStop(List<Stop> stops, List<Set<String>> stopWords, Place place, Set<String> words) {
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            if (stop.name().equals(place.name())) return i;
            if (kilometres(stop.latitude(), stop.longitude(), place.latitude(), place.longitude()) > NEAR_KM) continue;
            for (String word : words) if (stopWords.get(i).contains(word)) return i;
        }
        return -1;
    }

    /** The capitalised words of a name: "The Yalu at Hyesan" gives Yalu and Hyesan ("The" opens it, it names nothing). */
    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        String[] parts = name.split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i];
            if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) continue;
            if (LOWER_CASE_FIRST.contains(word.toLowerCase(Locale.ROOT))) continue;
            words.add(word);
        }
        return words;
    }

    /** What follows the last comma of a place's name ("China" in "Yanji, China"), or null when it has none. */
    static String region(String name) {
        int comma = name.lastIndexOf(',');
        return comma < 0 ? null : name.substring(comma + 1).strip();
    }

    /**
     * The short name of a stop named {@code name} in a translation of the place written
     * {@code written}: its name less the region's name in the translation's words, wherever the
     * language puts it ("옌지" for "중국 옌지", the translation of "Yanji, China", as "Yanji" is
     * for the original); else the part before its first comma, as in the original. A region the
     * translation's words do not name (a town's district) stays in the short name.
     */
    static String shortName(String name, String written, UnaryOperator<String> regionName) {
        String region = region(written);
        if (region == null || name.equals(written)) return shortName(name);
        String translated = regionName.apply(region);
        if (name.startsWith(translated + " ")) return shortName(name.substring(translated.length()).strip());
        for (String before : List.of(", ", " ")) {
            if (name.endsWith(before + translated)) return shortName(name.substring(0, name.length() - translated.length() - before.length()).strip());
        }
        return shortName(name);
    }

    static String shortName(String name) {
        int comma = name.indexOf(',');
        return comma > 0 ? name.substring(0, comma).strip() : name;
    }

    /** The great-circle distance between two points, in kilometres (haversine, on a sphere of the Earth's mean radius). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** "2,340 km", rounded to tens of kilometres past a hundred: the places are not surveyed points. */
    static String distance(double kilometres) {
        long rounded = kilometres < 100 ? Math.round(kilometres) : Math.round(kilometres / 10) * 10;
        return SvgNumbers.grouped(rounded) + " km";
    }
}
