package org.crossing.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.crossing.app.studio.StudioUsers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossing studio-user add NAME}: who may sign in to the studio beside a node. */
@Command(name = "studio-user", mixinStandardHelpOptions = true,
        description = {"Add a studio user, or change their password, in the data folder.",
                "The password is asked for twice on a terminal, or read from one line of standard input."})
public final class StudioUserCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "add", description = "The action: add (adds or replaces the user).")
    String action;

    @Parameters(index = "1", paramLabel = "NAME", description = "The user's name: letters, digits, '.', '_' or '-'.")
    String name;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CROSSING_DATA:-data}",
            description = "The data folder of the server (default: ./${DEFAULT-VALUE}; env CROSSING_DATA).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the password comes from when there is no terminal; tests replace it. */
    java.io.InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!"add".equals(action)) {
            err.println("crossing studio-user: error: unknown action '" + action + "'; the action is 'add'");
            return ExitCodes.USAGE;
        }
        if (!StudioUsers.validName(name)) {
            err.println("crossing studio-user: error: '" + name + "' is not a user name: use letters, digits, '.', '_' or '-', at most 64");
            return ExitCodes.USAGE;
        }
        String password = readPassword(err);
        if (password == null) return ExitCodes.USAGE;
        if (password.length() < 10) {
            err.println("crossing studio-user: error: the password must have at least 10 characters");
            return ExitCodes.USAGE;
        }
        StudioUsers.put(data, name, password);
        spec.commandLine().getOut().println("Studio user '" + name + "' saved in " + data.resolve(StudioUsers.FILE_NAME) + ".");
        return ExitCodes.OK;
    }

    private String readPassword(PrintWriter err) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("The same again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("crossing studio-user: error: the two passwords differ");
                return null;
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            err.println("crossing studio-user: error: no password on standard input");
            return null;
        }
        return line;
    }
}
