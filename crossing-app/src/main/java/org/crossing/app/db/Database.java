package org.crossing.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
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

    private final EmbeddedPostgres embedded;
    /** The embedded database's folder; null for a database server. */
    private final Path embeddedDir;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String description;
    private boolean closed;

    private Database(EmbeddedPostgres embedded, Path embeddedDir, HikariDataSource pool, String description) {
        this.embedded = embedded;
        this.embeddedDir = embeddedDir;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.description = description;
    }

    /** Opens the database, runs the migrations and returns it ready; fails with a message that names the URL. */
    public static Database open(DatabaseConfig config, Path dataDir) throws DatabaseUnavailableException {
        EmbeddedPostgres embedded = null;
        String url = config.url();
        String user = config.user();
        String password = config.password();
        String description;
        if (config.isEmbedded()) {
            Path dir = dataDir.resolve(EMBEDDED_DIR).toAbsolutePath();
            try {
                Files.createDirectories(dir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (config.embeddedPort() != 0) builder.setPort(config.embeddedPort());
                embedded = builder
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        // We stop it ourselves, after the last statistics are written.
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        // The library's defaults suit throwaway test databases (fsync off); these
                        // statistics must survive a power cut, so write them durably.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
            } catch (IOException | RuntimeException e) {
                throw new DatabaseUnavailableException("cannot start the embedded PostgreSQL in " + dir + ": " + rootMessage(e)
                        + " (is another crossing server using this data folder? Use --data to choose another one)", e);
            }
            url = embedded.getJdbcUrl("postgres", "postgres");
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
            throw new DatabaseUnavailableException("cannot reach the database at " + url + ": " + rootMessage(e)
                    + " (check --database-url, --database-user and --database-password, or CROSSING_DATABASE_URL)", e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            closeQuietly(embedded);
            throw new DatabaseUnavailableException("cannot prepare the database at " + url + ": " + rootMessage(e), e);
        }
        return new Database(embedded, embedded == null ? null : dataDir.resolve(EMBEDDED_DIR).toAbsolutePath(), pool, description);
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
            LOG.warn("the embedded PostgreSQL in {} stopped, and cannot be started again: {}", embeddedDir, rootMessage(e));
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

    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** The database as an operator would name it: a URL, or the embedded database's folder. */
    public String description() {
        return description;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pool.close();
        // Ctrl-C in a terminal signals the embedded PostgreSQL too, and it may have stopped
        // already: stopping it again would fail and print the library's stack trace.
        if (embedded != null && !Files.exists(embeddedDir.resolve("postmaster.pid"))) {
            LOG.info("the embedded PostgreSQL had stopped already");
            return;
        }
        closeQuietly(embedded);
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        if (embedded == null) return;
        try {
            embedded.close();
        } catch (IOException ignored) {
            // The process is going away; the data folder is consistent after PostgreSQL's own shutdown.
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
