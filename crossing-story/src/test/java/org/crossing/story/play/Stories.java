package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;

/** Compiles story text for tests, failing with the compiler's report when it has errors. */
final class Stories {

    private Stories() {}

    static Story given(String text) {
        Compilation compilation = StoryCompiler.compile(StorySource.of(text));
        assertThat(compilation.ok()).as(compilation.report()).isTrue();
        return compilation.story();
    }
}
