package org.crossing.story.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;

/**
 * Coverage-guided fuzzing of the compiler: any bytes give a compilation, never an exception.
 * Under plain {@code ./mvnw verify} it replays the inputs in src/test/resources; run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl crossing-story test -Dtest=CompilerFuzzTest} to search for new ones.
 */
class CompilerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesCompileToDiagnosticsOrAStory(byte[] bytes) {
        StorySource source = new StorySource("fuzz", Map.of("story.story", bytes), Set.of("a.svg", "b.vtt"), List.of(), false);
        Compilation compilation = StoryCompiler.compile(source);
        assertThat(compilation.ok() || compilation.errors() > 0).isTrue();
        assertThat(compilation.diagnostics().size()).isLessThanOrEqualTo(200);
    }
}
