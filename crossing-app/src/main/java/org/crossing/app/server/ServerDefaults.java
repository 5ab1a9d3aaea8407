package org.crossing.app.server;

import io.javalin.config.JavalinConfig;

/**
 * The settings every Javalin server of Crossing shares: quiet start, virtual threads, the
 * address to listen on, and a 64 KB cap on request bodies (forms here are a few hundred bytes).
 */
final class ServerDefaults {

    static final int MAX_REQUEST_BYTES = 64 * 1024;

    private ServerDefaults() {}

    static void apply(JavalinConfig javalin, String host, int port) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.concurrency.useVirtualThreads = true;
        javalin.jetty.host = host;
        javalin.jetty.port = port;
        javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
    }
}
