package org.crossing.app.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to open a file at a line in the author's editor: a command template such as
 * {@code code -g {file}:{line}:{column}} (the placeholders are replaced) or a plain editor
 * command such as {@code gedit}, which gets {@code +LINE FILE} after it, the convention most
 * editors share. Started without a shell, so a file name cannot inject a command.
 */
public final class EditorCommand {

    private final List<String> words;

    private EditorCommand(List<String> words) {
        this.words = words;
    }

    /** The configured editor: {@code --editor}, else {@code $VISUAL}, else {@code $EDITOR}; null for none. */
    public static EditorCommand of(String configured) {
        for (String candidate : new String[] {configured, System.getenv("VISUAL"), System.getenv("EDITOR")}) {
            if (candidate != null && !candidate.isBlank()) return new EditorCommand(split(candidate.strip()));
        }
        return null;
    }

    /** The command line that opens {@code file} at {@code line}, {@code column}. */
    public List<String> commandLine(Path file, int line, int column) {
        boolean placeholders = words.stream().anyMatch(w -> w.contains("{file}"));
        List<String> command = new ArrayList<>();
        for (String word : words) {
            command.add(word.replace("{file}", file.toString()).replace("{line}", Integer.toString(line))
                    .replace("{column}", Integer.toString(column)));
        }
        if (!placeholders) {
            command.add("+" + line);
            command.add(file.toString());
        }
        return command;
    }

    public void open(Path file, int line, int column) throws IOException {
        new ProcessBuilder(commandLine(file, line, column)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Splits on spaces, keeping what stands in double or single quotes together. */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return List.copyOf(words);
    }
}
