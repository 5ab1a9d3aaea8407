package org.crossing.app.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a story's or the site's media file, honouring a single byte range so that players can
 * seek in audio and video. Written here rather than left to the framework: its seekable writer
 * spins forever on a range that starts past the end of the file.
 */
public final class MediaFile {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("gif", "image/gif"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"), Map.entry("opus", "audio/ogg"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("wav", "audio/wav"),
            Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("pdf", "application/pdf"));

    /** One range; more than one, or any other unit, is answered with the whole file, as RFC 9110 allows. */
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private MediaFile() {}

    /** The media type for a file name, by its extension; empty for a kind of file media never are. */
    public static Optional<String> type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(TYPES.get(extension));
    }

    /**
     * The regular file called {@code name} in the folder {@code root}, or empty: never a file
     * outside it, whatever the name says ({@code ..}, a backslash) or wherever a symbolic link
     * in the folder points. A link to another file inside the folder is followed.
     */
    public static Optional<Path> within(Path root, String name) {
        if (name.contains("\\") || name.indexOf('\0') >= 0) return Optional.empty();
        try {
            Path realRoot = root.toRealPath();
            Path file = realRoot.resolve(name).normalize();
            if (!file.startsWith(realRoot) || !Files.isRegularFile(file)) return Optional.empty();
            Path real = file.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Sends {@code file} whole (200) or the one range asked for (206); 416 for a range that lies outside it. */
    public static void send(Context ctx, Path file, String type) throws IOException {
        send(ctx, file, type, "public, max-age=3600");
    }

    /** As {@link #send(Context, Path, String)}, cached as {@code cacheControl} says. */
    public static void send(Context ctx, Path file, String type, String cacheControl) throws IOException {
        long size = Files.size(file);
        ctx.contentType(type).header("Accept-Ranges", "bytes").header("Cache-Control", cacheControl);
        if (type.equals("image/svg+xml")) {
            // An SVG can carry script: opened on its own, it runs with no rights at all.
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        long start = 0;
        long end = size - 1;
        String range = ctx.header("Range");
        Matcher m = range == null ? null : RANGE.matcher(range.strip());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            if (m.group(1).isEmpty()) {
                start = Math.max(0, size - Long.parseLong(m.group(2)));
            } else {
                start = Long.parseLong(m.group(1));
                if (!m.group(2).isEmpty()) end = Math.min(end, Long.parseLong(m.group(2)));
            }
            if (start >= size || start > end) {
                ctx.status(416).header("Content-Range", "bytes */" + size).result("");
                return;
            }
            // A range counts the file's own bytes: send them as they are, never compressed.
            ctx.minSizeForCompression(Integer.MAX_VALUE);
            ctx.status(206).header("Content-Range", "bytes " + start + "-" + end + "/" + size);
            ctx.header("Content-Length", Long.toString(end - start + 1));
        }
        // A whole file may go out compressed (SVG, captions): its length is then the server's to say.
        long length = end - start + 1;
        if (length <= 0) {
            ctx.result("");
            return;
        }
        try (FileChannel channel = FileChannel.open(file)) {
            OutputStream out = ctx.outputStream();
            WritableByteChannel target = Channels.newChannel(out);
            long sent = 0;
            while (sent < length) {
                long n = channel.transferTo(start + sent, length - sent, target);
                if (n <= 0) break;
                sent += n;
            }
            out.flush();
        }
    }
}
