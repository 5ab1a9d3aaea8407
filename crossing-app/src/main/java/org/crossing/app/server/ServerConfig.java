package org.crossing.app.server;

import java.nio.file.Path;

/**
 * How a node serves: where it listens, where its data folder is and, behind a proxy or load
 * balancer, the public address that share links and Open Graph metadata use (null to take it
 * from each request's Host header); how many journeys one address may begin a minute (0: no
 * limit), and whether that address is read from the last X-Forwarded-For entry (behind a proxy).
 */
public record ServerConfig(String host, int port, Path dataDir, String publicUrl, int beginsPerMinute, boolean trustForwardedFor) {

    /** Journeys one address may begin a minute, and in a burst: a person never comes near, a script soon does. */
    public static final int DEFAULT_BEGINS_PER_MINUTE = 60;

    public ServerConfig {
        if (publicUrl != null) {
            publicUrl = publicUrl.strip();
            while (publicUrl.endsWith("/")) publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
            if (publicUrl.isEmpty()) publicUrl = null;
        }
        if (beginsPerMinute < 0) throw new IllegalArgumentException("the begin limit cannot be negative: " + beginsPerMinute);
    }

    /** No begin limit: for tests and tools; {@code crossing serve} sets {@link #DEFAULT_BEGINS_PER_MINUTE}. */
    public ServerConfig(String host, int port, Path dataDir, String publicUrl) {
        this(host, port, dataDir, publicUrl, 0, false);
    }
}
