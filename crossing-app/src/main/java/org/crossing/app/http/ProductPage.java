package org.crossing.app.http;

import io.javalin.http.Context;

/**
 * Marks a response as one of the product's own HTML pages. A 404 that is not marked is Javalin's
 * plain answer for an address no route knows, which the player replaces with its styled page.
 */
public final class ProductPage {

    private static final String ATTRIBUTE = "crossing.page";

    private ProductPage() {}

    public static void mark(Context ctx) {
        ctx.attribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean marked(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ATTRIBUTE));
    }
}
