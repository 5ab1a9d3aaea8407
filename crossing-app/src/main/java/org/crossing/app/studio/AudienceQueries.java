package org.crossing.app.studio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads a story version's {@link Audience} from the statistics tables ({@code play_day} and the
 * journeys of the last two days in {@code journey}): a handful of grouped selects, run when an
 * author opens the page, never on a player's request.
 */
public final class AudienceQueries {

    private final Jdbi jdbi;

    public AudienceQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Every version of {@code story} with counts, the one last played first: its first and last
     * day and the journeys begun in it.
     */
    public List<Audience.Version> versions(String story) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select story_version, min(day) as first_day, max(day) as last_day,
                               sum(case when kind = 'BEGIN' then count else 0 end) as begun
                        from play_day where story = :story
                        group by story_version
                        order by max(day) desc, min(day) desc, story_version""")
                .bind("story", story)
                .map((rs, ctx) -> new Audience.Version(rs.getString("story_version"), rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class), rs.getLong("begun")))
                .list());
    }

    public Audience read(String story, String version) {
        return jdbi.withHandle(handle -> {
            Map<LocalDate, long[]> byDay = new TreeMap<>();
            Map<Integer, Long> chapters = new TreeMap<>();
            Map<String, Long> scenes = new HashMap<>();
            Map<String, Map<Integer, Long>> choices = new HashMap<>();
            Map<String, Map<Integer, Long>> timeouts = new HashMap<>();
            Map<String, Map<Integer, Long>> chance = new HashMap<>();
            Map<String, Long> endings = new HashMap<>();
            Map<String, Long> stopped = new HashMap<>();
            handle.createQuery("""
                            select kind, day, scene, item, sum(count) as n from play_day
                            where story = :story and story_version = :version
                            group by kind, day, scene, item""")
                    .bind("story", story).bind("version", version)
                    .map((rs, ctx) -> {
                        String kind = rs.getString("kind");
                        LocalDate day = rs.getObject("day", LocalDate.class);
                        String scene = rs.getString("scene");
                        int item = rs.getInt("item");
                        long n = rs.getLong("n");
                        switch (kind) {
                            case "BEGIN" -> byDay.computeIfAbsent(day, d -> new long[2])[0] += n;
                            case "ENDING" -> {
                                byDay.computeIfAbsent(day, d -> new long[2])[1] += n;
                                endings.merge(scene, n, Long::sum);
                            }
                            case "CHAPTER" -> chapters.merge(item, n, Long::sum);
                            case "SCENE" -> scenes.merge(scene, n, Long::sum);
                            case "CHOICE" -> choices.computeIfAbsent(scene, s -> new TreeMap<>()).merge(item, n, Long::sum);
                            case "TIMEOUT" -> timeouts.computeIfAbsent(scene, s -> new TreeMap<>()).merge(item, n, Long::sum);
                            case "CHANCE" -> chance.computeIfAbsent(scene, s -> new TreeMap<>()).merge(item, n, Long::sum);
                            case "STOP" -> stopped.merge(scene, n, Long::sum);
                            default -> { }
                        }
                        return kind;
                    }).list();
            Map<String, Long> underway = new HashMap<>();
            handle.createQuery("""
                            select last_scene, count(*) as n from journey
                            where story = :story and story_version = :version and ending is null and last_scene is not null
                            group by last_scene""")
                    .bind("story", story).bind("version", version)
                    .map((rs, ctx) -> underway.put(rs.getString("last_scene"), rs.getLong("n"))).list();
            List<Audience.Day> days = new ArrayList<>();
            byDay.forEach((day, n) -> days.add(new Audience.Day(day, n[0], n[1])));
            return new Audience(story, version, days, chapters, scenes, choices, timeouts, chance, endings, stopped, underway);
        });
    }
}
