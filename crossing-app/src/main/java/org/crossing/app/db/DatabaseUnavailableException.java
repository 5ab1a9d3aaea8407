package org.crossing.app.db;

/** The database cannot be reached or prepared at start. The message names the database and the cause, for the operator. */
public final class DatabaseUnavailableException extends Exception {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
