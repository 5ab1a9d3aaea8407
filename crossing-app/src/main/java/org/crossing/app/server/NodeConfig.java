package org.crossing.app.server;

import java.nio.file.Path;
import java.time.Duration;
import org.crossing.app.db.DatabaseConfig;

/**
 * Everything one Crossing node needs: the stories to serve, how to listen, which database, the
 * token secret (null: the data folder's, generated on first run), how often statistics are
 * written, and the companion site's folder (null: no site; see docs/site.md).
 */
public record NodeConfig(Path storiesDir, ServerConfig server, DatabaseConfig database, String tokenSecret, Duration flushInterval,
                         Path siteDir) {

    /** A node without a companion site. */
    public NodeConfig(Path storiesDir, ServerConfig server, DatabaseConfig database, String tokenSecret, Duration flushInterval) {
        this(storiesDir, server, database, tokenSecret, flushInterval, null);
    }
}
