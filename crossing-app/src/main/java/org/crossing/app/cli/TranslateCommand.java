package org.crossing.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StoryFolder;
import org.crossing.story.compile.StorySource;
import org.crossing.story.compile.TranslationFiles;
import org.crossing.story.syntax.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossing translate STORY --lang ko}: writes or updates a language's translation files, keeping every translation made. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Write or update the translation files of a language (translations/LANG/ in the story folder).",
                "Every text of the story gets an entry with its original and a line to fill in; translations already made are kept, "
                        + "moved with their text when it moved, and marked stale (a 'was:' line) when their original changed.",
                "Exit codes: 0 written, 1 story errors or translation files that do not parse (nothing written), 2 usage or I/O."})
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY", description = "The story folder.")
    Path folder;

    @Option(names = {"--lang", "--to"}, required = true, paramLabel = "LANG", description = "The language to translate into, as a tag: ko, fr, pt-BR.")
    String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StorySource source = StoryFolder.read(folder);
        Compilation compilation = StoryCompiler.compile(source.withoutTranslations());
        if (compilation.unreadable()) {
            StoryLoader.unreadable(compilation, spec);
            return ExitCodes.USAGE;
        }
        if (!compilation.ok()) {
            err.print(compilation.report());
            err.flush();
            return Complaints.error(spec, ExitCodes.STORY_ERRORS, "the story has errors; fix them first, then translate it");
        }
        String problem = TranslationFiles.languageProblem(language, compilation.story().metadata().language());
        if (problem != null) return Complaints.error(spec, ExitCodes.USAGE, problem);
        Map<String, byte[]> existing = TranslationFiles.of(source.files(), language);
        TranslationFiles.Update update = TranslationFiles.update(compilation.story(), language, existing);
        if (!update.ok()) {
            for (Diagnostic diagnostic : update.problems()) err.println(diagnostic.format());
            err.flush();
            return Complaints.error(spec, ExitCodes.STORY_ERRORS, "the translation files above do not parse; fix them first: nothing was written");
        }
        try {
            for (Map.Entry<String, String> file : update.files().entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                byte[] before = existing.get(file.getKey());
                Path target = folder.resolve(file.getKey());
                if (before != null && Arrays.equals(before, bytes)) {
                    out.println("unchanged  " + target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                out.println((before == null ? "written    " : "updated    ") + target);
            }
        } catch (IOException e) {
            return Complaints.error(spec, ExitCodes.USAGE, "cannot write the translation: " + e.getMessage());
        }
        out.println(summary(update));
        out.flush();
        return ExitCodes.OK;
    }

    private String summary(TranslationFiles.Update update) {
        int translated = update.kept() + update.moved() + update.filled();
        StringBuilder line = new StringBuilder(String.format("%s: %,d texts, %,d translated", language, update.texts(), translated));
        if (update.stale() > 0) line.append(String.format(" (%,d stale: see their 'was:' lines)", update.stale()));
        if (update.moved() > 0) line.append(String.format(", %,d moved with their text", update.moved()));
        if (update.filled() > 0) line.append(String.format(", %,d filled in from texts with the same original (check them: see their notes)", update.filled()));
        line.append(String.format(", %,d to fill in", update.texts() - translated));
        if (update.orphaned() > 0) line.append(String.format("; %,d no longer in the story (at the end of their file)", update.orphaned()));
        return line.append('.').toString();
    }
}
