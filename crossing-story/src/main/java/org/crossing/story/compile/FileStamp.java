package org.crossing.story.compile;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * What tells a tool that reads a file again and again whether it changed without reading it: its
 * size, time of change and file key (device and inode on Unix, so a file replaced by another
 * moved over it counts as changed even with the same size and time).
 *
 * <p>A file system's clock moves in ticks (a few milliseconds, two seconds on FAT), so a file
 * written twice with the same size in one tick keeps its stamp. What was read of a file is
 * therefore kept only once the file has {@linkplain #settledBy settled}: changed at least
 * {@link #SETTLE} before the read began (as git treats its "racily clean" entries).
 */
public record FileStamp(long size, FileTime modified, Object key) {

    static final Duration SETTLE = Duration.ofSeconds(2);

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /** Whether the file had stopped changing well before {@code readStarted}, so what was read then may be kept by this stamp. */
    public boolean settledBy(Instant readStarted) {
        return modified.toInstant().isBefore(readStarted.minus(SETTLE));
    }
}
