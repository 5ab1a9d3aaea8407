package org.crossing.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database Crossing keeps its statistics in: opened, pooled and migrated. Either embedded
 * (PostgreSQL started from the data folder, its files surviving restarts) or a server given by
 * URL; everything above this class is the same for both.
 */
public final class Database implements AutoCloseable {

    /** The embedded database's files, under the data folder. */
    public static final String EMBEDDED_DIR = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Null for a database server. */
    private final Embedded embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String description;
    private boolean closed;

    private Database(Embedded embedded, HikariDataSource pool, String description) {
        this.embedded = embedded;
        this.pool = pool;
        this.jdbi = embedded == null ? Jdbi.create(pool) : Jdbi.create(embedded.failingFast(pool));
        this.description = description;
    }

    /** Opens the database, runs the migrations and returns it ready; fails with a message that names the URL. */
    public static Database open(DatabaseConfig config, Path dataDir) throws DatabaseUnavailableException {
        Embedded embedded = null;
        String url = config.url();
        String user = config.user();
        String password = config.password();
        String description;
        if (config.isEmbedded()) {
            Path dir = dataDir.resolve(EMBEDDED_DIR).toAbsolutePath();
            embedded = startEmbedded(dir, config.embeddedPort());
            url = embedded.postgres().getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = null;
            description = "embedded PostgreSQL in " + dir;
        } else {
            description = url;
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(url, user, password));
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            throw new DatabaseUnavailableException("cannot reach the database at " + url + ": " + RootCause.message(e)
                    + " (check --database-url, --database-user and --database-password, or CROSSING_DATABASE_URL)", e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            closeQuietly(embedded);
            throw new DatabaseUnavailableException("cannot prepare the database at " + url + ": " + RootCause.message(e), e);
        }
        return new Database(embedded, pool, description);
    }

    /** A started embedded PostgreSQL, its folder, and the file its programs' output goes to. */
    private record Embedded(EmbeddedPostgres postgres, Path dir, Path output) {

        /**
         * Connections from the pool, or at once an error when the embedded PostgreSQL is not
         * running: the pool would try to connect for its whole timeout (5 s) on every write,
         * and a node stopping with its database gone would wait for each.
         */
        ConnectionFactory failingFast(DataSource pool) {
            PostgresFolder folder = new PostgresFolder(dir);
            return () -> {
                if (!folder.postmasterAlive()) throw new SQLException("the embedded PostgreSQL in " + dir + " is not running", "08001");
                return pool.getConnection();
            };
        }

        /** Stops it when it runs, and releases the folder's lock either way. */
        void stop() {
            // Ctrl-C in a terminal signals the embedded PostgreSQL too, and it may have stopped
            // already, or it was killed: then there is nothing to stop, only the folder's lock to
            // release, which the library's close does after its pg_ctl fails (its error log is
            // silenced in simplelogger.properties; what matters is said here, in one line).
            PostgresFolder folder = new PostgresFolder(dir);
            if (!folder.postmasterAlive()) LOG.info("the embedded PostgreSQL had stopped already");
            try {
                postgres.close();
            } catch (IOException ignored) {
                // Checked below.
            }
            if (folder.postmasterAlive()) LOG.warn("the embedded PostgreSQL in {} did not stop; the next start will stop it", dir);
            try {
                Files.deleteIfExists(output);
            } catch (IOException ignored) {
                // A temporary file: the system cleans its temporary folder.
            }
        }
    }

