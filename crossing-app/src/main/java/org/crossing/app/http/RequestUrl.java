package org.crossing.app.http;

import io.javalin.http.Context;

/**
 * The address players reach this node by, for links that leave the page (share links, feeds,
 * Open Graph): the configured public URL when there is one, as there should be in production;
 * otherwise the request's own host, with https when a proxy in front says the request came so.
 */
public final class RequestUrl {

    private RequestUrl() {}

    public static String base(Context ctx, String configured) {
        if (configured != null) return configured;
        String proto = ctx.header("X-Forwarded-Proto");
        return ("https".equals(proto) ? "https" : ctx.scheme()) + "://" + ctx.host();
    }
}
