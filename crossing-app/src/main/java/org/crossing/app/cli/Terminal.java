package org.crossing.app.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Whether standard input and output are a terminal, and how wide it is, on Java 21 and newer JDKs alike. */
final class Terminal {

    private static final File TTY = new File("/dev/tty");

    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        // Since JDK 22 System.console() may exist for redirected streams; isTerminal() tells them apart.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    /**
     * The controlling terminal's width in columns, or 0 when it cannot be told. Java has no call
     * for it, so ask {@code stty}, as shells do, reading the terminal itself rather than our
     * standard input (which may be a pipe while the output is a terminal).
     */
    static int columns() {
        if (!TTY.canRead()) return 0;
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) return 0;
            String[] rowsAndColumns = output.split("\\s+");
            return rowsAndColumns.length == 2 ? Integer.parseInt(rowsAndColumns[1]) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
