package org.crossing.app.site;

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
 * The site's own stylesheet and script (web/site.css, web/site.js), served under fingerprinted
 * names from {@code /site-assets/} and cached for a year, plain or gzip-compressed.
 */
public final class SiteAssets {

    static final String PREFIX = "/site-assets/";
    private static final String YEAR = "public, max-age=31536000, immutable";

    private record Asset(String name, String contentType, byte[] plain, byte[] gzip) {}

    private final Map<String, Asset> byName;
    private final String css;
    private final String js;

    private SiteAssets(Asset css, Asset js) {
        this.css = PREFIX + css.name();
        this.js = PREFIX + js.name();
        this.byName = Map.of(css.name(), css, js.name(), js);
    }

    public static SiteAssets load() {
        return new SiteAssets(asset("site", "css", "text/css; charset=utf-8", resource("web/site.css")),
                asset("site", "js", "text/javascript; charset=utf-8", resource("web/site.js")));
    }

    public String css() {
        return css;
    }

    public String js() {
        return js;
    }

    void serve(Context ctx) {
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

    private static Asset asset(String base, String extension, String contentType, String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        String fingerprint;
        try {
            fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Asset(base + "." + fingerprint + "." + extension, contentType, plain, gzip.toByteArray());
    }

    private static String resource(String path) {
        try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (a broken build?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
