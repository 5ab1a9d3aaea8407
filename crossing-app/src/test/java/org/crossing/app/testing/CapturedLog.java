package org.crossing.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the node logs while it is open: slf4j-simple writes to whatever {@code System.err} is at
 * the moment of writing, so swapping it catches every line (tests run one at a time). The lines
 * are kept here for the test to assert, not written to the build's log: a test that provokes a
 * warning on purpose says which it expects, and the log shows only what nobody expected.
 */
public final class CapturedLog implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public CapturedLog() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    public String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
