package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedPiecesTest {

    @Test
    void aPieceIsRenderedOnceAndThenKept() {
        RenderedPieces<String> pieces = new RenderedPieces<>(64 * 1024);
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            RenderedHtml piece = pieces.get("map", key -> {
                renders.incrementAndGet();
                return RenderedHtml.of(out -> out.writeUserContent(key + " & route"));
            });
            assertThat(piece.toString()).isEqualTo("map &amp; route");
        }
        assertThat(renders).hasValue(1);
    }

    /** A flood of pieces each wanted once (outcomes shared once, routes nobody else took) stays within the bound. */
    @Test
    void aFloodOfPiecesKeepsNoMoreBytesThanTheBound() {
        RenderedPieces<Integer> pieces = new RenderedPieces<>(100 * 1024);
        for (int i = 0; i < 10_000; i++) pieces.get(i, key -> new RenderedHtml(new byte[1024]));
        assertThat(pieces.size()).isLessThanOrEqualTo(100);
    }
}
