package org.crossing.app.db;

/**
 * Which PostgreSQL to use: a server at {@code url} (with optional user and password), or, when
 * {@code url} is null, an embedded one whose files live in the data folder, listening on
 * localhost at {@code embeddedPort} (0: any free port, chosen at each start).
 */
public record DatabaseConfig(String url, String user, String password, int embeddedPort) {

    public DatabaseConfig {
        if (embeddedPort < 0 || embeddedPort > 65535) throw new IllegalArgumentException("port " + embeddedPort + " is not between 0 and 65535");
    }

    public DatabaseConfig(String url, String user, String password) {
        this(url, user, password, 0);
    }

    public static DatabaseConfig embedded() {
        return new DatabaseConfig(null, null, null);
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
