package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    record Run(int exit, String out, String err) {}

    static Run crossing(String... args) {
        CommandLine line = CrossingCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aCleanExampleExitsZeroWithItsFigures() {
        Run run = crossing("check", "../examples/market-day");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Explored all 35 reachable states of 'Market Day'.", "Endings reached: 4 of 4.",
                "Chances are exact", "No errors.");
    }

    @Test
    void jsonForAMissingFolderStillGoesToStandardOutput() throws Exception {
        Run run = crossing("check", "--json", "no-such-folder");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("crossing check: error: story folder 'no-such-folder' does not exist\n");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("unreadable").asBoolean()).isTrue();
        assertThat(json.get("compile").get("diagnostics").get(0).get("message").asText()).isEqualTo("story folder 'no-such-folder' does not exist");
    }

    @Test
    void aStoryWithADeadEndExitsOneAndSaysWhere() {
        Run run = crossing("check", "../examples/broken/dead-end");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("""
                story.story:12:1: error: dead end: scene 'broker' offers no choice
                  == broker ==
                  ^
                  reached by: "Sell the sewing machine"
                  why: "Pay the deposit" is hidden: money >= 5 is false
                  with money = 4
                """);
    }

    @Test
    void compileErrorsArePrintedLikeJavacAndExitOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("story.story"), """
                title: T
                language: en
                start: a

                == a ==
                Hello.
                * Go -> b
                """);

        Run run = crossing("check", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("story.story:7:", "error: unknown scene 'b'", "^");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Run run = crossing("check", "no/such/story");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void jsonNamesTheGrowingVariableWhenTheLimitIsReached() throws Exception {
        Run run = crossing("check", "--json", "--limit", "500", "../examples/broken/unbounded-counter");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("ok").asBoolean()).isFalse();
        assertThat(json.path("check").path("complete").asBoolean()).isFalse();
        assertThat(json.path("check").path("errors").get(0).path("kind").asText()).isEqualTo("state limit");
        assertThat(json.path("check").path("growing").get(0).path("name").asText()).isEqualTo("days");
        assertThat(json.path("check").path("growing").get(0).path("line").asInt()).isEqualTo(9);
    }

    @Test
    void sourcesPrintsTheBibliography() {
        Run run = crossing("check", "--sources", "../examples/night-train");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Sources:\n  Oxford University Press (2013). The Real North Korea");
    }

    @Test
    void benchReportsEachSize() {
        Run run = crossing("bench", "--scenes", "50", "--compile-runs", "1", "--check-runs", "1", "--warmup", "0",
                "--play-choices", "1000", "--play-runs", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("scenes", "states/s", "check B/state", "play choice/s", "B/choice", "choices/journey")
                .containsPattern("\\n\\s+50 ");
    }
}
