package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/** Turns measured {@link Coverage} into the coverage page: the figures per source, the playtests, the map, and what was never shown. */
public final class CoveragePages {

    /** A row of the figures: what is counted, then "covered of all" per source and for all sources together. */
    public record Figure(String label, List<String> cells) {}

    /** A source to show on the map, with its link; {@code current} for the one shown. */
    public record SourceLink(String label, String href, boolean current) {}

    public record PlaytestView(String file, String replayed, String outcome, boolean fits) {}

    /** Something no journey of the chosen sources showed: a scene, a way on or a text variant. */
    public record Missing(String scene, String href, String what, String where, String text) {}

    /** The random journeys' settings as the form shows them, and what was wrong with the ones sent. */
    public record RandomForm(String journeys, String seed, String steps, boolean avoid, String by, List<String> errors) {
        static RandomForm of(RandomTest settings, String by, List<String> errors) {
            return new RandomForm(Integer.toString(settings.journeys()), Long.toString(settings.seed()), Integer.toString(settings.maxSteps()),
                    settings.avoidTaken(), by, errors);
        }
    }

    /**
     * Random journeys a page asked for, still being played (or stopped, or failed): what they
     * are, how far they have gone, and the page's own address, to look again without JavaScript.
     */
    public record RunView(String settings, String describe, int played, int of, String playedText, String state, String failure, String href,
                          String figuresOf) {
        public boolean running() {
            return state.equals("running");
        }
    }

    public record Page(StudioViews.Head head, StudioViews.Status status, String waiting, List<String> columns, List<Figure> figures,
                       List<PlaytestView> playtests, String random, RandomForm form, boolean witnessesComplete, List<SourceLink> sources,
                       String shown, String map, List<Missing> missing, RunView run) {}

    /** The sources a map can show, by the word in {@code ?by=}: each source alone, or all together. */
    static final List<String> BY = List.of("all", "witnesses", "playtests", "random");

    private CoveragePages() {}

    static Page waiting(StudioViews.Head head, StudioViews.Status status, String why) {
        return new Page(head, status, why, List.of(), List.of(), List.of(), "", null, true, List.of(), "", "", List.of(), null);
    }

    /**
     * The page for {@code measured}; {@code errors} say what was wrong with random settings sent
     * (the figures are then those of the settings before), and links keep custom settings.
     */
    static Page page(StudioViews.Head head, StudioViews.Status status, StoryMap map, CoverageRuns.Measured measured, String by,
                     boolean customRandom, List<String> errors) {
        return page(head, status, map, measured, by, customRandom ? measured.random() : null, errors, null);
    }

    /**
     * The page while the random journeys {@code run} plays are not done: their progress above the
     * figures of {@code measured} (the journeys played on every save), the form and links keeping
     * the settings asked for.
     */
    static Page running(StudioViews.Head head, StudioViews.Status status, StoryMap map, CoverageRuns.Measured measured, String by,
                        CoverageRequests.Run run) {
        RandomTest asked = run.settings;
        String settings = CoverageRequests.query(asked);
        String chosen = by != null && BY.contains(by) ? by : "all";
        String href = head.base() + "/coverage?" + settings + (chosen.equals("all") ? "" : "&by=" + chosen);
        RunView view = new RunView(settings, asked.describe(), run.played(), asked.journeys(),
                String.format(Locale.ROOT, "%,d of %,d", run.played(), asked.journeys()), run.state().name().toLowerCase(Locale.ROOT),
                run.failure(), href, measured.random().describe());
        return page(head, status, map, measured, by, asked, List.of(), view);
    }

