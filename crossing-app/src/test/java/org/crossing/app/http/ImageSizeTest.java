package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageSizeTest {

    private static ImageSize svg(String text) {
        return ImageSize.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] raster(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void anSvgSaysItsSizeByWidthAndHeightOrElseByItsViewBox() {
        assertThat(svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2400 800\" width=\"1200\" height=\"400px\">"))
                .isEqualTo(new ImageSize(1200, 400));
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\"\n  viewBox=\"0 0 1600 900\">")).isEqualTo(new ImageSize(1600, 900));
        assertThat(svg("<svg width=\"100%\" height=\"100%\" viewBox=\"0,0,300,200\">")).isEqualTo(new ImageSize(300, 200));
        assertThat(svg("<svg xmlns=\"http://www.w3.org/2000/svg\">")).isNull();
        assertThat(svg("not a picture")).isNull();
    }

    @Test
    void pngGifAndJpegSayTheirSizeInTheirHeaders() throws IOException {
        assertThat(ImageSize.of(raster("png", 640, 480))).isEqualTo(new ImageSize(640, 480));
        assertThat(ImageSize.of(raster("gif", 30, 20))).isEqualTo(new ImageSize(30, 20));
        assertThat(ImageSize.of(raster("jpg", 800, 533))).isEqualTo(new ImageSize(800, 533));
        byte[] cut = java.util.Arrays.copyOf(raster("png", 640, 480), 12);
        assertThat(ImageSize.of(cut)).isNull();
    }

    @Test
    void aPictureAtLeastTwiceAsWideAsTallIsAPanorama() {
        assertThat(new ImageSize(2400, 800).panorama()).isTrue();
        assertThat(new ImageSize(1600, 800).panorama()).isTrue();
        assertThat(new ImageSize(1600, 900).panorama()).isFalse();
    }
}
