package org.crossing.app.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
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
                TranslateCommand.class,
                NewCommand.class,
                BenchCommand.class,
                ServeCommand.class,
                StudioCommand.class,
                StudioUserCommand.class,
                InviteCommand.class,
                AutoComplete.GenerateCompletion.class,
        })
public final class CrossingCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where players' answers come from; tests replace it. */
    java.io.InputStream in = System.in;

    /** The environment variables settings fall back to; tests replace it. */
    java.util.Map<String, String> environment = System.getenv();

    /** Where relative defaults such as ./site are found; tests replace it. */
    java.nio.file.Path workingDirectory = java.nio.file.Path.of("");

    /** No command: what the commands are, on standard error, and exit 2 as for any usage mistake. */
    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        line.getErr().println(Complaints.error(spec, "no command given"));
        line.usage(line.getErr());
        line.getErr().flush();
        return ExitCodes.USAGE;
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
        line.setParameterExceptionHandler(new UsageErrorHandler());
        return line;
    }
}
