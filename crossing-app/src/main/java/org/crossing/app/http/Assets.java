package org.crossing.app.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A stylesheet and a script served under names that carry a fingerprint of their content
 * ({@code app.3f2a9c1d.css}), so browsers and caches may keep them for a year and a new release
 * is fetched at once. Each is held in memory, plain and gzip-compressed. The player has one
 * bundle ({@link #load()}), the companion site another.
 */
public final class Assets {

    static final String PREFIX = "/assets/";
    private static final String YEAR = "public, max-age=31536000, immutable";

    private final String prefix;
    private final Map<String, Asset> byName;
    private final String css;
    private final String js;

    record Asset(String name, String contentType, byte[] plain, byte[] gzip) {}

    private Assets(String prefix, Asset css, Asset js) {
        this.prefix = prefix;
        this.css = prefix + css.name();
        this.js = prefix + js.name();
        this.byName = Map.of(css.name(), css, js.name(), js);
    }

    /** The player's bundle, under {@code /assets/}. */
    public static Assets load() {
        return bundle(PREFIX, "app", resource("web/app.css") + positionClasses(), resource("web/app.js"));
    }

    /** A bundle of one stylesheet and one script, served under {@code prefix} as {@code base.FINGERPRINT.css} and {@code .js}. */
    public static Assets bundle(String prefix, String base, String css, String js) {
        return new Assets(prefix, asset(base, "css", "text/css; charset=utf-8", css), asset(base, "js", "text/javascript; charset=utf-8", js));
    }

    /** The path the bundle is served under, such as {@code /assets/}. */
    public String prefix() {
        return prefix;
    }

    /** The URL of the stylesheet. */
    public String css() {
        return css;
    }

    /** The URL of the script. */
    public String js() {
        return js;
    }

    /** Serves {@code /assets/{name}}: 404 for an unknown or outdated fingerprint. */
    public void serve(Context ctx) {
        Asset asset = byName.get(ctx.pathParam("name"));
        if (asset == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
            return;
        }
        ctx.header("Cache-Control", YEAR).header("Vary", "Accept-Encoding").contentType(asset.contentType());
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").result(asset.gzip());
        } else {
            ctx.result(asset.plain());
        }
    }

    /**
     * Classes that place hotspot markers ({@code .x0}..{@code .x100}, {@code .y0}..{@code .y100})
     * and size bars ({@code .w0}..{@code .w100}) in whole percent. The Content-Security-Policy
     * forbids style attributes, so positions come from classes.
     */
    static String positionClasses() {
        StringBuilder out = new StringBuilder("\n");
        for (int i = 0; i <= 100; i++) out.append(".x").append(i).append("{left:").append(i).append("%}");
        out.append('\n');
        for (int i = 0; i <= 100; i++) out.append(".y").append(i).append("{top:").append(i).append("%}");
        out.append('\n');
        for (int i = 0; i <= 100; i++) out.append(".w").append(i).append("{width:").append(i).append("%}");
        return out.append('\n').toString();
    }

    private static Asset asset(String base, String extension, String contentType, String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        String fingerprint;
        try {
            fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip) {{ def.setLevel(9); }}) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Asset(base + "." + fingerprint + "." + extension, contentType, plain, gzip.toByteArray());
    }

    /** A text resource from the class path; a missing one means a broken build. */
    public static String resource(String path) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (a broken build?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
