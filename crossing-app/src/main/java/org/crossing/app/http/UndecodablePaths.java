package org.crossing.app.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 400 to a path with a percent sign not followed by two hexadecimal digits ({@code %u0041},
 * {@code %zz}, a lone {@code %}), before the routes try to decode it: Javalin's path parameters
 * would throw on it, and each such request would log a stack trace.
 */
public final class UndecodablePaths extends Handler.Wrapper {

    private final ErrorPages pages;

    public UndecodablePaths(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (decodable(request.getHttpURI().getPath())) return super.handle(request, response, callback);
        ErrorPageHandler.write(request, response, callback, 400, pages.html(400, request.getHeaders().get(org.eclipse.jetty.http.HttpHeader.ACCEPT_LANGUAGE)));
        return true;
    }

    /** Whether every {@code %} in the raw path starts an escape of two hexadecimal digits. */
    static boolean decodable(String rawPath) {
        if (rawPath == null) return true;
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            if (i + 2 >= rawPath.length() || !hex(rawPath.charAt(i + 1)) || !hex(rawPath.charAt(i + 2))) return false;
        }
        return true;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
