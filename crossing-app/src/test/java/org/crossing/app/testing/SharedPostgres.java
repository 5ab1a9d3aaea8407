package org.crossing.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.crossing.app.db.DatabaseConfig;
import org.flywaydb.core.Flyway;

/**
 * One PostgreSQL for the whole test run, for the nodes of tests that are not about the embedded
 * database: each node gets an empty database of its own, copied from a template migrated once,
 * instead of an embedded PostgreSQL made, started and stopped for it (most of a node's start-up).
 * The embedded database keeps its own tests (EmbeddedDatabaseFaultsTest, CountingIntegrationTest,
 * StatisticsIntegrationTest, ServeCommandTest). Stopped, and its files removed, when the run ends.
 */
public final class SharedPostgres {

    private static final String TEMPLATE = "crossing_template";
    private static EmbeddedPostgres postgres;
    private static int databases;

    private SharedPostgres() {}

    /** A new database, with the node's tables and nothing in them, on the run's PostgreSQL (started at the first call). */
    public static synchronized DatabaseConfig newDatabase() {
        try {
            if (postgres == null) postgres = started();
            String name = "node_" + ++databases;
            execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            return new DatabaseConfig(postgres.getJdbcUrl("postgres", name), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a database for a test node: " + e.getMessage(), e);
        }
    }

    /** A throwaway cluster (the library's defaults: no fsync), its template migrated as a node would migrate its database. */
    private static EmbeddedPostgres started() throws IOException, SQLException {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        postgres = started;
        execute("CREATE DATABASE " + TEMPLATE);
        Flyway.configure().dataSource(started.getJdbcUrl("postgres", TEMPLATE), "postgres", null)
                .locations("classpath:db/migration").load().migrate();
        return started;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
