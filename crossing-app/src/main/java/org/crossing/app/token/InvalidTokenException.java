package org.crossing.app.token;

/** A token that this server did not sign for this purpose, or that does not decode: the reason is safe to show a player. */
public final class InvalidTokenException extends Exception {

    public InvalidTokenException(String message) {
        super(message);
    }
}
