package org.crossing.app.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The fields of a form post ({@code application/x-www-form-urlencoded}), read from its bytes as
 * the URL standard says: fields split at {@code &}, name from value at the first {@code =},
 * {@code +} a space, {@code %XX} a byte, the bytes read in the form's charset (UTF-8 unless the
 * request names another that writes ASCII as ASCII). A {@code %} not followed by two hex digits
 * stays as it is.
 *
 * <p>The player's forms carry two short fields, a token and a choice, that need no decoding:
 * reading them straight from the bytes costs a fraction of Javalin's general form reading, which
 * decodes the whole body to a string, splits it with regular expressions and builds a map of
 * lists, as the benchmark's profile showed (docs/benchmarks.md).
 */
public final class FormBody {

    private static final String FORM_TYPE = "application/x-www-form-urlencoded";
    /** The characters the form's structure and its tokens are written in. */
    private static final String ASCII_PROBE = "&=+%.-_~ 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private final byte[] body;
    private final Charset charset;

    private FormBody(byte[] body, Charset charset) {
        this.body = body;
        this.charset = charset;
    }

    /**
     * The form in {@code body}, sent with {@code contentType}. A body of any other type has no
     * fields. A charset that this JVM does not know is the client's mistake and throws as
     * {@link Charset#forName} does ({@code UnsupportedCharsetException} or
     * {@code IllegalCharsetNameException}), for the caller to answer 400.
     */
    public static FormBody of(String contentType, byte[] body) {
        if (!isForm(contentType)) return new FormBody(new byte[0], StandardCharsets.UTF_8);
        return new FormBody(body, charset(contentType));
    }

    /**
     * The form a request posts. A body of known length up to {@link #SHORT_BODY} bytes (the
     * player's: a token and a choice) is read straight into an array of its size; Javalin's
     * reading grows a buffer of its own for every body, the largest allocation of the choice path
     * in the benchmark's profile (docs/benchmarks.md). A longer body, or one of unknown length, is
     * read by Javalin, which holds it to the server's limit on request size.
     */
    public static FormBody read(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        byte[] body = length >= 0 && length <= SHORT_BODY
                ? ctx.req().getInputStream().readNBytes((int) length)
                : ctx.bodyAsBytes();
        return of(ctx.contentType(), body);
    }

    /** The longest body {@link #read} reads itself. */
    static final int SHORT_BODY = 8 * 1024;

    /**
     * The fields of a URL's query ({@code a=1&b=2}, as a request has it, still percent-encoded),
     * read as a form is: the URL standard parses both alike. Null or empty has no fields. Reading
     * one field this way costs a fraction of Javalin's map of every parameter, built for the first
     * one asked for.
     */
    public static FormBody query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return new FormBody(new byte[0], StandardCharsets.UTF_8);
        return new FormBody(rawQuery.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Whether the media type is the form's, with or without parameters. */
    private static boolean isForm(String contentType) {
        if (contentType == null) return false;
        String type = contentType.strip();
        if (!type.regionMatches(true, 0, FORM_TYPE, 0, FORM_TYPE.length())) return false;
        return type.length() == FORM_TYPE.length() || type.charAt(FORM_TYPE.length()) == ';'
                || Character.isWhitespace(type.charAt(FORM_TYPE.length()));
    }

    private static Charset charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) continue;
            String name = parameter.substring(equals + 1).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) name = name.substring(1, name.length() - 1);
            if (name.toLowerCase(Locale.ROOT).equals("utf-8")) return StandardCharsets.UTF_8;
            Charset charset = Charset.forName(name);
            // The fields are found at the bytes of & and =: a charset that writes ASCII otherwise
            // (UTF-16, EBCDIC) cannot be read that way. Browsers never send one; refuse it as unknown.
            if (!Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII))) {
                throw new UnsupportedCharsetException(name);
            }
            return charset;
        }
        return StandardCharsets.UTF_8;
    }

    /** The value of the first field called {@code name}, or null when there is none. */
    public String field(String name) {
        int start = 0;
        while (start <= body.length) {
            int end = indexOf((byte) '&', start, body.length);
            int equals = indexOf((byte) '=', start, end); // end when the field has no value
            if (end > start && decode(start, equals).equals(name)) {
                return equals == end ? "" : decode(equals + 1, end);
            }
            start = end + 1;
        }
        return null;
    }

    /** Where {@code wanted} first is in {@code [from, to)}, or {@code to}. */
    private int indexOf(byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == wanted) return i;
        }
        return to;
    }

    private String decode(int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            byte b = body[i];
            plain = b != '%' && b != '+' && b >= 0;
        }
        // ASCII is ASCII in every charset a browser sends forms in.
        if (plain) return new String(body, from, to - from, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            int high;
            int low;
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < to && (high = hex(body[i + 1])) >= 0 && (low = hex(body[i + 2])) >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return bytes.toString(charset);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        return -1;
    }
}
