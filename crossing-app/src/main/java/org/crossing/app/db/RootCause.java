package org.crossing.app.db;

/** What went wrong at the bottom of a chain of causes, in words for the operator's log or error line. */
final class RootCause {

    private RootCause() {}

    /** The innermost cause's message, stripped, or its class's name when it has none. */
    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
