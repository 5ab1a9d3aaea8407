package org.crossing.app.stats;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts in PostgreSQL (schema: db/migration/V2__journeys.sql). A batch is one transaction:
 * its journeys are created when new and locked, the steps not counted before are marked in each
 * journey's bitmap, and what they add goes to {@code play_count} and {@code play_day}. A batch
 * written twice finds its steps marked and adds nothing; two nodes writing steps of one journey
 * wait for each other on its row. Rows are written in one order on every node (journeys by id,
 * counts by key) so that nodes never wait for each other in a circle.
 */
public final class PostgresCounterStore implements CounterStore {

    private static final String CREATE_JOURNEYS = """
            insert into journey (id, story, story_version, begun_at) values (?, ?, ?, ?)
            on conflict (id) do nothing""";
    private static final String LOCK_JOURNEYS = """
            select id, counted, scenes, chapters, last_step, last_scene, ending from journey
            where id = any(?) order by id for update""";
    private static final String UPDATE_JOURNEY = """
            update journey set counted = ?, scenes = ?, chapters = ?, last_step = ?, last_scene = ?, ending = ? where id = ?""";
    private static final String ADD_TOTAL = """
            insert into play_count (story, story_version, kind, scene, item, count) values (?, ?, ?, ?, ?, ?)
            on conflict (story, story_version, kind, scene, item) do update set count = play_count.count + excluded.count""";
    private static final String ADD_DAY = """
            insert into play_day (story, story_version, day, kind, scene, item, count) values (?, ?, ?, ?, ?, ?, ?)
            on conflict (story, story_version, day, kind, scene, item) do update set count = play_day.count + excluded.count""";
    private static final String MARK_OLD_FILE = """
            insert into old_counts_file (sha256, added_at, counts) values (:sha256, :now, :counts) on conflict (sha256) do nothing""";
    /** At most this many journeys are forgotten per transaction, so that a backlog never holds long locks. */
    private static final int EXPIRE_BATCH = 5_000;
    private static final String EXPIRE = """
            with gone as (
                delete from journey where id in (select id from journey where begun_at < ? order by begun_at limit %d)
                returning story, story_version, begun_at, last_scene, ending
            ), stops as (
                insert into play_day (story, story_version, day, kind, scene, item, count)
                select story, story_version, (begun_at at time zone 'UTC')::date, 'STOP', last_scene, 0, count(*)
                from gone where ending is null and last_scene is not null
                group by story, story_version, (begun_at at time zone 'UTC')::date, last_scene
                order by 1, 2, 3, 5
                on conflict (story, story_version, day, kind, scene, item) do update set count = play_day.count + excluded.count
            )
            select count(*) from gone""".formatted(EXPIRE_BATCH);

    /** PostgreSQL's order of uuids: their bytes compared unsigned. */
    static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final Jdbi jdbi;

    public PostgresCounterStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int write(List<JourneyStep> steps) throws SQLException {
        if (steps.isEmpty()) return 0;
        Map<UUID, List<JourneyStep>> byJourney = new TreeMap<>(UUID_ORDER);
        for (JourneyStep step : steps) byJourney.computeIfAbsent(step.journey(), id -> new ArrayList<>()).add(step);
        return jdbi.inTransaction(handle -> {
            Connection connection = handle.getConnection();
            createJourneys(connection, byJourney);
            Map<UUID, JourneyRecord> records = lockJourneys(connection, byJourney.keySet());
            Tally tally = new Tally();
            int counted = 0;
            for (Map.Entry<UUID, List<JourneyStep>> journey : byJourney.entrySet()) {
                JourneyRecord record = records.get(journey.getKey());
                List<JourneyStep> ordered = new ArrayList<>(journey.getValue());
                ordered.sort(Comparator.comparingInt(JourneyStep::step));
                for (JourneyStep step : ordered) if (record.count(step, tally)) counted++;
            }
            updateJourneys(connection, records);
            addTotals(connection, tally);
            addDays(connection, tally);
            return counted;
        });
    }

