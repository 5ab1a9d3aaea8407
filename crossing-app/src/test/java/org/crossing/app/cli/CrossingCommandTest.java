package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossingCommandTest {

    @Test
    void noCommandIsAUsageErrorWithTheListOfCommandsOnStandardError() {
        Cli.Result result = Cli.run("");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("crossing: error: no command given\nUsage: crossing ")
                .contains("  check ", "  play ", "  serve ");
    }

    @Test
    void aMistakeInUseSaysWhatInTheSameShapeEverywhereThenTheSynopsis() {
        Cli.Result result = Cli.run("", "play", Cli.example("night-train"), "--sed");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("crossing play: error: Unknown option: '--sed'\n")
                .contains("Usage: crossing play ")
                .endsWith("Try 'crossing play --help' for more.\n");
    }

    @Test
    void everyCommandIsListedWithOneImperativeSentence() {
        Cli.Result result = Cli.run("", "--help");

        assertThat(result.exitCode()).isZero();
        String commands = result.out().substring(result.out().indexOf("Commands:\n") + "Commands:\n".length());
        assertThat(commands).contains(
                "  check    ", "Compile a story and explore every state a play can reach.",
                "  play     ", "Play a story in the terminal.\n",
                "  serve    ", "Serve the stories in a folder to web browsers.",
                "  invite   ", "Print invite links that let players begin a story before",
                "  new      ", "Create a story folder");
        assertThat(commands).doesNotContain(":\n", "Serves ", "Prints ");
    }

    @Test
    void completionForBashIsGenerated() {
        Cli.Result result = Cli.run("", "generate-completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F _complete_crossing", "check-site", "serve");
    }

    @Test
    void aCommandLineBuildsOnlyTheCommandItNames() {
        assertThat(CrossingCommand.needed("check", "stories/x")).containsExactly("check");
        assertThat(CrossingCommand.needed("--version")).isEmpty();
    }

    @Test
    void helpNoCommandAndAMistypedCommandBuildAllOfThem() {
        assertThat(CrossingCommand.needed()).hasSize(12).startsWith("help", "check", "check-site", "play");
        assertThat(CrossingCommand.needed("help", "check")).hasSize(12);
        assertThat(CrossingCommand.needed("chek")).hasSize(12);
        assertThat(CrossingCommand.needed("--help")).hasSize(12);
    }

    @Test
    void helpForOneCommandAndTheSuggestionForATypoStillNameTheOthers() {
        Cli.Result help = Cli.run("", "help", "check");
        Cli.Result typo = Cli.run("", "chek");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: crossing check ");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: crossing check or crossing check-site or crossing help?");
    }

    @Test
    void theVersionIsPrintedWithoutAnyCommandBuilt() {
        Cli.Result result = Cli.run("", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("crossing development\n");
    }
}
