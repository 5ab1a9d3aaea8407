package org.crossing.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crossing.app.player.StoryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossing new NAME}: a new story folder from a small template that passes the checks. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a story folder from a small template that passes 'crossing check'.")
final class NewCommand implements Callable<Integer> {

    private static final String TEMPLATE = "new-story/";
    private static final List<String> FILES = List.of("story.story", "media/dawn.svg");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The folder to create: lower-case letters, digits, '-' or '_'; its name becomes the story's title and its web address.")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (folder.toString().isBlank()) {
            return Complaints.error(spec, ExitCodes.USAGE, "give the new story's folder, e.g. crossing new my-story");
        }
        if (StoryCatalog.slugOf(folder) == null) {
            // The same rule as serve's: the folder's name is the story's name in URLs.
            String name = folder.toAbsolutePath().normalize().getFileName() + "";
            String suggestion = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|-+$", "");
            return Complaints.error(spec, ExitCodes.USAGE, "'" + name + "' cannot name a story: use lower-case letters, digits, "
                    + "'-' or '_', starting with a letter or digit (the name appears in the story's web address)"
                    + (suggestion.isEmpty() ? "" : ", e.g. " + Shell.quote(folder.resolveSibling(suggestion).toString())));
        }
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                return Complaints.error(spec, ExitCodes.USAGE, "'" + folder + "' already exists and is not an empty folder; choose another name");
            }
            String title = title(folder.toAbsolutePath().normalize().getFileName());
            for (String file : FILES) {
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                byte[] bytes = template(file);
                if (file.endsWith(".story")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("{{title}}", title).getBytes(StandardCharsets.UTF_8);
                }
                Files.write(target, bytes);
            }
        } catch (IOException e) {
            return Complaints.error(spec, ExitCodes.USAGE, "cannot create '" + folder + "': " + e.getMessage());
        }
        out.println("Created " + folder + "/story.story and " + folder + "/media/.");
        out.println("Check it:  crossing check " + Shell.quote(folder.toString()));
        out.println("Play it:   crossing play " + Shell.quote(folder.toString()));
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    /** "night-train" becomes "Night Train". */
    static String title(Path name) {
        String base = name == null ? "New story" : name.toString().replaceAll("[-_]+", " ").strip();
        if (base.isEmpty()) return "New story";
        StringBuilder title = new StringBuilder();
        for (String word : base.split("\\s+")) {
            if (!title.isEmpty()) title.append(' ');
            title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    private static byte[] template(String file) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream(TEMPLATE + file)) {
            if (in == null) throw new IOException("the template file " + file + " is missing from the build");
            return in.readAllBytes();
        }
    }
}
