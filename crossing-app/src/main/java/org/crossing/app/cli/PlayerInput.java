package org.crossing.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Lines typed by the player. Reading happens on a daemon thread so that a countdown can run while
 * the player thinks; end of input is reported as {@link #END}, a countdown that ran out as
 * {@link #TIMED_OUT}.
 */
final class PlayerInput {

    static final String END = "\u0000end";
    static final String TIMED_OUT = "\u0000timeout";

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    PlayerInput(InputStream in) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lineReader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lineReader.readLine()) != null) lines.put(line);
            } catch (IOException | InterruptedException e) {
                // the player's input is gone: treat it as its end
            } finally {
                lines.add(END);
            }
        }, "crossing-input");
        reader.setDaemon(true);
        reader.start();
    }

    String next() {
        try {
            return lines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    /** The next line, or {@link #TIMED_OUT} after {@code seconds}; {@code tick} hears the seconds left. */
    String next(int seconds, IntConsumer tick) {
        try {
            for (int left = seconds; left > 0; left--) {
                tick.accept(left);
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) return line;
            }
            return TIMED_OUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }
}
