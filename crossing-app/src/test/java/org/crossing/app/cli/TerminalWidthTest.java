package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crossing play} in a real pseudo-terminal of a given size (util-linux {@code script}
 * gives the process one), as a player runs it: text follows the terminal's width.
 */
class TerminalWidthTest {

    private static final String LONG = "She waits by the river until the guard turns away, counting the seconds between "
            + "his steps, and then she walks into the cold water without looking back at the town she grew up in.";

    @TempDir
    Path dir;

    private Path story(String paragraph) throws IOException {
        Files.writeString(dir.resolve("story.story"), """
                title: Widths
                language: en
                start: river
                == river ==
                %s
                ending safe: Across
                """.formatted(paragraph));
        return dir;
    }

    /** The lines {@code crossing play} prints in a terminal {@code columns} wide, without the terminal's carriage returns. */
    private static List<String> playInTerminal(Path story, int columns) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives the test a pseudo-terminal");
        String java = ProcessHandle.current().info().command().orElseThrow();
        String command = "stty cols " + columns + " rows 50; exec " + java + " -cp " + System.getProperty("java.class.path")
                + " org.crossing.app.cli.CrossingCommand play " + story + " --seed 1";
        Process process = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8).replace("\r", "").replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(text).contains("THE END");
        return text.lines().toList();
    }

    @Test
    void aNarrowTerminalWrapsAtItsWidthWithoutBreakingWords() throws Exception {
        List<String> lines = playInTerminal(story(LONG), 60);

        assertThat(lines).allMatch(line -> line.length() <= 60, "no line wider than 60 columns");
        assertThat(lines).anyMatch(line -> line.length() > 50);
        assertThat(String.join(" ", lines)).contains(LONG.substring(0, 40));
    }

    @Test
    void aWideTerminalIsUsedUpToAHundredColumns() throws Exception {
        List<String> lines = playInTerminal(story(LONG), 100);

        assertThat(lines).allMatch(line -> line.length() <= 100);
        assertThat(lines).anyMatch(line -> line.length() > 80);
    }

    @Test
    void koreanTakesTwoColumnsACharacterInTheTerminal() throws Exception {
        String korean = "그녀는 경비병이 돌아설 때까지 강가에서 기다리다가 그의 발걸음 사이의 초를 세고 "
                + "자라난 마을을 돌아보지 않고 차가운 물속으로 걸어 들어간다";
        List<String> lines = playInTerminal(story(korean), 40);

        List<String> hangul = lines.stream().filter(line -> line.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).toList();
        assertThat(hangul).hasSizeGreaterThan(2);
        assertThat(hangul).allMatch(line -> DisplayWidth.of(line) <= 40, "no line wider than 40 columns");
    }
}
