package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EditorCommandTest {

    @Test
    void placeholdersAreReplacedAndQuotedWordsKeptTogether() {
        EditorCommand editor = EditorCommand.of("\"/opt/My Editor/bin/ed\" -g {file}:{line}:{column}");
        assertThat(editor.commandLine(Path.of("/s/1-home.story"), 14, 9)).containsExactly("/opt/My Editor/bin/ed", "-g", "/s/1-home.story:14:9");
    }

    @Test
    void aPlainEditorGetsPlusLineThenTheFile() {
        assertThat(EditorCommand.of("gedit").commandLine(Path.of("a b.story"), 3, 1)).containsExactly("gedit", "+3", "a b.story");
    }

    @Test
    void aFileNameIsOneArgumentWhateverItHoldsSoItCannotAddCommands() {
        assertThat(EditorCommand.of("code -g {file}").commandLine(Path.of("x; rm -rf ~.story"), 1, 1)).containsExactly("code", "-g", "x; rm -rf ~.story");
    }
}
