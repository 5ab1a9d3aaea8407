package org.crossing.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the node logs while it is open: slf4j-simple writes to whatever {@code System.err} is at
 * the moment of writing, so swapping it catches every line (tests run one at a time). The lines
 * are kept here for the test to assert, not written to the build's log: a test that provokes a
 * warning on purpose says which it expects, and the log shows only what nobody expected.
 *
 * <p>So that nothing unexpected is hidden, what the test did not read is written to the build's
 * log when this closes: all of it when the test failed before it looked, and what was logged
 * after its last look.
 */
public final class CapturedLog implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    /** How many bytes of what was caught the test has read. */
    private int read;

    public CapturedLog() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    /** Everything caught so far. */
    public String text() {
        synchronized (captured) {
            read = captured.size();
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Everything caught so far, line by line. */
    public List<String> lines() {
        return text().lines().toList();
    }

    @Override
    public void close() {
        System.setErr(original);
        byte[] all;
        int from;
        synchronized (captured) {
            all = captured.toByteArray();
            from = read;
        }
        if (from < all.length) {
            original.write(all, from, all.length - from);
            original.flush();
        }
    }
}
