package org.crossing.app.cli;

import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crossing.app.token.Invites;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import picocli.CommandLine;
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
        description = {"Print invite links that let players begin a story before its launch.",
                "The links use the address the server last started with (recorded in its data folder), unless --url or CROSSING_PUBLIC_URL says otherwise."})
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

    @Option(names = "--url", paramLabel = "URL",
            description = "The address players use, e.g. https://crossing.example.org (default: env CROSSING_PUBLIC_URL, "
                    + "else the address 'crossing serve' recorded in the data folder).")
    String url;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be between 1 and 100000, not " + count);
        }
        String slug = story.getFileName() == null ? "" : story.getFileName().toString();
        if (!slug.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            return Complaints.error(spec, ExitCodes.USAGE, "'" + slug + "' is not a story name: use the story's folder, whose name is lower-case letters, digits, '-' or '_'");
        }
        Path folder = Files.isDirectory(story) ? story : Path.of("stories").resolve(slug);
        if (!Files.isDirectory(folder)) {
            return Complaints.error(spec, ExitCodes.USAGE, "there is no story folder '" + story + "'; give the story's folder, such as stories/the-crossing");
        }
        String configured = Surroundings.of(spec).environment().get("CROSSING_TOKEN_SECRET");
        if ((configured == null || configured.isBlank()) && !Files.isRegularFile(data.resolve(TokenSecret.FILE_NAME))) {
            // A secret made here would sign links that no server accepts.
            return Complaints.error(spec, ExitCodes.USAGE, "there is no token secret in " + data.toAbsolutePath().normalize()
                    + "; give the server's data folder with --data, or set CROSSING_TOKEN_SECRET as the servers do");
        }
        String base = address();
        warnIfNotNeeded(folder, slug, base);
        Invites invites = new Invites(new TokenSigner(TokenSecret.load(configured, data)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(base).append("/s/").append(slug).append("?invite=").append(invites.create(slug)).append('\n');
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** --url, else CROSSING_PUBLIC_URL, else what the server recorded at its last start, else a usage error. */
    private String address() throws java.io.IOException {
        if (url != null) return Settings.webAddress(spec, url, "--url", "CROSSING_PUBLIC_URL");
        String fromEnv = Surroundings.of(spec).environment().get("CROSSING_PUBLIC_URL");
        if (fromEnv != null && !fromEnv.isBlank()) return Settings.webAddress(spec, fromEnv, "--url", "CROSSING_PUBLIC_URL");
        Path recorded = AddressFile.in(data);
        if (Files.isRegularFile(recorded)) return Settings.webAddress(spec, Files.readString(recorded), "--url", recorded.toString());
        throw new CommandLine.ParameterException(spec.commandLine(), "no address to put in the links: no server has started with the data folder "
                + data + "; give the address players use with --url, e.g. --url https://crossing.example.org");
    }

    /** Invites open a story before its launch; say so when there is no launch to be early for. */
    private void warnIfNotNeeded(Path folder, String slug, String base) {
        Compilation compilation = StoryCompiler.compile(folder);
        if (!compilation.ok()) return;
        Instant launch = compilation.story().metadata().launch();
        if (launch == null) {
            Complaints.warning(spec, "the story has no 'launch' time, so anyone can play it at " + base + "/s/" + slug
                    + " without an invite; these links work all the same");
        } else if (!launch.isAfter(Instant.now())) {
            Complaints.warning(spec, "the story opened to everyone at its launch (" + launch + "); invites are no longer needed");
        }
    }
}