    private static Page page(StudioViews.Head head, StudioViews.Status status, StoryMap map, CoverageRuns.Measured measured, String by,
                             RandomTest linked, List<String> errors, RunView run) {
        Coverage coverage = measured.coverage();
        Story story = coverage.story();
        String chosen = by != null && BY.contains(by) ? by : "all";
        List<Coverage.Covered> columns = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Coverage.Source source : Coverage.Source.values()) {
            Coverage.Covered covered = coverage.of(source);
            columns.add(covered);
            headings.add(capitalise(source.words()) + " (" + covered.journeys() + ")");
        }
        Coverage.Covered all = coverage.all();
        columns.add(all);
        headings.add("All together");
        List<Figure> figures = List.of(
                figure("Scenes", columns, Coverage.Covered::sceneCount, story.scenes().size()),
                figure("Ways on", columns, Coverage.Covered::wayCount, coverage.ways().size()),
                figure("Text variants", columns, Coverage.Covered::variantCount, coverage.variants().size()));
        Coverage.Covered shown = switch (chosen) {
            case "witnesses" -> coverage.of(Coverage.Source.WITNESSES);
            case "playtests" -> coverage.of(Coverage.Source.PLAYTESTS);
            case "random" -> coverage.of(Coverage.Source.RANDOM);
            default -> all;
        };
        RandomTest settings = measured.random();
        String query = linked == null ? "" : CoverageRequests.query(linked);
        List<SourceLink> links = new ArrayList<>();
        for (String word : BY) {
            String parameters = word.equals("all") ? query : "by=" + word + (query.isEmpty() ? "" : "&" + query);
            links.add(new SourceLink(word.equals("all") ? "all together" : word.equals("random") ? "random journeys" : word,
                    head.base() + "/coverage" + (parameters.isEmpty() ? "" : "?" + parameters), word.equals(chosen)));
        }
        List<PlaytestView> playtests = measured.playtests().stream()
                .map(p -> new PlaytestView(p.file(), p.replayed() + " of " + p.scenes(), p.outcome(), p.fits())).toList();
        String random = settings.describe() + (measured.cutShort() == 0 ? "" : String.format(Locale.ROOT, "; %,d of them %s cut short",
                measured.cutShort(), measured.cutShort() == 1 ? "was" : "were"));
        String svg = MapSvg.render(story, map, MapMarks.none(), head.base() + "/scene/", MapSvg.Highlight.NONE, null, coverage, shown);
        return new Page(head, status, null, headings, figures, playtests, random, RandomForm.of(linked == null ? settings : linked, chosen, errors),
                measured.witnessesComplete(), links,
                links.stream().filter(SourceLink::current).findFirst().orElseThrow().label(), svg, missing(head, coverage, shown), run);
    }

    /** Everything {@code shown} left out, scene by scene in story order: the scene itself, then its ways, then its variants. */
    static List<Missing> missing(StudioViews.Head head, Coverage coverage, Coverage.Covered shown) {
        Story story = coverage.story();
        List<Missing> missing = new ArrayList<>();
        int way = 0;
        int variant = 0;
        List<Coverage.Way> ways = coverage.ways();
        List<TextVariants.Variant> variants = coverage.variants();
        for (Scene scene : story.scenes()) {
            String href = head.base() + "/scene/" + scene.id();
            String where = scene.position().file() + ":" + scene.position().line();
            if (!shown.scene(scene.index())) missing.add(new Missing(scene.id(), href, "scene", where, scene.isEnding() ? "an ending" : ""));
            for (; way < ways.size() && ways.get(way).scene() == scene.index(); way++) {
                Coverage.Way w = ways.get(way);
                if (shown.way(w.id())) continue;
                String what = switch (w.kind()) {
                    case CHOICE -> "choice";
                    case COUNTDOWN -> "countdown";
                    case CHANCE -> "chance outcome";
                };
                missing.add(new Missing(scene.id(), href, what, where, TextVariants.shorten(w.label()) + " \u2192 " + story.scene(w.target()).id()));
            }
            for (; variant < variants.size() && variants.get(variant).scene() == scene.index(); variant++) {
                TextVariants.Variant v = variants.get(variant);
                if (shown.variant(v.id())) continue;
                missing.add(new Missing(scene.id(), href, "text variant", where + ", " + v.where(), v.kind() + ": " + v.text()));
            }
        }
        return missing;
    }

    private static Figure figure(String label, List<Coverage.Covered> columns, java.util.function.ToIntFunction<Coverage.Covered> count, int of) {
        List<String> cells = new ArrayList<>();
        for (Coverage.Covered covered : columns) {
            int n = count.applyAsInt(covered);
            cells.add(n + " of " + of + (of == 0 ? "" : " (" + percent(n, of) + ")"));
        }
        return new Figure(label, cells);
    }

    /** A share in whole percent, never rounded up to 100% when something is missing. */
    static String percent(int n, int of) {
        int p = (int) Math.floor(100.0 * n / of);
        return p + "%";
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
