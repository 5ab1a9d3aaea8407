package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What jsvg says while it reads a picture. It reports through java.util.logging, a broken file
 * as a warning with the parser's whole stack trace, on the console whatever the node's logging;
 * here its records are collected for the picture being read (which {@link CardPicture} turns into
 * one line naming the file) or, outside a read, passed on as one line without a trace.
 */
final class JsvgWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(JsvgWarnings.class);
    /** Held here: java.util.logging keeps its loggers weakly, and a logger collected would lose this set-up. */
    private static final java.util.logging.Logger JSVG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");
    private static final ThreadLocal<List<String>> HEARD = new ThreadLocal<>();
    private static final java.util.logging.Formatter FORMAT = new java.util.logging.SimpleFormatter();

    static {
        JSVG.setUseParentHandlers(false);
        JSVG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() < Level.WARNING.intValue()) return;
                List<String> heard = HEARD.get();
                if (heard != null) heard.add(oneLine(record));
                else LOG.warn("jsvg: {}", oneLine(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    private JsvgWarnings() {}

    /** What {@code read} returned and the warnings jsvg gave while it ran, each on one line. */
    record Heard<T>(T result, List<String> warnings) {}

    static <T> Heard<T> during(Callable<T> read) throws Exception {
        List<String> heard = new ArrayList<>();
        List<String> outer = HEARD.get();
        HEARD.set(heard);
        try {
            return new Heard<>(read.call(), List.copyOf(heard));
        } finally {
            if (outer == null) HEARD.remove();
            else HEARD.set(outer);
        }
    }

    /** The record's message and its cause's, without the trace: "Error while parsing SVG: … at [row,col]:[1,51] …". */
    static String oneLine(LogRecord record) {
        String message = record.getMessage() == null ? "" : FORMAT.formatMessage(record).strip();
        Throwable cause = record.getThrown();
        if (cause != null) {
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            message = message.replaceFirst("[.:]$", "") + ": " + detail;
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
