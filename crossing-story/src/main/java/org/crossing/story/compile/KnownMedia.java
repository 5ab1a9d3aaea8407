package org.crossing.story.compile;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What one reader of a story folder already knows of its media files, for a tool that reads the
 * same folder again and again (the studio, on every save): each file's contents as judged, kept
 * by its path and {@link FileStamp}. A file whose path and stamp are unchanged is not read again;
 * an edited, replaced, renamed or new file is, a removed one is forgotten, and one changed just
 * before the read is read again next time (it has not {@linkplain FileStamp#settledBy settled}).
 */
public final class KnownMedia {

    private record Known(FileStamp stamp, MediaContents contents) {}

    private Map<String, Known> known = new HashMap<>();
    private Map<String, Known> next;
    private Instant started;
    private int reads;

    /** Starts a read of the folder: what it does not meet again is forgotten at its end. */
    synchronized void begin(Instant now) {
        next = new HashMap<>();
        started = now;
    }

    synchronized void end() {
        if (next != null) known = next;
        next = null;
    }

    /** The contents of the media file {@code name}: as known when its stamp is unchanged, else as {@code read} judges them. */
    synchronized MediaContents contents(String name, BasicFileAttributes attributes, Reader read) throws IOException {
        FileStamp stamp = FileStamp.of(attributes);
        Known was = known.get(name);
        MediaContents contents;
        if (was != null && was.stamp().equals(stamp)) {
            contents = was.contents();
        } else {
            contents = read.contents();
            reads++;
        }
        if (next != null && stamp.settledBy(started)) {
            next.put(name, new Known(stamp, contents));
        }
        return contents;
    }

    /** How many media files were read rather than known, all reads together: what tests count. */
    public synchronized int reads() {
        return reads;
    }

    @FunctionalInterface
    interface Reader {
        MediaContents contents() throws IOException;
    }
}
