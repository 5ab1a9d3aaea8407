package org.crossing.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.EndingResult;
import org.crossing.story.check.Growth;
import org.crossing.story.check.Problem;
import org.crossing.story.check.Witness;
import org.crossing.story.compile.Compilation;
import org.crossing.story.model.Position;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.syntax.Diagnostic;

/**
 * {@code crossing check --json}: the check report as tools read it, the same facts as
 * {@link CheckReport#format} in records that Jackson writes. Absent and null differ on purpose:
 * a position is left out when there is none; a figure the check could not establish is null.
 */
final class CheckJson {

    private CheckJson() {}

    /**
     * The report of {@code story}: its compilation and, when it compiled, the check ({@code report}
     * null otherwise); {@code sourceLine} gives the line a position points into (or null), so that
     * each finding can say where it ends.
     */
    static Report report(String story, Compilation compilation, CheckReport report, boolean withSources,
                         Function<Position, String> sourceLine) {
        Story compiled = compilation.story();
        return new Report(story,
                compiled == null ? null : compiled.title(),
                compiled == null ? null : compiled.versionHex(),
                compilation.ok() && report != null && report.ok(),
                compilation.unreadable() ? Boolean.TRUE : null,
                new Compile(compilation.errors(), compilation.warnings(),
                        compilation.diagnostics().stream().map(CheckJson::diagnostic).toList()),
                report == null ? null : check(report, sourceLine),
                report == null || !withSources ? null : compiled.bibliography().stream().map(CheckJson::source).toList());
    }

    /** {@code crossing check FOLDER} on a folder of stories: one report per story. */
    record Folder(String folder, boolean ok, List<Report> stories) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(String story, String title, String version, boolean ok, Boolean unreadable, Compile compile,
                  Check check, List<SourceEntry> sources) {}

    record Compile(int errors, int warnings, List<DiagnosticEntry> diagnostics) {}

    record DiagnosticEntry(String severity, @JsonUnwrapped Where where, String message, String code, String name,
                           @JsonUnwrapped End end) {}

    /** Where a finding ends (the column just after it), written as {@code endLine} and {@code endColumn}. */
    record End(int endLine, int endColumn) {
        static End of(Position end) {
            return end == null || end.line() <= 0 ? null : new End(end.line(), end.column());
        }

        /** The end of the line {@code position} points into, trailing spaces left out. */
        static End ofLine(Position position, Function<Position, String> sourceLine) {
            String line = sourceLine.apply(position);
            if (line == null) return null;
            return new End(position.line(), line.stripTrailing().length() + 1);
        }
    }

    /** A position, written as {@code file}, {@code line} and {@code column} beside the fields of what it locates. */
    record Where(String file, int line, int column) {
        static Where of(Position position) {
            return position == null ? null : new Where(position.file(), position.line(), position.column());
        }
    }

    record Check(boolean complete, int states, int limit, int scenes, int scenesReached, List<ProblemEntry> errors,
                 List<EndingEntry> endings, Integer fewestChoices, Integer mostChoices, boolean loops, String probabilities,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Double deadEndProbability,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Double endlessProbability,
                 List<GrowthEntry> growing, List<String> notReached, List<ProblemEntry> warnings) {}

    record ProblemEntry(String kind, String scene, @JsonUnwrapped Where where, String message, List<StepEntry> witness,
                        List<String> details, String code, String name, String severity, @JsonUnwrapped End end,
                        List<ReasonEntry> why) {}

    record ReasonEntry(String text, String scene, @JsonUnwrapped Where where, String condition, Map<String, String> values) {}

    record EndingEntry(String scene, String kind, String summary, @JsonUnwrapped Where where, boolean reached,
                       Double probability, String exactProbability,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<StepEntry> witness) {}

    record StepEntry(String scene, String kind, int index, String label) {}

    record GrowthEntry(String kind, String name, long min, long max, String scene, @JsonUnwrapped Where where, String effect) {}

    record SourceEntry(String id, String title, String publisher, int year, String url) {}

    private static DiagnosticEntry diagnostic(Diagnostic diagnostic) {
        return new DiagnosticEntry(diagnostic.severity().word(), Where.of(diagnostic.position()), diagnostic.message(),
                diagnostic.code() == null ? null : diagnostic.code().id(), diagnostic.code() == null ? null : diagnostic.code().slug(),
                End.of(diagnostic.end()));
    }

    private static Check check(CheckReport report, Function<Position, String> sourceLine) {
        boolean known = report.probabilities() != CheckReport.Probabilities.UNKNOWN;
        return new Check(report.complete(), report.states(), report.limit(), report.sceneCount(), report.scenesReached(),
                report.errors().stream().map(problem -> problem(problem, sourceLine)).toList(),
                report.endings().stream().map(CheckJson::ending).toList(),
                report.fewestChoices().isPresent() ? report.fewestChoices().getAsInt() : null,
                report.mostChoices().isPresent() ? report.mostChoices().getAsInt() : null,
                report.loops(), lower(report.probabilities()),
                known ? report.deadEndProbability() : null,
                known ? report.endlessProbability() : null,
                report.growing().stream().map(CheckJson::growth).toList(), report.notReached(),
                report.warnings().stream().map(problem -> problem(problem, sourceLine)).toList());
    }

    private static ProblemEntry problem(Problem problem, Function<Position, String> sourceLine) {
        return new ProblemEntry(problem.kind().words(), problem.scene(), Where.of(problem.position()), problem.message(),
                steps(problem.witness()), problem.details(), problem.kind().code(), problem.kind().slug(),
                problem.kind().warning() ? "warning" : "error",
                problem.position() == null ? null : End.ofLine(problem.position(), sourceLine),
                problem.reasons().stream().map(r -> new ReasonEntry(r.text(), r.scene(), Where.of(r.position()), r.condition(), r.values())).toList());
    }

    private static EndingEntry ending(EndingResult ending) {
        return new EndingEntry(ending.scene(), ending.kind().word(), ending.summary(), Where.of(ending.position()),
                ending.reached(), Double.isNaN(ending.probability()) ? null : ending.probability(), ending.exactProbability(),
                ending.reached() ? steps(ending.witness()) : null);
    }

    private static List<StepEntry> steps(Witness witness) {
        return witness.steps().stream().map(s -> new StepEntry(s.scene(), lower(s.kind()), s.index(), s.label())).toList();
    }

    private static GrowthEntry growth(Growth growth) {
        return new GrowthEntry(lower(growth.kind()), growth.name(), growth.min(), growth.max(), growth.scene(),
                Where.of(growth.position()), growth.effect());
    }

    private static SourceEntry source(Source source) {
        return new SourceEntry(source.id(), source.title(), source.publisher(), source.year(), source.url());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
