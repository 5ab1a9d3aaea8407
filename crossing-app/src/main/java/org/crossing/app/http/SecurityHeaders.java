package org.crossing.app.http;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers on every response, put in by a Jetty handler in front of Javalin's. The
 * Content-Security-Policy allows scripts, styles and media from this server only, and no inline
 * script or style at all: story text is escaped by the templates, and the policy is the second
 * wall if something slips through.
 *
 * <p>The headers are the same on every response, so they are encoded to bytes once
 * ({@link PreEncodedHttpField}); set through Javalin on each request, as before, they were
 * matched, stored and encoded character by character every time.
 */
public final class SecurityHeaders extends Handler.Wrapper {

    public static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "media-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final List<HttpField> EVERY_RESPONSE = fields(CSP, "DENY");

    /**
     * The studio shows the player's pages in frames of its own (its previews), so it lets pages
     * of the same origin frame each other; nothing else changes.
     */
    public static SecurityHeaders allowingSameOriginFrames() {
        return new SecurityHeaders(fields(CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"), "SAMEORIGIN"));
    }

    private final List<HttpField> everyResponse;

    public SecurityHeaders() {
        this(EVERY_RESPONSE);
    }

    private SecurityHeaders(List<HttpField> everyResponse) {
        this.everyResponse = everyResponse;
    }

    private static List<HttpField> fields(String csp, String frameOptions) {
        return List.of(
            new PreEncodedHttpField("Content-Security-Policy", csp),
            new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
            new PreEncodedHttpField("X-Frame-Options", frameOptions),
            // Play links carry the journey: never send them to other sites.
            new PreEncodedHttpField("Referrer-Policy", "no-referrer"),
            new PreEncodedHttpField("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
            new PreEncodedHttpField("Cross-Origin-Opener-Policy", "same-origin"));
    }

    private static final HttpField HSTS = new PreEncodedHttpField(HttpHeader.STRICT_TRANSPORT_SECURITY, "max-age=31536000");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Added, not put: the response has no headers yet, and adding skips a search for each.
        apply(request, response.getHeaders(), everyResponse, HttpFields.Mutable::add);
        return super.handle(request, response, callback);
    }

    /**
     * Puts the headers on a response written outside the handlers (Jetty's answer to a request it
     * cannot parse), replacing any already there.
     */
    public static void putOn(Request request, HttpFields.Mutable headers) {
        apply(request, headers, EVERY_RESPONSE, HttpFields.Mutable::put);
    }

    private static void apply(Request request, HttpFields.Mutable headers, List<HttpField> fields,
                              java.util.function.BiConsumer<HttpFields.Mutable, HttpField> set) {
        for (HttpField field : fields) set.accept(headers, field);
        if ("https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto")) || "https".equals(request.getHttpURI().getScheme())) {
            set.accept(headers, HSTS);
        }
    }
}
