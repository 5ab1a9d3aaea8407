package org.crossing.app.player;

import java.nio.file.Path;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;

/** Loads stories with the story compiler; a story with errors is refused with the compiler's report. */
public final class CompilerStoryLoader implements StoryLoader {

    @Override
    public Story load(Path folder) throws StoryLoadException {
        Compilation compilation = StoryCompiler.compile(folder);
        if (!compilation.ok()) throw new StoryLoadException(compilation.report());
        return compilation.story();
    }
}
