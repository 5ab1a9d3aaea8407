package org.crossing.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one shape of a command's own messages on standard error: {@code crossing COMMAND: error:
 * MESSAGE} (or {@code warning:}), so every command reads alike and scripts can grep for it.
 * Diagnostics about a story's or a site's files keep the compiler's {@code FILE:LINE: error:} shape.
 */
final class Complaints {

    private Complaints() {}

    static String error(CommandSpec spec, String message) {
        return spec.qualifiedName() + ": error: " + message;
    }

    /** Prints an error line on standard error and returns {@code exitCode}, for {@code return Complaints.error(...)}. */
    static int error(CommandSpec spec, int exitCode, String message) {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().getOut().flush();
        err.println(error(spec, message));
        err.flush();
        return exitCode;
    }

    static void warning(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": warning: " + message);
        err.flush();
    }
}
