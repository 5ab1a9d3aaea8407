package org.crossing.app.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it refuses before any route sees it (a malformed request line, no
 * Host, an address or headers too long, an unknown HTTP version): the product's error page in
 * UTF-8 with the security headers, in place of Jetty's own ISO-8859-1 page without them.
 */
public final class ErrorPageHandler extends ErrorHandler {

    private final ErrorPages pages;

    public ErrorPageHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        write(request, response, callback, status, pages.html(status, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
    }

    /** Writes an error page as the whole response, with the headers every response carries. */
    static void write(Request request, Response response, Callback callback, int status, byte[] html) {
        response.setStatus(status);
        SecurityHeaders.putOn(request, response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(html.length));
        boolean head = "HEAD".equals(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(html), callback);
    }
}
