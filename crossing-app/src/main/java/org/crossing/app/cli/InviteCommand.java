package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crossing.app.token.Invites;
import org.crossing.app.token.TokenSecret;
import org.crossing.app.token.TokenSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crossing invite}: prints early-access links. Each is signed with the servers' token
 * secret, so it works on every node that shares the secret, and needs no storage.
 */
@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Prints invite links that let players begin a story before its launch.")
public final class InviteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY", description = "The story: its folder, or its name in URLs (the folder's name).")
    Path story;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many links (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CROSSING_DATA:-data}",
            description = "The server's data folder, which holds the token secret (default: ./${DEFAULT-VALUE}; env CROSSING_DATA). "
                    + "CROSSING_TOKEN_SECRET takes precedence, as it does for the server.")
    Path data;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:CROSSING_PUBLIC_URL:-http://localhost:8080}",
            description = "The address players use (default: ${DEFAULT-VALUE}; env CROSSING_PUBLIC_URL).")
    String url;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || count > 100_000) {
            err.println("crossing invite: --count must be between 1 and 100000");
            return ExitCodes.USAGE;
        }
        String slug = story.getFileName() == null ? "" : story.getFileName().toString();
        if (!slug.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            err.println("crossing invite: '" + slug + "' is not a story name: use the story's folder, whose name is lower-case letters, digits, '-' or '_'");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(story) && !Files.isDirectory(Path.of("stories").resolve(slug))) {
            err.println("crossing invite: there is no story folder '" + story + "'; give the story's folder, such as stories/the-crossing");
            return ExitCodes.USAGE;
        }
        String configured = System.getenv("CROSSING_TOKEN_SECRET");
        if ((configured == null || configured.isBlank()) && !Files.isRegularFile(data.resolve(TokenSecret.FILE_NAME))) {
            // A secret made here would sign links that no server accepts.
            err.println("crossing invite: there is no token secret in " + data.toAbsolutePath().normalize()
                    + "; give the server's data folder with --data, or set CROSSING_TOKEN_SECRET as the servers do");
            return ExitCodes.USAGE;
        }
        Invites invites = new Invites(new TokenSigner(TokenSecret.load(configured, data)));
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(base).append("/s/").append(slug).append("?invite=").append(invites.create(slug)).append('\n');
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
