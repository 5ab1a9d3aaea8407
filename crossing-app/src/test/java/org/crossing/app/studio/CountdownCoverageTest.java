package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage of countdowns that run out without taking a choice: none leads where they go, or the one that does is unavailable. */
class CountdownCoverageTest {

    /**
     * In 'beam' no choice leads where the countdown goes; in 'hide' the countdown's choice is
     * "Stand up", offered only to the brave, so for the others it runs out straight to 'street';
     * in 'yard' its choice is once-only and leads back to the yard, so the second time it is used
     * up; in 'gate' its once-only choice leads on for good, so it is there whenever time runs out.
     */
    static final String STORY = """
            title: Countdowns
            language: en
            start: beam
            var brave = false
            == beam ==
            The beam sweeps towards you.
            * Run -> hide
            * Shout -> hide ~ brave = true
            timed 8s -> frozen
            == hide ==
            You hide.
            * [brave] Stand up -> street
            * Crouch -> yard
            timed 5s -> street
            == yard ==
            A yard.
            * Look over the wall -> wall
            + Leave -> gate
            timed 5s -> wall
            == wall ==
            Over the wall, the street.
            + Back down -> yard
            == gate ==
            A gate.
            * Slip out -> street
            + Knock -> gate
            timed 5s -> street
            == frozen ==
            You froze.
            ending captured: Froze
            == street ==
            The street.
            ending safe: Out
            """;

    @TempDir
    Path folder;

    CoverageRuns.Measured measure() throws IOException {
        return CoverageTest.measure(folder, STORY);
    }

    static List<String> missing(Coverage coverage, Coverage.Covered covered) {
        return CoverageTest.missing(coverage, covered);
    }

    @Test
    void aCountdownThatCanRunOutWithoutAChoiceIsAWayOnOfItsOwn() throws IOException {
        Coverage coverage = measure().coverage();
        assertThat(coverage.ways()).extracting(w -> w.kind() + " " + w.label() + " -> " + coverage.story().scene(w.target()).id())
                .containsExactly(
                        "CHOICE Run -> hide", "CHOICE Shout -> hide", "COUNTDOWN the countdown runs out -> frozen",
                        "CHOICE Stand up -> street", "CHOICE Crouch -> yard",
                        "COUNTDOWN the countdown runs out, \"Stand up\" unavailable -> street",
                        "CHOICE Look over the wall -> wall", "CHOICE Leave -> gate",
                        "COUNTDOWN the countdown runs out, \"Look over the wall\" unavailable -> wall",
                        "CHOICE Back down -> yard",
                        "CHOICE Slip out -> street", "CHOICE Knock -> gate");
    }

    @Test
    void theWitnessesRunOutCountdownsWhereThatIsTheShortestWay() throws IOException {
        Coverage coverage = measure().coverage();
        Coverage.Covered witnesses = coverage.of(Coverage.Source.WITNESSES);
        // frozen: the beam's countdown runs out; street: Run, then the countdown with "Stand up" hidden.
        assertThat(CoverageTest.figures(witnesses)).isEqualTo("7 journeys: 7 scenes, 6 ways, 0 variants");
        assertThat(missing(coverage, witnesses)).containsExactly(
                "beam choice: Shout → hide",
                "hide choice: Stand up → street",
                "yard countdown: the countdown runs out, \"Look over the wall\" unavailable → wall",
                "wall choice: Back down → yard",
                "gate choice: Slip out → street",
                "gate choice: Knock → gate");
    }

    @Test
    void aPlaytestThatLetTheCountdownRunOutCoversIt() throws IOException {
        Files.createDirectories(folder.resolve("playtests"));
        Files.writeString(folder.resolve("playtests/waited.json"), """
                {"seed": 3, "scenes": [
                  {"scene": "beam", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "hide", "taken": {"kind": "timeout"}},
                  {"scene": "street"}]}
                """);
        // Crouch, time runs out twice in the yard (first taking "Look over the wall", then with it used), Leave, Slip out.
        Files.writeString(folder.resolve("playtests/yard.json"), """
                {"seed": 3, "scenes": [
                  {"scene": "beam", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "hide", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "yard", "taken": {"kind": "timeout"}},
                  {"scene": "wall", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "yard", "taken": {"kind": "timeout"}},
                  {"scene": "wall", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "yard", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "gate", "taken": {"kind": "choice", "number": 1}},
                  {"scene": "street"}]}
                """);
        CoverageRuns.Measured measured = measure();
        assertThat(measured.playtests()).extracting(p -> p.file() + " | " + p.replayed() + " of " + p.scenes() + " | " + p.outcome())
                .containsExactly("playtests/waited.json | 3 of 3 | ending 'street' (safe)", "playtests/yard.json | 9 of 9 | ending 'street' (safe)");
        Coverage coverage = measured.coverage();
        assertThat(missing(coverage, coverage.of(Coverage.Source.PLAYTESTS))).containsExactly(
                "beam choice: Shout → hide",
                "beam countdown: the countdown runs out → frozen",
                "hide choice: Stand up → street",
                "gate choice: Knock → gate",
                "frozen scene: an ending");
    }

    @Test
    void randomJourneysRunCountdownsOutAsOneWayAmongTheOthers() throws IOException {
        Coverage coverage = measure().coverage();
        Coverage.Covered random = coverage.of(Coverage.Source.RANDOM);
        assertThat(CoverageTest.figures(random)).isEqualTo("200 journeys: 7 scenes, 12 ways, 0 variants");
        assertThat(missing(coverage, random)).isEmpty();
    }

    /**
     * On the coverage map the countdown that runs out by itself is a line of its own, coloured by
     * whether a journey let it run out: the witness into 'street' did in 'hide' without taking
     * "Stand up", and none ran out the yard's countdown with its choice used.
     */
    @Test
    void theMapDrawsTheCountdownsThatRunOutByThemselvesAsCoveredOrNot() throws IOException {
        Coverage coverage = measure().coverage();
        StoryMap map = StoryMapLayout.layout(coverage.story());
        String svg = MapSvg.render(coverage.story(), map, MapMarks.none(), "/scene/", MapSvg.Highlight.NONE, null, coverage,
                coverage.of(Coverage.Source.WITNESSES));
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile(
                "<g class=\"edge timed if\" data-from=\"(\\w+)\" data-to=\"(\\w+)\"><path d=\"[^\"]+\" marker-end=\"url\\(#arrow\\)\""
                + " class=\"(\\w+)\"/><text [^>]+>([^<]+)</text></g>").matcher(svg);
        List<String> drawn = new java.util.ArrayList<>();
        while (lines.find()) drawn.add(lines.group(1) + ">" + lines.group(2) + " " + lines.group(3) + " " + lines.group(4));
        assertThat(drawn).containsExactly(
                "hide>street uncovered 5s",
                "hide>street covered 5s, &quot;Stand up&quot; unavailable",
                "yard>wall uncovered 5s, &quot;Look over the wall&quot; unavailable");
    }
}
