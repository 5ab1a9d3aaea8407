package org.crossing.app.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crossing} command: the entry point of bin/crossing. */
@Command(name = "crossing",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Write, check, play and serve interactive documentaries.")
public final class CrossingCommand implements Callable<Integer>, Surroundings {

    /**
     * The commands, in the order help lists them. They are registered here rather than in the
     * annotation so that a command line naming one builds only that one: picocli reads every
     * registered command's annotations up front, about half of what a short command cost to start.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    /** Commands that need the whole tree: help lists or describes the others, completion covers all. */
    private static final Set<String> NEED_ALL = Set.of("help", "generate-completion");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where players' answers come from; tests replace it. */
    java.io.InputStream in = System.in;

    /** The environment variables settings fall back to; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** Where relative defaults such as ./site are found; tests replace it. */
    java.nio.file.Path workingDirectory = java.nio.file.Path.of("");

    @Override
    public java.io.InputStream in() {
        return in;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public java.nio.file.Path workingDirectory() {
        return workingDirectory;
    }

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
        return commandLine(System.in, args).execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(System.in);
    }

    static CommandLine commandLine(java.io.InputStream in) {
        return commandLine(in, COMMANDS.keySet());
    }

    /** The command line for {@code args}, with only the commands they can reach. */
    static CommandLine commandLine(java.io.InputStream in, String... args) {
        return commandLine(in, needed(args));
    }

    private static CommandLine commandLine(java.io.InputStream in, Collection<String> names) {
        CrossingCommand command = new CrossingCommand();
        command.in = in;
        CommandLine line = new CommandLine(command);
        for (String name : names) line.addSubcommand(name, COMMANDS.get(name));
        line.setExecutionExceptionHandler(new FriendlyExceptionHandler());
        line.setParameterExceptionHandler(new UsageErrorHandler());
        return line;
    }

    /**
     * The commands {@code args} can reach: the one it names, none for a bare version request, and
     * all of them otherwise (help, no command, a mistyped command, which is told the names).
     */
    static Collection<String> needed(String... args) {
        if (args.length == 0) return COMMANDS.keySet();
        String first = args[0];
        if (COMMANDS.containsKey(first) && !NEED_ALL.contains(first)) return List.of(first);
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) return List.of();
        return COMMANDS.keySet();
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("check-site", CheckSiteCommand.class);
        commands.put("play", PlayCommand.class);
        commands.put("translate", TranslateCommand.class);
        commands.put("new", NewCommand.class);
        commands.put("bench", BenchCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("studio", StudioCommand.class);
        commands.put("studio-user", StudioUserCommand.class);
        commands.put("invite", InviteCommand.class);
        commands.put("generate-completion", AutoComplete.GenerateCompletion.class);
        return Collections.unmodifiableMap(commands);
    }
}
