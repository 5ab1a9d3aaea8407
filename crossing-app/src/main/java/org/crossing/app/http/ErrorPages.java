package org.crossing.app.http;

/**
 * The product's own page for an HTTP error status, as UTF-8 HTML: what a person sees when a
 * request fails before it reaches a route (Jetty cannot parse it) or outside the routes' own
 * answers.
 */
@FunctionalInterface
public interface ErrorPages {

    byte[] html(int status);
}
