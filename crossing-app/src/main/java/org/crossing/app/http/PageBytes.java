package org.crossing.app.http;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A rendered page as UTF-8 bytes in one array that grows as the template writes. jte's own
 * byte output keeps every piece as a separate chunk in a list and joins them at the end; a page
 * is a few hundred pieces, and the list, its growth and the join showed up in the benchmark's
 * profile (docs/benchmarks.md). Here each piece is copied once, and the page goes to the
 * response in one write.
 */
public final class PageBytes implements TemplateOutput {

    private byte[] bytes;
    private int length;

    public PageBytes(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    /** Most of a page's text is ASCII: copied as it is read, with no array made for each string. */
    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    /** Escaping writes a string in pieces between the characters it replaces: ASCII needs no encoder. */
    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        ensure(endIndex - beginIndex);
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                writeBinaryContent(value.substring(i, endIndex).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    public int length() {
        return length;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
