package org.crossing.app.server;

import gg.jte.TemplateEngine;
import java.util.concurrent.ConcurrentHashMap;
import org.crossing.app.http.Assets;
import org.crossing.app.http.ErrorPages;
import org.crossing.app.http.PageBytes;
import org.crossing.app.player.Messages;
import org.crossing.app.player.Views;

/**
 * The player's error page for a status the routes never answer themselves: requests Jetty refuses
 * before routing (400, 414, 431, 505), bodies over the size limit (413), undecodable paths.
 * Rendered once per status and language and kept: these pages are what a flood of bad requests gets.
 * <p>
 * A request refused for its address (414) or its headers (431) is refused while Jetty reads it:
 * the error handler gets a stand-in request ("BAD /badMessage", no headers), so neither the
 * address's {@code ?lang=} nor Accept-Language can choose the language. Those two pages say it in
 * English and in Korean, the product's languages, each part marked with its own.
 */
final class StatusPages implements ErrorPages {

    private static final String SITE = "Crossing";
    private final TemplateEngine templates;
    private final Assets assets;
    private final ConcurrentHashMap<String, byte[]> rendered = new ConcurrentHashMap<>();

    StatusPages(TemplateEngine templates, Assets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    @Override
    public byte[] html(int status, String acceptLanguage) {
        if (acceptLanguage == null && (status == 414 || status == 431)) {
            return rendered.computeIfAbsent("en+ko" + status, key -> renderBilingual(status, Messages.of("en"), Messages.of("ko")));
        }
        Messages text = Messages.forAcceptLanguage(acceptLanguage);
        return rendered.computeIfAbsent(text.language() + status, key -> render(status, text));
    }

    private byte[] renderBilingual(int status, Messages first, Messages second) {
        Views.ErrorPage page = page(status, first);
        Views.ErrorPage other = page(status, second);
        Views.ErrorPage both = new Views.ErrorPage(new Views.Head(page.heading() + " \u00b7 " + other.heading() + " \u00b7 " + SITE,
                first.language(), page.message(), assets.css(), assets.js(), null), page.heading(), page.message(), page.actionUrl(),
                page.actionLabel());
        PageBytes out = new PageBytes(6144);
        templates.render("statusbilingual.jte", java.util.Map.of("page", both, "other", other), out);
        return out.toByteArray();
    }

    private byte[] render(int status, Messages text) {
        PageBytes out = new PageBytes(4096);
        templates.render("error.jte", page(status, text), out);
        return out.toByteArray();
    }

    private Views.ErrorPage page(int status, Messages text) {
        String error = error(status);
        String heading = text.t(error);
        String message = text.t(error + "-text");
        String home = "en".equals(text.language()) ? "/" : "/?lang=" + text.language();
        return new Views.ErrorPage(new Views.Head(heading + " · " + SITE, text.language(), message, assets.css(), assets.js(), null),
                heading, message, home, text.t("see-the-stories"));
    }

    /** The player's message that heads the page for a status; its sentence is the message with "-text" after its key. */
    private static String error(int status) {
        return switch (status) {
            case 400 -> "error-bad-request";
            case 404 -> "error-not-found";
            case 413 -> "error-too-large";
            case 414 -> "error-uri-too-long";
            case 431 -> "error-headers-too-large";
            case 505 -> "error-http-version";
            default -> "error-server-request";
        };
    }
}
