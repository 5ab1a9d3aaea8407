package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crossing.app.server.StudioServer;
import org.crossing.app.studio.RandomTest;
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

    @Option(names = "--random-journeys", paramLabel = "N",
            description = "Random journeys coverage plays on every save (default: 200, at most 10,000).")
    String randomJourneys;

    @Option(names = "--random-seed", paramLabel = "SEED", description = "The seed they are played from (default: 1).")
    String randomSeed;

    @Option(names = "--random-steps", paramLabel = "N",
            description = "Steps after which a random journey is cut short (default: 2,000, at most 10,000).")
    String randomSteps;

    @Option(names = "--avoid-taken", description = "At each step, prefer a way on no random journey has taken yet (ChoiceScript's \"avoid used options\").")
    boolean avoidTaken;

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
        Map<String, String> given = new HashMap<>();
        given.put("journeys", randomJourneys);
        given.put("seed", randomSeed);
        given.put("steps", randomSteps);
        given.put("avoid", avoidTaken ? "on" : null);
        RandomTest.Read random = RandomTest.read(given::get, RandomTest.DEFAULT);
        if (!random.errors().isEmpty()) {
            for (String error : random.errors()) err.println("crossing studio: error: " + optionWords(error));
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(folder)) {
            err.println("crossing studio: error: no story folder " + folder + " (make one with: crossing new NAME)");
            return ExitCodes.USAGE;
        }
        StudioServer studio;
        try {
            studio = StudioServer.start(new StudioServer.Config(folder, host, port, editor, limit, true, random.settings()), Clock.systemDefaultZone());
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

    /** A settings error as the command line says it: the option's name in place of the form's words. */
    private static String optionWords(String error) {
        return error.replace("The number of journeys", "--random-journeys").replace("The seed", "--random-seed")
                .replace("The steps before a journey is cut short", "--random-steps");
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
