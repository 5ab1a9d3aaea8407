package org.crossing.app.player;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.crossing.app.http.MediaFile;
import org.crossing.story.model.Block;
import org.crossing.story.model.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ending's picture drawn for its share card: read from the story's media folder (SVG with
 * jsvg, PNG, JPEG and GIF with ImageIO), scaled to cover the card and cropped around its middle.
 * The card darkens it where its type goes.
 *
 * <p>An SVG takes 15–100 ms of CPU to draw, so each picture is drawn once, at the size the card
 * shows it, and kept for every card of its ending; a redrawn file, with a new version, is drawn
 * again. It is kept as PNG (45–150 KB for our illustrations, against 2.3 MB of pixels: twelve
 * pictures held as pixels were a tenth of a node's heap) and decoded for each card drawn, which
 * costs a fraction of the drawing. A file that cannot be drawn is remembered too, and said once.
 */
final class CardPicture {

    private static final Logger LOG = LoggerFactory.getLogger(CardPicture.class);

    /** A picture file and its version (its checksum, {@link MediaFacts}): what a drawn picture is kept by. */
    record Source(Path file, String version) {}

    private static final long KEPT_BYTES = 8L * 1024 * 1024;

    /**
     * The picture of an ending's card: the ending scene's first picture, else its chapter's
     * opening picture; null when it has neither or the file is not in the media folder.
     */
    static Source of(PublishedStory story, Scene ending) {
        String name = null;
        for (Block block : ending.blocks()) {
            if (block instanceof Block.Image image) {
                name = image.file();
                break;
            }
        }
        if (name == null && ending.chapter() != null && ending.chapter().picture() != null) name = ending.chapter().picture().file();
        if (name == null || story.mediaDir() == null) return null;
        String version = story.mediaFacts().version(name);
        Path file = MediaFile.within(story.mediaDir(), name).orElse(null);
        return file == null || version == null ? null : new Source(file, version);
    }

    private record Drawn(Source source, int width, int height) {}

    /** A picture drawn and compressed; {@code png} null for a file that could not be drawn. */
    private record Kept(byte[] png) {
        int weight() {
            return png == null ? 1 : png.length;
        }
    }

    private final Cache<Drawn, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((Drawn drawn, Kept picture) -> picture.weight())
            .executor(Runnable::run)
            .build();

    /**
     * The picture covering {@code width}×{@code height}, or null when it cannot be read or drawn:
     * a new image each time, which the caller may draw on.
     */
    BufferedImage cover(Source source, int width, int height) {
        // Computed once per picture: requests for the same one wait for it rather than draw it again.
        Kept picture = kept.get(new Drawn(source, width, height), drawn -> new Kept(compress(draw(drawn.source().file(), width, height))));
        return picture.png() == null ? null : decode(picture.png());
    }

    /** How many pictures are kept: for tests. */
    long keptCount() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    private static byte[] compress(BufferedImage image) {
        return image == null ? null : PngBytes.of(image);
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // our own PNG, from memory
        }
    }

    /**
     * The file drawn to cover {@code width}×{@code height}; null, with one warning line naming the
     * file and saying why, when it is missing, of another kind, or broken.
     */
    static BufferedImage draw(Path file, int width, int height) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String problem;
        try {
            if (!Files.exists(file)) {
                problem = "no such file";
            } else if (name.endsWith(".svg")) {
                JsvgWarnings.Heard<BufferedImage> drawn = JsvgWarnings.during(() -> drawSvg(file, width, height));
                if (drawn.result() != null) return drawn.result();
                problem = drawn.warnings().isEmpty() ? "jsvg found no picture in it" : String.join("; ", drawn.warnings());
            } else if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")) {
                BufferedImage picture = ImageIO.read(file.toFile());
                if (picture != null) {
                    return coverWith(width, height, picture.getWidth(), picture.getHeight(),
                            (g, w, h) -> g.drawImage(picture, 0, 0, (int) Math.round(w), (int) Math.round(h), null));
                }
                problem = "not a picture ImageIO can read";
            } else {
                problem = "only SVG, PNG, JPEG and GIF pictures are drawn on cards";
            }
        } catch (Exception e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        }
        // A picture the renderer cannot read leaves the card as it was without one: never a failed card.
        LOG.warn("share card: cannot draw {} ({}); its cards are drawn without a picture", file, problem);
        return null;
    }

    /** The SVG drawn to cover the size; null when jsvg cannot read it or it has no size. */
    private static BufferedImage drawSvg(Path file, int width, int height) throws IOException {
        SVGDocument document;
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                .preProcessor(CardPicture::hideGrain)
                .build();
        try (InputStream in = Files.newInputStream(file)) {
            document = new SVGLoader().load(in, file.toUri(), context);
        }
        if (document == null) return null;
        FloatSize size = document.size();
        if (!(size.width > 0 && size.height > 0)) throw new IOException("it has no width and height, nor a viewBox");
        return coverWith(width, height, size.width, size.height,
                (g, w, h) -> document.render((java.awt.Component) null, g, new ViewBox(0, 0, (float) w, (float) h)));
    }

    @FunctionalInterface
    private interface Painter {
        /** Paints the picture at the origin, {@code width}×{@code height}. */
        void paint(Graphics2D g, double width, double height);
    }

    /** A {@code width}×{@code height} image with the picture scaled to cover it, its middle kept. */
    private static BufferedImage coverWith(int width, int height, double pictureWidth, double pictureHeight, Painter painter) {
        double scale = Math.max(width / pictureWidth, height / pictureHeight);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate((width - pictureWidth * scale) / 2, (height - pictureHeight * scale) / 2);
            painter.paint(g, pictureWidth * scale, pictureHeight * scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Hides the film grain our illustrations lay over themselves: a layer drawn through a
     * {@code feTurbulence} filter, most often blended with {@code mix-blend-mode: overlay}. jsvg
     * draws the noise but not that blend, so the layer veils the whole picture in grey, and the
     * noise is most of the drawing time (1–3 s with it, 0.2 s without); on the darkened card the
     * grain would not show anyway.
     */
    private static void hideGrain(DomElement root) {
        Set<String> noise = new HashSet<>();
        collectNoiseFilters(root, noise, 0);
        if (!noise.isEmpty()) hideFiltered(root, noise, 0);
    }

    private static final int DEPTH = 64;

    private static void collectNoiseFilters(DomElement element, Set<String> noise, int depth) {
        if (depth > DEPTH) return;
        if ("filter".equalsIgnoreCase(element.tagName()) && element.id() != null) {
            for (DomElement primitive : element.children()) {
                if ("feTurbulence".equalsIgnoreCase(primitive.tagName())) noise.add(element.id());
            }
        }
        for (DomElement child : element.children()) collectNoiseFilters(child, noise, depth + 1);
    }

    private static void hideFiltered(DomElement element, Set<String> noise, int depth) {
        if (depth > DEPTH) return;
        String filter = element.attribute("filter");
        if (filter != null) {
            String id = filter.strip().replaceFirst("^url\\(\\s*['\"]?#", "").replaceFirst("['\"]?\\s*\\)$", "");
            if (noise.contains(id)) {
                element.setAttribute("display", "none");
                return;
            }
        }
        for (DomElement child : element.children()) hideFiltered(child, noise, depth + 1);
    }
}
