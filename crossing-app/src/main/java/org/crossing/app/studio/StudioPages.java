package org.crossing.app.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.EndingResult;
import org.crossing.story.check.Growth;
import org.crossing.story.check.Problem;
import org.crossing.story.compile.Compilation;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;
import org.crossing.story.play.State;
import org.crossing.story.syntax.Diagnostic;

/** Turns what the workspace knows into the studio's page views. */
final class StudioPages {

    /** When a revision was compiled, on the author's clock. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final StudioViews.Head head;
    private final boolean editor;

    StudioPages(StudioViews.Head head, boolean editor) {
        this.head = head;
        this.editor = editor;
    }

    StudioViews.Status status(StudioWorkspace.Snapshot s) {
        Compilation c = s.compilation();
        StudioWorkspace.Analysis a = s.analysis();
        String check;
        boolean checking = false;
        if (a == null) {
            check = "not checked: the story has not compiled yet";
        } else {
            check = switch (a.status()) {
                case RUNNING -> {
                    checking = true;
                    yield String.format(Locale.ROOT, "checking… %,d states so far", a.explored());
                }
                case DONE -> String.format(Locale.ROOT, "checked: %,d states%s", a.report().states(),
                        a.report().complete() ? ", every one explored" : ", stopped at the limit");
                case CANCELLED -> "check cancelled by a newer save";
                case FAILED -> "the check failed: " + a.failure();
            };
        }
        return new StudioViews.Status(s.revision(), TIME.format(s.compiledAt()), c.errors(), c.warnings(), s.stale(),
                s.storyRevision(), check, checking);
    }

    StudioViews.OverviewPage overview(StudioWorkspace.Snapshot s, String pathTo, String csrf) {
        Story story = s.story();
        String map = null;
        if (story != null) {
            CheckReport report = s.analysis() == null ? null : s.analysis().report();
            map = MapSvg.render(story, s.map(), MapMarks.of(story, report), head.base() + "/scene/", highlight(s, pathTo));
        }
        return new StudioViews.OverviewPage(head, status(s), diagnostics(s.compilation()), check(s), map, pathTo, csrf);
    }

    private static MapSvg.Highlight highlight(StudioWorkspace.Snapshot s, String pathTo) {
        if (pathTo == null || s.analysis() == null || s.analysis().journeys() == null) return MapSvg.Highlight.NONE;
        Story story = s.story();
        var scene = story.scene(pathTo);
        if (scene.isEmpty()) return MapSvg.Highlight.NONE;
        List<Journeys.Step> steps = s.analysis().journeys().to(scene.get().index());
        if (steps == null) return MapSvg.Highlight.NONE;
        Set<String> scenes = new HashSet<>();
        Set<String> edges = new HashSet<>();
        List<State> states = Journeys.states(story, steps, 1);
        scenes.add(story.scene(states.get(0).scene()).id());
        for (int i = 0; i < steps.size(); i++) {
            String from = story.scene(steps.get(i).scene()).id();
            String to = story.scene(states.get(i + 1).scene()).id();
            scenes.add(to);
            edges.add(from + ">" + to);
        }
        return new MapSvg.Highlight(scenes, edges);
    }

    List<StudioViews.DiagnosticView> diagnostics(Compilation compilation) {
        List<StudioViews.DiagnosticView> views = new ArrayList<>();
        for (Diagnostic d : compilation.diagnostics()) {
            var p = d.position();
            String where = p == null ? "" : p.line() > 0 ? p.toString() : p.file();
            String caret = p == null || d.sourceLine() == null ? null : " ".repeat(Math.max(0, p.column() - 1)) + "^";
            views.add(new StudioViews.DiagnosticView(d.severity().word(), where, d.message(), d.sourceLine(), caret,
                    p == null ? null : p.file(), p == null ? 0 : p.line(), p == null ? 0 : p.column(), editor));
        }
        // Errors on top, each group in the compiler's order: a warning an error brings about comes after it.
        views.sort(java.util.Comparator.comparing(view -> !view.severity().equals("error")));
        return views;
    }

    private static StudioViews.CheckView check(StudioWorkspace.Snapshot s) {
        StudioWorkspace.Analysis a = s.analysis();
        if (a == null || a.report() == null) {
            return new StudioViews.CheckView(false, a == null ? "" : "", 0, 0, "", List.of(), List.of(), List.of(),
                    a == null ? null : a.failure());
        }
        CheckReport r = a.report();
        List<StudioViews.EndingView> endings = new ArrayList<>();
        for (EndingResult e : r.endings()) {
            String odds = e.exactProbability() != null ? CheckReport.percent(e.probability()) + " (" + e.exactProbability() + ")"
                    : CheckReport.percent(e.probability());
            String note = switch (r.probabilities()) {
                case EXACT -> "exact";
                case ESTIMATED -> "estimated";
                case UNKNOWN -> "unknown";
            };
            endings.add(new StudioViews.EndingView(e.scene(), e.kind().word(), e.reached(), e.reached() ? odds : "never", note,
                    e.witness() == null ? 0 : e.witness().length()));
        }
        List<StudioViews.ProblemView> problems = new ArrayList<>();
        for (Problem p : r.errors()) {
            problems.add(new StudioViews.ProblemView(p.kind().words(), p.scene(), p.message(),
                    p.witness() == null || p.witness().steps().isEmpty() ? null : p.witness().describe(), p.details()));
        }
        List<String> growing = new ArrayList<>();
        for (Growth g : r.growing()) growing.add("'" + g.name() + "' keeps growing (" + g.min() + ".." + g.max() + " so far)" + (g.scene() == null ? "" : " in " + g.scene()));
        String line = String.format(Locale.ROOT, "%,d states, %s; %d of %d scenes reached", r.states(),
                r.complete() ? "every reachable one explored" : "stopped at the limit of " + String.format(Locale.ROOT, "%,d", r.limit()),
                r.scenesReached(), r.sceneCount());
        return new StudioViews.CheckView(true, line, r.scenesReached(), r.sceneCount(), r.probabilities().name().toLowerCase(Locale.ROOT),
                endings, problems, growing, null);
    }

    StudioViews.ScenePage scene(StudioWorkspace.Snapshot s, Scene scene, String csrf, Path folder) {
        Story story = s.story();
        List<StudioViews.WayView> ways = new ArrayList<>();
        for (Choice c : scene.choices()) {
            String kind = c.once() ? "once" : c.condition() != null ? "conditional" : "choice";
            String note = c.condition() == null ? "" : "only when its condition holds" + (c.disabledReason() == null ? "" : " (else shown disabled)");
            ways.add(new StudioViews.WayView(kind, c.label().source(), story.scene(c.target()).id(), note));
        }
        if (scene.timer() != null) {
            ways.add(new StudioViews.WayView("timed", "countdown of " + scene.timer().seconds() + " s runs out",
                    story.scene(scene.timer().target()).id(), scene.timer().defaultChoice() >= 0 ? "takes the default choice" : "goes straight on"));
        }
        for (ChanceOutcome o : scene.chance()) {
            ways.add(new StudioViews.WayView("chance", o.otherwise() ? "otherwise" : o.weight() + "%", story.scene(o.target()).id(),
                    o.condition() == null ? "" : "only when its condition holds"));
        }
        StudioWorkspace.Analysis a = s.analysis();
        List<Journeys.Step> steps = a == null || a.journeys() == null ? null : a.journeys().to(scene.index());
        List<StudioViews.StepView> journey = new ArrayList<>();
        State arrived = null;
        if (steps != null) {
            for (Journeys.Step step : steps) journey.add(new StudioViews.StepView(story.scene(step.scene()).id(), step.words()));
            arrived = Journeys.replay(story, steps, 1);
        }
        List<StudioViews.VariableInput> inputs = new ArrayList<>();
        for (Variable v : story.variables()) {
            Object value = arrived != null ? arrived.value(v.slot()) : v.initial();
            inputs.add(new StudioViews.VariableInput(v.name(), v.type().word(), String.valueOf(value),
                    v.bounded() ? Long.toString(v.min()) : null, v.bounded() ? Long.toString(v.max()) : null));
        }
        CheckReport report = a == null ? null : a.report();
        List<String> marks = new ArrayList<>(MapMarks.of(story, report).of(scene.id()));
        List<StudioViews.SourceLineView> source = List.of();
        if (scene.position() != null) {
            try {
                source = around(Files.readAllLines(folder.resolve(scene.position().file())), scene.position().line(), 8);
            } catch (IOException | RuntimeException e) {
                source = List.of();
            }
        }
        String chapter = scene.chapter() == null ? null : "Chapter " + scene.chapter().number() + ": " + scene.chapter().title();
        return new StudioViews.ScenePage(head, status(s), scene.id(), scene.position() == null ? "" : scene.position().toString(), chapter,
                marks, source, ways, journey, steps != null, inputs, csrf);
    }

    StudioViews.MessagePage message(StudioWorkspace.Snapshot s, String heading, String message) {
        return new StudioViews.MessagePage(head, status(s), heading, message);
    }

    /** The lines around {@code line} (1-based), {@code context} each side. */
    static List<StudioViews.SourceLineView> around(List<String> lines, int line, int context) {
        List<StudioViews.SourceLineView> out = new ArrayList<>();
        int from = Math.max(1, line - context);
        int to = Math.min(lines.size(), Math.max(line, 1) + context);
        for (int n = from; n <= to; n++) out.add(new StudioViews.SourceLineView(n, lines.get(n - 1), n == line));
        return out;
    }
}