    /**
     * Adds the counts of an old {@code pending-counts.tsv} to {@code play_count}, in one
     * transaction with the file's SHA-256: a file added before adds nothing and gives the time
     * it was added.
     */
    public Optional<Instant> addOldCountsOnce(String sha256, Map<CounterKey, Long> counts) throws SQLException {
        return jdbi.inTransaction(handle -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            int inserted = handle.createUpdate(MARK_OLD_FILE).bind("sha256", sha256).bind("now", Timestamp.from(Instant.now()))
                    .bind("counts", total).execute();
            if (inserted == 0) {
                return Optional.of(handle.createQuery("select added_at from old_counts_file where sha256 = :sha256").bind("sha256", sha256)
                        .mapTo(Timestamp.class).one().toInstant());
            }
            Tally tally = new Tally();
            tally.totals.putAll(counts);
            addTotals(handle.getConnection(), tally);
            return Optional.empty();
        });
    }

    private static void createJourneys(Connection connection, Map<UUID, List<JourneyStep>> byJourney) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CREATE_JOURNEYS)) {
            for (Map.Entry<UUID, List<JourneyStep>> journey : byJourney.entrySet()) {
                JourneyStep any = journey.getValue().get(0);
                insert.setObject(1, journey.getKey());
                insert.setString(2, any.story());
                insert.setString(3, any.version());
                insert.setTimestamp(4, Timestamp.from(Instant.ofEpochSecond(any.begunMinute() * 60L)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<UUID, JourneyRecord> lockJourneys(Connection connection, Collection<UUID> ids) throws SQLException {
        Map<UUID, JourneyRecord> records = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(LOCK_JOURNEYS)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.put(rows.getObject(1, UUID.class), new JourneyRecord(rows.getBytes(2), rows.getBytes(3), rows.getBytes(4),
                            rows.getInt(5), rows.getString(6), rows.getString(7)));
                }
            }
            array.free();
        }
        return records;
    }

    private static void updateJourneys(Connection connection, Map<UUID, JourneyRecord> records) throws SQLException {
        Map<UUID, JourneyRecord> ordered = new TreeMap<>(UUID_ORDER);
        ordered.putAll(records);
        try (PreparedStatement update = connection.prepareStatement(UPDATE_JOURNEY)) {
            boolean any = false;
            for (Map.Entry<UUID, JourneyRecord> entry : ordered.entrySet()) {
                JourneyRecord record = entry.getValue();
                if (!record.changed) continue;
                update.setBytes(1, record.counted);
                update.setBytes(2, record.scenes);
                update.setBytes(3, record.chapters);
                update.setInt(4, record.lastStep);
                update.setString(5, record.lastScene);
                update.setString(6, record.ending);
                update.setObject(7, entry.getKey());
                update.addBatch();
                any = true;
            }
            if (any) update.executeBatch();
        }
    }

    private static void addTotals(Connection connection, Tally tally) throws SQLException {
        if (tally.totals.isEmpty()) return;
        try (PreparedStatement insert = connection.prepareStatement(ADD_TOTAL)) {
            for (Map.Entry<CounterKey, Long> entry : tally.sortedTotals().entrySet()) {
                CounterKey key = entry.getKey();
                insert.setString(1, key.story());
                insert.setString(2, key.version());
                insert.setString(3, key.kind().name());
                insert.setString(4, key.scene());
                insert.setInt(5, key.item());
                insert.setLong(6, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void addDays(Connection connection, Tally tally) throws SQLException {
        if (tally.days.isEmpty()) return;
        try (PreparedStatement insert = connection.prepareStatement(ADD_DAY)) {
            for (Map.Entry<DayKey, Long> entry : tally.sortedDays().entrySet()) {
                DayKey key = entry.getKey();
                insert.setString(1, key.story());
                insert.setString(2, key.version());
                insert.setObject(3, key.day());
                insert.setString(4, key.kind());
                insert.setString(5, key.scene());
                insert.setInt(6, key.item());
                insert.setLong(7, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Map<CounterKey, Long> load(Collection<String> versions) {
        if (versions.isEmpty()) return Map.of();
        return jdbi.withHandle(handle -> {
            Map<CounterKey, Long> totals = new HashMap<>();
            handle.createQuery("select story, story_version, kind, scene, item, count from play_count where story_version = any(:versions)")
                    .bindArray("versions", String.class, versions)
                    .map((rs, ctx) -> new Object[] {
                            new CounterKey(rs.getString(1), rs.getString(2), CounterKey.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5)),
                            rs.getLong(6)})
                    .forEach(row -> totals.put((CounterKey) row[0], (Long) row[1]));
            return totals;
        });
    }

    @Override
    public int expire(Instant before) {
        int total = 0;
        while (true) {
            int removed = jdbi.inTransaction(handle -> handle.createQuery(EXPIRE).bind(0, Timestamp.from(before)).mapTo(Integer.class).one());
            total += removed;
            if (removed < EXPIRE_BATCH) return total;
        }
    }
}
