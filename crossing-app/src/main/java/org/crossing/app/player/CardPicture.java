package org.crossing.app.player;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.crossing.app.http.MediaFile;
import org.crossing.story.model.Block;
import org.crossing.story.model.Scene;

/**
 * An ending's picture drawn for its share card: read from the story's media folder (SVG with
 * jsvg, PNG, JPEG and GIF with ImageIO), scaled to cover the card and cropped around its middle.
 * The card darkens it where its type goes ({@link ShareImage}).
 *
 * <p>An SVG takes 15–100 ms of CPU to draw and its pixels 2.3 MB, so the pictures are kept once
 * drawn, at most {@value #KEPT} of them (27 MB; an ending has one, whatever the journey), and a
 * redrawn file, with a new version, is drawn again.
 */
final class CardPicture {

    /** A picture file and its version (its checksum, {@link MediaFacts}): what a drawn picture is kept by. */
    record Source(Path file, String version) {}

    private static final int KEPT = 12;

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

    private final Map<Drawn, BufferedImage> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Drawn, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };

    private record Drawn(Source source, int width, int height) {}

    /** The picture covering {@code width}×{@code height}, or null when it cannot be read or drawn. Never changed by callers. */
    BufferedImage cover(Source source, int width, int height) {
        Drawn key = new Drawn(source, width, height);
        synchronized (drawn) {
            BufferedImage kept = drawn.get(key);
            if (kept != null) return kept;
        }
        BufferedImage image = draw(source.file(), width, height);
        if (image != null) {
            synchronized (drawn) {
                drawn.put(key, image);
            }
        }
        return image;
    }

    /** The file drawn to cover {@code width}×{@code height}; null when it is missing, of another kind, or broken. */
    static BufferedImage draw(Path file, int width, int height) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) return drawSvg(file, width, height);
            if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")) {
                BufferedImage picture = ImageIO.read(file.toFile());
                return picture == null ? null : coverWith(width, height, picture.getWidth(), picture.getHeight(),
                        (g, w, h) -> g.drawImage(picture, 0, 0, (int) Math.round(w), (int) Math.round(h), null));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            // A picture the renderer cannot read leaves the card as it was without one: never a failed card.
            return null;
        }
    }

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
        if (!(size.width > 0 && size.height > 0)) return null;
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
