package org.crossing.app.site;

import java.util.Optional;

/**
 * A post or standing page as a reader of one of the site's languages reads it: its translation
 * into that language ({@code news/SLUG.ko.md}) or, when it has none, the original. {@code lang}
 * is the language the text is written in, so a page can mark an original shown in place of a
 * missing translation; {@code html} is the rendered, escaped body whose links to the site keep
 * the reader's language.
 */
public record EntryText(String lang, String title, String summary, Optional<String> author, Optional<String> imageAlt,
                        String html) {}
