package org.crossing.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte on a socket: the malformed ones an HTTP client library refuses
 * to send (bad escapes, no Host, an unknown HTTP version, a body that stops early).
 */
public final class RawHttp {

    private RawHttp() {}

    /** Sends {@code request} as it is and returns the whole answer, read until the server closes. */
    public static String send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Sends the bytes; with {@code hangUp}, stops sending (half-closes) as a client that went away does. */
    public static String send(int port, byte[] request, boolean hangUp) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (hangUp) socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The status code of a raw answer. */
    public static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The value of the first header called {@code name} in a raw answer, or null. */
    public static String header(String answer, String name) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
        }
        return null;
    }
}
