package org.crossing.app.site;

import java.util.Optional;

/**
 * A press entry's words in a translation ({@code press.LANG.yaml}): the outlet's name as readers
 * of the language know it, the author's name, the headline rendered (shown beside the original
 * headline, which stays the article's title) and the quote translated.
 */
public record PressText(Optional<String> outlet, Optional<String> author, Optional<String> title, Optional<String> quote) {}
