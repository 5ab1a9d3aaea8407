package org.crossing.app.db;

/**
 * Which PostgreSQL to use: a server at {@code url} (with optional user and password), or, when
 * {@code url} is null, an embedded one whose files live in the data folder.
 */
public record DatabaseConfig(String url, String user, String password) {

    public static DatabaseConfig embedded() {
        return new DatabaseConfig(null, null, null);
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
