package org.crossing.app.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command reads besides its arguments: the players' answers, the environment variables
 * settings fall back to, and the folder relative defaults such as ./site are found in. The
 * {@code crossing} command holds them, and tests replace them there.
 */
interface Surroundings {

    InputStream in();

    Map<String, String> environment();

    Path workingDirectory();

    /** The surroundings of the command line {@code spec} is part of; the process's own for a command run on its own. */
    static Surroundings of(CommandSpec spec) {
        return spec.root().userObject() instanceof Surroundings given ? given : new Process(System.in, System.getenv(), Path.of(""));
    }

    /** Surroundings as they are given. */
    record Process(InputStream in, Map<String, String> environment, Path workingDirectory) implements Surroundings {}
}
