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
                CheckCommand.class,
                CheckSiteCommand.class,
                PlayCommand.class,
                NewCommand.class,
                BenchCommand.class,
                ServeCommand.class,
                InviteCommand.class,
        })
public final class CrossingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where players' answers come from; tests replace it. */
    java.io.InputStream in = System.in;

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
        return commandLine(System.in);
    }

    static CommandLine commandLine(java.io.InputStream in) {
        CrossingCommand command = new CrossingCommand();
        command.in = in;
        CommandLine line = new CommandLine(command);
        line.setExecutionExceptionHandler(new FriendlyExceptionHandler());
        return line;
    }
}
