package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    @Test
    void writesStringsRangesAndBytesAsUtf8InOrder() {
        PageBytes out = new PageBytes(4);
        out.writeContent("Hyesan ");
        out.writeBinaryContent("<p>".getBytes(StandardCharsets.UTF_8));
        out.writeContent("xx“Tumen” — 강xx", 2, 13);
        out.writeContent("ab&cd", 3, 5);
        out.writeContent("🙂", 0, 2);

        assertThat(out.toString()).isEqualTo("Hyesan <p>“Tumen” — 강cd🙂");
        assertThat(out.length()).isEqualTo(out.toString().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void givesTheSameBytesAsJtesOwnOutputWhileGrowing() throws IOException {
        PageBytes ours = new PageBytes(16);
        Utf8ByteOutput jtes = new Utf8ByteOutput();
        for (int i = 0; i < 500; i++) {
            String piece = i % 3 == 0 ? "scène " + i : "step " + i + " ";
            ours.writeContent(piece);
            jtes.writeContent(piece);
            ours.writeContent(piece, 1, piece.length());
            jtes.writeContent(piece, 1, piece.length());
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        ours.writeTo(written);

        assertThat(written.toByteArray()).isEqualTo(jtes.toByteArray());
        assertThat(ours.toByteArray()).isEqualTo(jtes.toByteArray());
    }
}
