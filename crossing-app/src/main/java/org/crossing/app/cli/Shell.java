package org.crossing.app.cli;

import java.util.regex.Pattern;

/** Words as a POSIX shell reads them, for the commands that hints print. */
final class Shell {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Shell() {}

    /** {@code word} as typed into a shell: unchanged when it needs no quoting, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
