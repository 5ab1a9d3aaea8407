package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crossing.app.server.StudioServer;
import org.crossing.story.check.Checker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossing studio}: the story map, the checker and a live preview in the browser, following every save. */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Open a story in the studio: its map, what the checker proves, and a live preview.",
                "The studio follows the folder: every save recompiles, re-checks and updates open pages."})
public final class StudioCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STORY_DIR", description = "The story folder.")
    Path folder;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8090", description = "The HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--editor", paramLabel = "COMMAND",
            description = "How to open a file at a line, e.g. \"code -g {file}:{line}:{column}\" (default: $VISUAL, then $EDITOR).")
    String editor;

    @Option(names = "--limit", paramLabel = "STATES", defaultValue = "" + Checker.DEFAULT_LIMIT,
            description = "The most states the check explores (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            err.println("crossing studio: error: --port must be between 0 and 65535");
            return ExitCodes.USAGE;
        }
        if (limit < 1) {
            err.println("crossing studio: error: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(folder)) {
            err.println("crossing studio: error: no story folder " + folder + " (make one with: crossing new NAME)");
            return ExitCodes.USAGE;
        }
        StudioServer studio;
        try {
            studio = StudioServer.start(new StudioServer.Config(folder, host, port, editor, limit, true), Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            err.println("crossing studio: error: cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); choose another port with --port");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            studio.close();
            stopped.countDown();
        }, "crossing-studio-shutdown"));
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        out.println("The studio for " + folder + " is ready: http://" + shown + ":" + studio.port() + "/  (Ctrl-C stops it)");
        out.println("It follows the folder: save a file and open pages update.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
