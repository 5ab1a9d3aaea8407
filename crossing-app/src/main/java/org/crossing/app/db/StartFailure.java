package org.crossing.app.db;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;

/**
 * Why the embedded PostgreSQL did not start, in one line for the operator: the cause PostgreSQL's
 * own programs printed (a full disk, a folder it may not write) rather than the library's
 * "process failed", and a hint only when one applies.
 */
final class StartFailure {

    private StartFailure() {}

    /**
     * @param failure what the start threw
     * @param output what initdb, pg_ctl and PostgreSQL printed while starting, oldest line first
     */
    static String explain(Throwable failure, List<String> output) {
        String cause = causeIn(output);
        if (cause == null) cause = RootCause.message(failure);
        if (failure instanceof FileSystemException f && f.getFile() != null && !cause.contains(f.getFile())) {
            cause = f.getFile() + ": " + cause;
        }
        return cause + hint(failure, cause);
    }

    /** The first line the programs printed that says what went wrong, without their program-name prefix. */
    private static String causeIn(List<String> output) {
        for (String line : output) {
            String text = line.strip();
            for (String marker : new String[] {"FATAL:", "PANIC:", "ERROR:", "error:"}) {
                int at = text.indexOf(marker);
                if (at >= 0) return text.substring(at + marker.length()).strip();
            }
        }
        return null;
    }

    private static String hint(Throwable failure, String cause) {
        String lower = cause.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return " (free some space on that disk, or use --data to put the data folder on another one)";
        }
        if (failure instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("read-only file system")) {
            return " (the data folder must be writable by the user running crossing; use --data to choose another one)";
        }
        if (lower.contains("lock file") || lower.contains("could not lock") || lower.contains("address already in use")) {
            return " (is another crossing server using this data folder? Use --data to choose another one)";
        }
        return "";
    }
}
