package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crossing.story.syntax.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, the compiler answers with diagnostics: never an exception, never unbounded work. */
class HostileInputTest {

    @TempDir
    Path folder;

    private static List<String> headlines(Compilation compilation) {
        return compilation.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    private static Compilation compileBytes(byte[] bytes) {
        return StoryCompiler.compile(new StorySource("story", Map.of("story.story", bytes), Set.of(), List.of(), false));
    }

    @Test
    void missingFolderIsUnreadable() {
        Compilation compilation = StoryCompiler.compile(folder.resolve("nope"));
        assertThat(compilation.unreadable()).isTrue();
        assertThat(headlines(compilation)).containsExactly("error: story folder '" + folder.resolve("nope") + "' does not exist");
    }

    @Test
    void fileWhereAFolderWasExpectedIsUnreadable() throws IOException {
        Path file = Files.writeString(folder.resolve("one.story"), "title: x\n");
        Compilation compilation = StoryCompiler.compile(file);
        assertThat(compilation.unreadable()).isTrue();
        assertThat(headlines(compilation)).containsExactly(
                "error: '" + file + "' is a file, but a story is a folder of .story files; give the folder that holds it");
    }

    @Test
    void emptyFolderIsAStoryError() {
        Compilation compilation = StoryCompiler.compile(folder);
        assertThat(compilation.unreadable()).isFalse();
        assertThat(headlines(compilation)).containsExactly(
                folder + ": error: there are no .story files in '" + folder + "'; a story needs at least one (try 'crossing new')");
    }

    @Test
    void folderGivenAsALinkIsRead() throws IOException {
        Path real = Files.createDirectory(folder.resolve("real"));
        Files.writeString(real.resolve("story.story"), "title: T\nlanguage: en\nstart: a\n== a ==\nA.\nending safe: ok\n");
        Path link = Files.createSymbolicLink(folder.resolve("current"), real);
        Compilation compilation = StoryCompiler.compile(link);
        assertThat(compilation.report()).isEmpty();
        assertThat(compilation.story().title()).isEqualTo("T");
    }

    @Test
    void binaryFileIsReportedNotParsed() {
        Compilation compilation = compileBytes(new byte[] {'t', 'i', 0, 1, 2, (byte) 0xFF});
        assertThat(headlines(compilation)).contains(
                "story.story:1:3: error: this file contains NUL bytes, so it is not a text file; a .story file must be UTF-8 text");
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() {
        byte[] bytes = "title: x\nla\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(headlines(compileBytes(bytes))).contains("story.story:2:3: error: invalid UTF-8 at byte 11; save the file with the UTF-8 encoding");
    }

    @Test
    void fiveMegabyteLineIsReportedAndSkipped() {
        String text = "title: x\n" + "a".repeat(5 << 20) + "\n";
        assertThat(headlines(compileBytes(text.getBytes(StandardCharsets.UTF_8))))
                .contains("story.story:2:1: error: this line is 5,242,880 characters long; lines are limited to 20,000, so split it");
    }

    @Test
    void aSceneWhoseOnlyTextIsTooLongGetsNoFollowOnError() {
        String text = "title: x\nlanguage: en\nstart: a\n== a ==\n" + "a".repeat(30_000) + "\nending safe: ok\n";
        assertThat(headlines(compileBytes(text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("story.story:5:1: error: this line is 30,000 characters long; lines are limited to 20,000, so split it");
    }

    @Test
    void deeplyNestedTextAndExpressionsAreBounded() {
        String text = "title: x\nlanguage: en\nstart: a\n== a ==\n" + "{true: ".repeat(2000) + "x" + "}".repeat(2000) + "\n"
                + "* [" + "(".repeat(5000) + "true" + ")".repeat(5000) + "] Go -> a\n";
        assertThat(headlines(compileBytes(text.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "story.story:5:64: error: text is nested more than 8 levels deep; split the conditions",
                "story.story:6:68: error: this expression is nested more than 64 levels deep; simplify it");
    }

    @Test
    void errorsStopAfterAHundredWithACountOfTheRest() {
        StringBuilder text = new StringBuilder("title: x\nlanguage: en\nstart: a\n== a ==\nText.\n");
        for (int i = 0; i < 250; i++) text.append("* Go -> nowhere").append(i).append('\n');
        Compilation compilation = compileBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(compilation.diagnostics()).hasSize(100);
        assertThat(compilation.report()).endsWith("(150 more errors not shown)\n250 errors\n");
    }

    @Test
    void compilesTensOfThousandsOfScenes() {
        StringBuilder text = new StringBuilder("title: Big\nlanguage: en\nstart: s0\n");
        int count = 30_000;
        for (int i = 0; i < count; i++) {
            text.append("== s").append(i).append(" ==\nScene ").append(i).append(".\n");
            text.append(i + 1 < count ? "-> s" + (i + 1) : "ending safe: done").append('\n');
        }
        Compilation compilation = compileBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(compilation.report()).isEmpty();
        assertThat(compilation.story().scenes()).hasSize(count);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomBytesNeverThrow(long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        Compilation compilation = compileBytes(bytes);
        assertThat(compilation.ok()).isFalse();
        assertThat(compilation.errors()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomStoryLikeLinesNeverThrow(long seed) {
        String[] pieces = {"== a ==", "* [", "] Go -> ", "{", "}", "*", "**", "~ x += ", "chance 30% -> a", "otherwise -> b",
                "timed 3s -> a", "ending safe: ", "var x = ", "source s", "  title: t", "image a.svg: alt", "hotspot 1% 2% L -> ",
                "fact s: f", "place 1, 2: p", "\"", "\\", "(", ")", "and", "not", "visits(a)", "seen(", "title: T", "start: a",
                "->", "+ ", "|", ":", "1", "true", "chapter 1: c", "//", "\n", "\n", "\n"};
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
        Compilation compilation = compileBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(compilation.diagnostics()).isNotEmpty();
    }
}