    private static Embedded startEmbedded(Path dir, int port) throws DatabaseUnavailableException {
        String where = "cannot start the embedded PostgreSQL in " + dir + ": ";
        Path output = null;
        try {
            Files.createDirectories(dir);
            new PostgresFolder(dir).prepare();
            // What initdb and PostgreSQL print goes to a file outside the data folder, whose disk
            // may be the one that is full: on failure it holds the real cause. Removed once
            // started; the library opens it again for pg_ctl at the stop, so that removes it too.
            output = Files.createTempFile("crossing-postgres-", ".log");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port != 0) builder.setPort(port);
            EmbeddedPostgres embedded = builder
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // We stop it ourselves, after the last statistics are written.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    // The library's defaults suit throwaway test databases (fsync off); these
                    // statistics must survive a power cut, so write them durably.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            Files.deleteIfExists(output);
            return new Embedded(embedded, dir, output);
        } catch (PostgresFolder.InUseException e) {
            throw new DatabaseUnavailableException(where + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableException(where + StartFailure.explain(e, readAndDelete(output)), e);
        }
    }

    private static List<String> readAndDelete(Path file) {
        if (file == null) return List.of();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.deleteIfExists(file);
            return lines;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static HikariConfig poolConfig(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crossing");
        config.setJdbcUrl(url);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        // Only the statistics writer and the studio use the database: a small pool is plenty.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        // Fail at start rather than serve without a database; later outages are absorbed by the statistics buffer.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "30");
        // Statistics write each batch as multi-row inserts rather than one statement per row.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return config;
    }

    /**
     * Starts the embedded PostgreSQL again when its server process has stopped under the node
     * (killed, crashed, out of memory), on the same folder, port and settings (pg_ctl reads them
     * from postmaster.opts), so that the pool's next connection finds it; PostgreSQL recovers its
     * files from its write-ahead log first. Does nothing while it runs, and nothing for a database
     * server: the pool reconnects to one by itself.
     */
    public synchronized void restartIfStopped() {
        Path embeddedDir = embedded == null ? null : embedded.dir();
        if (embeddedDir == null || closed || postmasterRunning(embeddedDir)) return;
        Path options = embeddedDir.resolve("postmaster.opts");
        try {
            String postgres = firstWord(Files.readString(options));
            Path pgCtl = Path.of(postgres).resolveSibling("pg_ctl");
            List<String> command = new ArrayList<>();
            // As the library started it: PostgreSQL refuses to run as root, and a user namespace makes root someone else.
            if (LinuxUtils.isUnshareAvailable()) command.addAll(List.of("unshare", "-U"));
            command.addAll(List.of(pgCtl.toString(), "restart", "-D", embeddedDir.toString(), "-w", "-t", "30",
                    "-l", embeddedDir.resolve(RESTART_LOG).toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
                LOG.warn("the embedded PostgreSQL in {} stopped, and did not start again within 40 s", embeddedDir);
            } else if (process.exitValue() != 0) {
                LOG.warn("the embedded PostgreSQL in {} stopped, and could not start again yet (see {}); trying again later",
                        embeddedDir, embeddedDir.resolve(RESTART_LOG));
            } else {
                LOG.warn("the embedded PostgreSQL in {} had stopped; it was started again", embeddedDir);
            }
        } catch (IOException e) {
            LOG.warn("the embedded PostgreSQL in {} stopped, and cannot be started again: {}", embeddedDir, RootCause.message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where a restarted embedded PostgreSQL writes its log, in its folder. */
    static final String RESTART_LOG = "crossing-restart.log";

    /** Whether the postmaster named in the folder's postmaster.pid is alive. */
    static boolean postmasterRunning(Path dir) {
        try {
            String first = Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip();
            return ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The first word of postmaster.opts: the postgres program, written without quotes. */
    private static String firstWord(String text) throws IOException {
        String stripped = text.strip();
        if (stripped.isEmpty()) throw new IOException("postmaster.opts is empty");
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The database as an operator would name it: a URL, or the embedded database's folder. */
    public String description() {
        return description;
    }

    /**
     * Called as the node begins to stop: from now on a database that has gone away stays away
     * (the last counts go to the data folder) rather than being started again only to be stopped.
     */
    public synchronized void stopRestarting() {
        closed = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pool.close();
        if (embedded != null) embedded.stop();
    }

    private static void closeQuietly(Embedded embedded) {
        if (embedded != null) embedded.stop();
    }
}
