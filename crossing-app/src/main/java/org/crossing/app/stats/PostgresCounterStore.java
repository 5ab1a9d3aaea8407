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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts in PostgreSQL (schema: db/migration/V2__journeys.sql). A batch is one transaction:
 * the steps not counted before are marked in each journey's bitmap, and what they add goes to
 * {@code play_count} and {@code play_day}. A journey the database does not know yet is written
 * counted, in one insert with the others of its batch (most journeys begin and move on within
 * one flush, and each then costs one row written once); a journey it knows is locked, merged and
 * updated. A batch written twice finds its journeys there and their steps marked, and adds
 * nothing; two nodes writing steps of one journey wait for each other on its row. Rows are
 * written in one order on every node (journeys by id, counts by key) so that nodes never wait
 * for each other in a circle.
 */
public final class PostgresCounterStore implements CounterStore {

    /** The bitmaps go as hex text and the times as seconds: arrays of bytea and of timestamps are not something every driver binds alike. */
    private static final String CREATE_JOURNEYS = """
            insert into journey (id, story, story_version, begun_at, counted, scenes, chapters, last_step, last_scene, ending)
            select id, story, version, to_timestamp(begun), decode(counted, 'hex'), decode(scenes, 'hex'), decode(chapters, 'hex'), last_step, last_scene, ending
            from unnest(?::uuid[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[])
                as j(id, story, version, begun, counted, scenes, chapters, last_step, last_scene, ending)
            order by id
            on conflict (id) do nothing
            returning id""";
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

    private static final HexFormat HEX = HexFormat.of();

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
            Map<UUID, NewJourney> asNew = new TreeMap<>(UUID_ORDER);
            for (Map.Entry<UUID, List<JourneyStep>> journey : byJourney.entrySet()) asNew.put(journey.getKey(), NewJourney.of(journey.getValue()));
            Set<UUID> created = createJourneys(connection, asNew);
            Tally tally = new Tally();
            int added = 0;
            Map<UUID, List<JourneyStep>> known = new TreeMap<>(UUID_ORDER);
            for (Map.Entry<UUID, NewJourney> journey : asNew.entrySet()) {
                if (created.contains(journey.getKey())) {
                    tally.addAll(journey.getValue().tally);
                    added += journey.getValue().steps;
                } else {
                    known.put(journey.getKey(), byJourney.get(journey.getKey()));
                }
            }
            if (!known.isEmpty()) {
                Map<UUID, JourneyRecord> records = lockJourneys(connection, known.keySet());
                for (Map.Entry<UUID, List<JourneyStep>> journey : known.entrySet()) {
                    JourneyRecord record = records.get(journey.getKey());
                    // gone between the insert and the lock: forgotten as older than the retention, and counted no more
                    if (record == null) continue;
                    for (JourneyStep step : inOrder(journey.getValue())) if (record.count(step, tally)) added++;
                }
                updateJourneys(connection, records);
            }
            addTotals(connection, tally);
            addDays(connection, tally);
            return added;
        });
    }

    private static List<JourneyStep> inOrder(List<JourneyStep> steps) {
        List<JourneyStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(JourneyStep::step));
        return ordered;
    }

    /** A journey's steps counted as if it were new: its row, and what it adds if the database agrees that it is. */
    private record NewJourney(JourneyStep first, JourneyRecord record, Tally tally, int steps) {
        static NewJourney of(List<JourneyStep> steps) {
            JourneyRecord record = JourneyRecord.fresh();
            Tally tally = new Tally();
            int counted = 0;
            for (JourneyStep step : inOrder(steps)) if (record.count(step, tally)) counted++;
            return new NewJourney(steps.get(0), record, tally, counted);
        }
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

    /** Writes the journeys the database does not know, counted; returns which those were. */
    private static Set<UUID> createJourneys(Connection connection, Map<UUID, NewJourney> journeys) throws SQLException {
        int n = journeys.size();
        UUID[] ids = new UUID[n];
        String[] stories = new String[n], versions = new String[n], counted = new String[n], scenes = new String[n], chapters = new String[n];
        String[] lastScenes = new String[n], endings = new String[n];
        Long[] begun = new Long[n];
        Integer[] lastSteps = new Integer[n];
        int i = 0;
        for (Map.Entry<UUID, NewJourney> journey : journeys.entrySet()) {
            JourneyStep any = journey.getValue().first();
            JourneyRecord record = journey.getValue().record();
            ids[i] = journey.getKey();
            stories[i] = any.story();
            versions[i] = any.version();
            begun[i] = any.begunMinute() * 60L;
            counted[i] = HEX.formatHex(record.counted);
            scenes[i] = HEX.formatHex(record.scenes);
            chapters[i] = HEX.formatHex(record.chapters);
            lastSteps[i] = record.lastStep;
            lastScenes[i] = record.lastScene;
            endings[i] = record.ending;
            i++;
        }
        Set<UUID> created = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(CREATE_JOURNEYS)) {
            insert.setArray(1, connection.createArrayOf("uuid", ids));
            insert.setArray(2, connection.createArrayOf("text", stories));
            insert.setArray(3, connection.createArrayOf("text", versions));
            insert.setArray(4, connection.createArrayOf("int8", begun));
            insert.setArray(5, connection.createArrayOf("text", counted));
            insert.setArray(6, connection.createArrayOf("text", scenes));
            insert.setArray(7, connection.createArrayOf("text", chapters));
            insert.setArray(8, connection.createArrayOf("int4", lastSteps));
            insert.setArray(9, connection.createArrayOf("text", lastScenes));
            insert.setArray(10, connection.createArrayOf("text", endings));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) created.add(rows.getObject(1, UUID.class));
            }
        }
        return created;
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
