package org.crossing.app.stats;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Counts in PostgreSQL's {@code play_count} table, added with one batched upsert per write. */
public final class PostgresCounterStore implements CounterStore {

    private static final String UPSERT = """
            insert into play_count (story, story_version, kind, scene, item, count)
            values (:story, :version, :kind, :scene, :item, :count)
            on conflict (story, story_version, kind, scene, item)
            do update set count = play_count.count + excluded.count""";

    private final Jdbi jdbi;

    public PostgresCounterStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Map<CounterKey, Long> counts) {
        // One transaction: the whole batch is written or none of it, so a failed write can be retried without counting twice.
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(UPSERT);
            for (Map.Entry<CounterKey, Long> entry : counts.entrySet()) {
                CounterKey key = entry.getKey();
                batch.bind("story", key.story()).bind("version", key.version()).bind("kind", key.kind().name())
                        .bind("scene", key.scene()).bind("item", key.item()).bind("count", entry.getValue()).add();
            }
            batch.execute();
        });
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
}
