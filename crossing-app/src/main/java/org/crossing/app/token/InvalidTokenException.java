package org.crossing.app.token;

/**
 * A token that this server did not sign for this purpose, or that does not decode. Its message is
 * English, for logs and the terminal; a player is told its {@link #reason()} in their language.
 */
public final class InvalidTokenException extends Exception {

    /**
     * What is wrong with a token, as a player is told it: each reason's {@link #key()} names a
     * message of the player's tables ({@code journey-problem.KEY}), so that the error page explains
     * it in the page's language.
     */
    public enum Reason {
        /** no token at all */
        NO_JOURNEY("no-journey"),
        /** longer than any token this server writes */
        TOO_LONG("too-long"),
        /** not two parts joined by a dot */
        MALFORMED("malformed"),
        /** not the bytes this server writes (bad Base64, another spelling of them, an impossible value) */
        NOT_VALID("not-valid"),
        /** the signature does not match: changed, cut, or signed for another story */
        CHANGED("changed"),
        /** signed by this server before journeys carried an id */
        OLD_SERVER("old-server"),
        /** signed for this story, but its state no longer fits the story's structure */
        STORY_CHANGED("story-changed");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The key of the player's message that tells this reason: {@code journey-problem.} and this. */
        public String key() {
            return "journey-problem." + key;
        }
    }

    private final Reason reason;

    public InvalidTokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A token refused for a reason no player is told in detail (a shared outcome's page says only that the link does not open). */
    public InvalidTokenException(String message) {
        this(Reason.NOT_VALID, message);
    }

    public Reason reason() {
        return reason;
    }
}
