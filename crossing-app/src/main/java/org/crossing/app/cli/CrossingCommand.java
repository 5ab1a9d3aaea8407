package org.crossing.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crossing} command: the entry point of bin/crossing. */
@Command(name = "crossing",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Write, check, play and serve interactive documentaries.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CheckSiteCommand.class,
        })
public final class CrossingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 clean, 1 story errors, 2 usage or I/O. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new CrossingCommand());
        line.setExecutionExceptionHandler(new FriendlyExceptionHandler());
        return line;
    }
}
