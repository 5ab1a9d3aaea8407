package org.crossing.app.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The last line of defence: a command that fails unexpectedly prints one line naming the
 * problem instead of a stack trace (set CROSSING_DEBUG=1 to see the trace) and exits with 2.
 */
final class FriendlyExceptionHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        String message = e instanceof UncheckedIOException io ? io.getCause().getMessage() : e.getMessage();
        int code = Complaints.error(line.getCommandSpec(), ExitCodes.USAGE, message == null ? e.getClass().getSimpleName() : message);
        if (System.getenv("CROSSING_DEBUG") != null) e.printStackTrace(line.getErr());
        return code;
    }
}
