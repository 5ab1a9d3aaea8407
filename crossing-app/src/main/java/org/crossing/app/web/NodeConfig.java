package org.crossing.app.web;

import java.nio.file.Path;
import java.time.Duration;
import org.crossing.app.db.DatabaseConfig;

/**
 * Everything one Crossing node needs: the stories to serve, how to listen, which database, the
 * token secret (null: the data folder's, generated on first run) and how often statistics are
 * written.
 */
public record NodeConfig(Path storiesDir, ServerConfig server, DatabaseConfig database, String tokenSecret, Duration flushInterval) {}
