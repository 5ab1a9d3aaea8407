package org.crossing.app.server;

/**
 * A node cannot start for a reason its operator can fix (a port in use, an address that is not
 * this machine's, a site that links to stories not served); the message says what, and how.
 */
public final class StartupException extends Exception {

    public StartupException(String message) {
        super(message);
    }
}
