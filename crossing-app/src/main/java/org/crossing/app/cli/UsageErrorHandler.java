package org.crossing.app.cli;

import picocli.CommandLine;

/**
 * A command used wrongly (an unknown option, a missing story, a bad number): one error line in
 * the shape every command uses, the command's synopsis, and where to read more; exit code 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        Complaints.error(line.getCommandSpec(), ExitCodes.USAGE, e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, line.getErr());
        line.getErr().print("Usage: " + line.getHelp().synopsis(0));
        line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more.");
        line.getErr().flush();
        return ExitCodes.USAGE;
    }
}
