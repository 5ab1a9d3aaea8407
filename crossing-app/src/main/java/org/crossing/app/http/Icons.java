package org.crossing.app.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The product's icon, at the addresses browsers and phones ask for: {@code /favicon.svg} (the
 * drawing), {@code /favicon.ico} (a 32 px PNG in an ICO file, for browsers that ask for that
 * name whatever the page says) and {@code /apple-touch-icon.png} (180 px, for home screens).
 * The PNGs are the SVG as Chromium draws it, kept beside it in {@code web/}.
 */
public final class Icons {

    private static final String WEEK = "public, max-age=604800";

    private final byte[] svg;
    private final byte[] ico;
    private final byte[] touch;

    private Icons(byte[] svg, byte[] ico, byte[] touch) {
        this.svg = svg;
        this.ico = ico;
        this.touch = touch;
    }

    public static Icons load() {
        return new Icons(Assets.resource("web/icon.svg").getBytes(StandardCharsets.UTF_8), ico(bytes("web/icon-32.png"), 32),
                bytes("web/icon-180.png"));
    }

    public void register(RoutesConfig routes) {
        routes.get("/favicon.svg", ctx -> send(ctx, "image/svg+xml", svg));
        routes.get("/favicon.ico", ctx -> send(ctx, "image/x-icon", ico));
        routes.get("/apple-touch-icon.png", ctx -> send(ctx, "image/png", touch));
    }

    private static void send(Context ctx, String type, byte[] body) {
        ctx.header("Cache-Control", WEEK).contentType(type).result(body);
    }

    /** An ICO file holding one PNG image (the form every browser since 2007 reads). */
    static byte[] ico(byte[] png, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(22 + png.length);
        short16(out, 0); // reserved
        short16(out, 1); // an icon
        short16(out, 1); // one image
        out.write(size >= 256 ? 0 : size);
        out.write(size >= 256 ? 0 : size);
        out.write(0); // no palette
        out.write(0);
        short16(out, 1); // colour planes
        short16(out, 32); // bits per pixel
        int32(out, png.length);
        int32(out, 22); // where the image starts: after this header and its one entry
        out.writeBytes(png);
        return out.toByteArray();
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        short16(out, value & 0xFFFF);
        short16(out, value >>> 16);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = Icons.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (a broken build?)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
