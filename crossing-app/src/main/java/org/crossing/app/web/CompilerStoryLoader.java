package org.crossing.app.web;

import java.nio.file.Path;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;

/** Loads stories with the story compiler; a story with errors is refused with the compiler's report. */
public final class CompilerStoryLoader implements StoryLoader {

    @Override
    public Story load(Path folder) throws StoryLoadException {
        Path real;
        try {
            // A story folder may be a symbolic link (a deployment links the stories it serves); compile what it points to.
            real = folder.toRealPath();
        } catch (java.io.IOException e) {
            throw new StoryLoadException(folder + ": error: cannot read the story folder: " + e.getMessage());
        }
        Compilation compilation = StoryCompiler.compile(real);
        if (!compilation.ok()) throw new StoryLoadException(compilation.report());
        return compilation.story();
    }
}
