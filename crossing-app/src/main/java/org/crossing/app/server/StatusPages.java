package org.crossing.app.server;

import gg.jte.TemplateEngine;
import java.util.concurrent.ConcurrentHashMap;
import org.crossing.app.http.Assets;
import org.crossing.app.http.ErrorPages;
import org.crossing.app.http.PageBytes;
import org.crossing.app.player.Views;

/**
 * The player's error page for a status the routes never answer themselves: requests Jetty refuses
 * before routing (400, 414, 431, 505), bodies over the size limit (413), undecodable paths.
 * Rendered once per status and kept: these pages are what a flood of bad requests gets.
 */
final class StatusPages implements ErrorPages {

    private static final String SITE = "Crossing";
    private final TemplateEngine templates;
    private final Assets assets;
    private final ConcurrentHashMap<Integer, byte[]> rendered = new ConcurrentHashMap<>();

    StatusPages(TemplateEngine templates, Assets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    @Override
    public byte[] html(int status) {
        return rendered.computeIfAbsent(status, this::render);
    }

    private byte[] render(int status) {
        String[] text = text(status);
        Views.ErrorPage page = new Views.ErrorPage(new Views.Head(text[0] + " · " + SITE, "en", text[1], assets.css(), assets.js(), null),
                text[0], text[1], "/", "See the stories");
        PageBytes out = new PageBytes(4096);
        templates.render("error.jte", page, out);
        return out.toByteArray();
    }

    /** The heading and the sentence for a status. */
    private static String[] text(int status) {
        return switch (status) {
            case 400 -> new String[] {"This request could not be read", "Its address or its headers are malformed. Check the link, or start from the home page."};
            case 404 -> new String[] {"Page not found", "There is nothing at this address."};
            case 413 -> new String[] {"This request is too large", "The server takes forms of up to 64 KB."};
            case 414 -> new String[] {"This address is too long", "The server takes addresses of up to 8 KB. If a link brought you here, it was damaged."};
            case 431 -> new String[] {"This request's headers are too large", "Your browser sent more headers than the server takes. Clearing this site's data may help."};
            case 505 -> new String[] {"This HTTP version is not supported", "The server speaks HTTP/1.0 and HTTP/1.1."};
            default -> new String[] {"Something went wrong", "The server could not answer this request. Please try again in a moment."};
        };
    }
}
