package org.crossing.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the crossing command in-process as bin/crossing does (only the commands the arguments reach), with given input, capturing its output, error and exit code. */
final class Cli {

    /** The repository root, where examples/ lives; tests run from the module folder. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Result(int exitCode, String out, String err) {}

    private Cli() {}

    static Result run(String input, String... args) {
        return run(Map.of(), Path.of(""), input, args);
    }

    /** With {@code environment} as the only environment variables, and relative defaults found in {@code workingDirectory}. */
    static Result run(Map<String, String> environment, Path workingDirectory, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var line = CrossingCommand.commandLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
        CrossingCommand crossing = line.getCommand();
        crossing.environment = environment;
        crossing.workingDirectory = workingDirectory;
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }
}
