package org.crossing.app.site;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Serves a site folder on a free port for a look in a browser before the site is mounted on
 * {@code crossing serve}: run with the test class path, the folder as the argument.
 */
final class DevSiteServer {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "site");
        TestSiteServer server = TestSiteServer.start(folder, Clock.systemUTC());
        System.out.println("Serving " + folder + " at " + server.url("/"));
        Thread.currentThread().join();
    }
}
