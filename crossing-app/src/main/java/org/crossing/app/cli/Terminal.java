package org.crossing.app.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard input and output are a terminal, on Java 21 and on newer JDKs alike. */
final class Terminal {

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
}
