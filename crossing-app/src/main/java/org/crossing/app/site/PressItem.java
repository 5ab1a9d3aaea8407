package org.crossing.app.site;

import java.time.LocalDate;
import java.util.Optional;

/** A piece of press: an outlet's article or broadcast, with a short quote when there is one. */
public record PressItem(String outlet, Optional<String> author, Optional<String> title, Optional<String> quote,
                        Optional<LocalDate> date, Optional<String> link) {}
