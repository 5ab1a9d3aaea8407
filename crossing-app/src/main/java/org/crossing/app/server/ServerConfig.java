package org.crossing.app.server;

import java.nio.file.Path;

/**
 * How a node serves: where it listens, where its data folder is and, behind a proxy or load
 * balancer, the public address that share links and Open Graph metadata use (null to take it
 * from each request's Host header).
 */
public record ServerConfig(String host, int port, Path dataDir, String publicUrl) {

    public ServerConfig {
        if (publicUrl != null) {
            publicUrl = publicUrl.strip();
            while (publicUrl.endsWith("/")) publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
            if (publicUrl.isEmpty()) publicUrl = null;
        }
    }
}
