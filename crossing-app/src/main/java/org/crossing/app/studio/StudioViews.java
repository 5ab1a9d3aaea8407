package org.crossing.app.studio;

import java.util.List;

/** What the studio's templates show. Plain records: the routes fill them, jte escapes them. */
public final class StudioViews {

    private StudioViews() {}

    /** {@code base} is where the studio is mounted: "" for {@code crossing studio}, "/studio" beside a node; {@code readOnly} hides what changes things. */
    public record Head(String title, String storyTitle, String css, String js, String playerCss, String base, boolean readOnly) {}

    public record Status(long revision, String compiledAt, int errors, int warnings, boolean stale, long storyRevision,
                         String check, boolean checking) {}

    public record DiagnosticView(String severity, String where, String message, String sourceLine, String caret, String file,
                                 int line, int column, boolean editor) {}

    public record EndingView(String scene, String kind, boolean reached, String odds, String oddsNote, int steps) {}

    public record ProblemView(String kind, String scene, String message, String witness, List<String> details) {}

    public record CheckView(boolean done, String statusLine, int scenesReached, int sceneCount, String probabilities,
                            List<EndingView> endings, List<ProblemView> problems, List<String> growing, String failure) {}

    public record OverviewPage(Head head, Status status, List<DiagnosticView> diagnostics, CheckView check, String map,
                               String highlight, String csrf) {}

    public record WayView(String kind, String label, String target, String note) {}

    public record StepView(String scene, String words) {}

    public record VariableInput(String name, String type, String value, String min, String max) {}

    public record SourceLineView(int number, String text, boolean current) {}

    public record ScenePage(Head head, Status status, String id, String where, String chapter, List<String> marks,
                            List<SourceLineView> source, List<WayView> ways, List<StepView> journey, boolean journeyKnown,
                            List<VariableInput> variables, String csrf) {}

    /**
     * {@code again} is the form that asked for this preview (its fields by name, in order), posted
     * again when the story changes so the preview follows it; {@code follows} names the event
     * that does it: {@code revision} for values set by hand, {@code checked} for a journey, which
     * the check of the new revision finds.
     */
    public record PreviewPage(Head head, Status status, String scene, String playUrl, String how,
                              java.util.Map<String, String> again, String follows, String csrf) {}

    public record SourcePage(Head head, Status status, String file, List<SourceLineView> lines) {}

    public record MessagePage(Head head, Status status, String heading, String message) {}
}
