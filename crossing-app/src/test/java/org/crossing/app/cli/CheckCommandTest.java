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
        // 'coins' only shows in text, so the check does not tell its values apart.
        assertThat(run.out()).contains("Explored all 29 reachable states of 'Market Day'.", "Endings reached: 4 of 4.",
                "Chances are exact", "No errors.");
        assertThat(run.out()).contains("""
                    shortest (2 choices, 1 chance): "Lay out the sewing machine on a sack" > chance otherwise -> patrol > "Hide behind the rice sacks"
                """);
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
        assertThat(json.path("check").path("growing").get(0).path("line").asInt()).isEqualTo(10);
    }

    @Test
    void jsonFindingsCarryTheirCodeEndAndWhyAsData() throws Exception {
        Run run = crossing("check", "--json", "../examples/broken/dead-end");

        JsonNode errors = new ObjectMapper().readTree(run.out()).path("check").path("errors");
        JsonNode deadEnd = errors.get(0);
        assertThat(deadEnd.path("code").asText()).isEqualTo("C001");
        assertThat(deadEnd.path("name").asText()).isEqualTo("dead-end");
        assertThat(deadEnd.path("severity").asText()).isEqualTo("error");
        assertThat(deadEnd.path("line").asInt()).isEqualTo(12);
        assertThat(deadEnd.path("endLine").asInt()).isEqualTo(12);
        assertThat(deadEnd.path("endColumn").asInt()).isEqualTo(13);
        JsonNode why = deadEnd.path("why").get(0);
        assertThat(why.path("condition").asText()).isEqualTo("money >= 5");
        assertThat(why.path("line").asInt()).isEqualTo(14);
        assertThat(why.path("values").path("money").asText()).isEqualTo("4");
        JsonNode unreachable = errors.get(1);
        assertThat(unreachable.path("code").asText()).isEqualTo("C002");
        assertThat(unreachable.path("why").get(0).path("text").asText())
                .isEqualTo("it can never be taken: money is always 4 whenever play is in scene 'broker'");
    }

    @Test
    void aFolderOfStoriesIsRecognisedAndEachStoryChecked() throws Exception {
        Run run = crossing("check", "--limit", "1000", "../examples/broken");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("'../examples/broken' is a folder of 4 stories; checking each: "
                + "dead-end, softlock, unbounded-counter, unreachable-ending.\n\n== ../examples/broken/dead-end ==\n");
        assertThat(run.out()).doesNotContain("is already given").endsWith("4 stories checked: errors above.\n");

        Run json = crossing("check", "--json", "../stories");
        assertThat(json.exit()).isZero();
        JsonNode folder = new ObjectMapper().readTree(json.out());
        assertThat(folder.path("folder").asText()).isEqualTo("../stories");
        assertThat(folder.path("stories").get(0).path("title").asText()).isEqualTo("The Crossing");
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
