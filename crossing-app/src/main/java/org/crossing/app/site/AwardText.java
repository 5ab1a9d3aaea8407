package org.crossing.app.site;

import java.util.Optional;

/** An award's words in a translation ({@code press.LANG.yaml}): its name, category, who gives it and to whom. */
public record AwardText(String name, Optional<String> category, Optional<String> by, Optional<String> recipient) {}
