package org.crossing.app.site;

import java.util.Optional;

/** An award or nomination, with its year and status. */
public record Award(int year, String name, Optional<String> category, Optional<String> by,
                    Optional<String> recipient, Status status, Optional<String> link, java.util.Map<String, AwardText> texts) {

    /** Its words in {@code language}, when press.LANG.yaml gives them. */
    public Optional<AwardText> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    public enum Status {
        NOMINATED, WON;

        public String label() {
            return this == WON ? "Won" : "Nominated";
        }
    }
}
