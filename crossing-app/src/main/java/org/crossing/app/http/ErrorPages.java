package org.crossing.app.http;

/**
 * The product's own page for an HTTP error status, as UTF-8 HTML: what a person sees when a
 * request fails before it reaches a route (Jetty cannot parse it) or outside the routes' own
 * answers.
 */
@FunctionalInterface
public interface ErrorPages {

    /** The page for {@code status}, in the best of the product's languages for {@code acceptLanguage} (the request's header, or null). */
    byte[] html(int status, String acceptLanguage);
}
