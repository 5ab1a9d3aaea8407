package org.crossing.app.testing;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The stories the web tests serve: small fixtures under src/test/resources/stories. */
public final class TestStories {

    private TestStories() {}

    public static Path folder() {
        try {
            return Paths.get(TestStories.class.getClassLoader().getResource("stories").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
