package org.crossing.app.site;

import org.crossing.app.http.MediaFile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.crossing.story.syntax.Diagnostic;

/**
 * A loaded site folder: everything that could be read, whatever else was broken. The
 * diagnostics say what was skipped and why. Immutable; safe to share between threads.
 */
public final class Site {

    private final Path folder;
    private final SiteInfo info;
    private final List<Post> posts;
    private final List<Page> pages;
    private final List<Festival> festivals;
    private final List<PressItem> press;
    private final List<Award> awards;
    private final Set<String> media;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<String>> stale;

    Site(Path folder, SiteInfo info, List<Post> posts, List<Page> pages, List<Festival> festivals,
         List<PressItem> press, List<Award> awards, Set<String> media, List<Diagnostic> diagnostics,
         Map<String, List<String>> stale) {
        this.folder = folder;
        this.info = info;
        this.posts = posts.stream()
                .sorted(Comparator.comparing(Post::date).reversed().thenComparing(Post::slug))
                .toList();
        this.pages = pages.stream().sorted(Comparator.comparingInt(Page::order).thenComparing(Page::slug)).toList();
        this.festivals = festivals.stream().sorted(Comparator.comparing(Festival::start).thenComparing(Festival::slug)).toList();
        this.press = press.stream()
                .sorted(Comparator.comparing((PressItem p) -> p.date().orElse(LocalDate.MIN)).reversed())
                .toList();
        this.awards = awards.stream().sorted(Comparator.comparingInt(Award::year).reversed()).toList();
        this.media = Set.copyOf(media);
        this.diagnostics = List.copyOf(diagnostics);
        Map<String, List<String>> staleCopy = new java.util.HashMap<>();
        stale.forEach((lang, files) -> staleCopy.put(lang, List.copyOf(files)));
        this.stale = Map.copyOf(staleCopy);
    }

    public Path folder() {
        return folder;
    }

    public SiteInfo info() {
        return info;
    }

    /** The files of translations into {@code lang} made from an earlier version of their original (check-site warns of each). */
    public List<String> staleTranslations(String lang) {
        return stale.getOrDefault(lang, List.of());
    }

    /** All posts, newest first. */
    public List<Post> posts() {
        return posts;
    }

    public Optional<Post> post(String slug) {
        return posts.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The posts with {@code tag}, newest first. */
    public List<Post> postsTagged(String tag) {
        return posts.stream().filter(p -> p.taggedWith(tag)).toList();
    }

    /** Every tag with the number of its posts, in alphabetical order. */
    public SortedMap<String, Integer> tags() {
        SortedMap<String, Integer> tags = new TreeMap<>();
        for (Post post : posts) {
            for (String tag : post.tags()) tags.merge(tag, 1, Integer::sum);
        }
        return tags;
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** All festivals, earliest first. */
    public List<Festival> festivals() {
        return festivals;
    }

    public Optional<Festival> festival(String slug) {
        return festivals.stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    /** Festivals still to come or under way on {@code clock}'s day, earliest first. */
    public List<Festival> upcoming(Clock clock) {
        return festivals.stream().filter(f -> !f.lastDay().isBefore(today(f, clock))).toList();
    }

    /** Festivals that are over, the most recent first. */
    public List<Festival> past(Clock clock) {
        List<Festival> past = new ArrayList<>(festivals.stream().filter(f -> f.lastDay().isBefore(today(f, clock))).toList());
        past.sort(Comparator.comparing(Festival::start).reversed());
        return past;
    }

    /** Whether a screening is still to come on {@code clock}'s day, in its festival's time zone. */
    public static boolean isUpcoming(Festival festival, Screening screening, Clock clock) {
        LocalDate last = screening.until().orElse(screening.date());
        return !last.isBefore(today(festival, clock));
    }

    private static LocalDate today(Festival festival, Clock clock) {
        return festival.zone().map(zone -> LocalDate.now(clock.withZone(zone))).orElse(LocalDate.now(clock));
    }

    public List<PressItem> press() {
        return press;
    }

    public List<Award> awards() {
        return awards;
    }

    /** Whether media/{@code name} exists in the folder. */
    public boolean hasMedia(String name) {
        return media.contains(name);
    }

    /** The file media/{@code name}, when it exists and lies in the media folder (not through a link leading out of it). */
    public Optional<Path> media(String name) {
        return hasMedia(name) ? MediaFile.within(folder.resolve("media"), name) : Optional.empty();
    }

    /** What was wrong with the folder; broken files were skipped. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
