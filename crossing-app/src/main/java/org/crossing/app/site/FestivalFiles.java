package org.crossing.app.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The festivals and venues under screenings/, one a file, with their screenings, and their translations. */
final class FestivalFiles {

    private static final Set<String> FESTIVAL_FIELDS = Set.of("name", "city", "country", "timezone", "start", "end",
            "website", "sources", "notes", "screenings");

    private static final Set<String> SCREENING_FIELDS = Set.of("kind", "title", "date", "time", "until", "minutes", "venue",
            "room", "address", "tickets", "notes");

    private static final Set<String> FESTIVAL_TRANSLATION_FIELDS = Set.of("name", "city", "country", "notes", "screenings");

    private static final Set<String> SCREENING_TRANSLATION_FIELDS = Set.of("title", "venue", "room", "notes");

    private final ContentFiles files;

    private FestivalFiles(ContentFiles files) {
        this.files = files;
    }

    /** The festivals under screenings/, in the order of their files' names, each with its translations. */
    static List<Festival> read(ContentFiles files) throws IOException {
        return files.readOriginals("screenings", FESTIVAL_FIELDS, FESTIVAL_TRANSLATION_FIELDS, Set.of("timezone", "start", "end", "website", "sources"),
                new FestivalFiles(files)::loadFestival);
    }

    private Optional<Festival> loadFestival(ContentFiles.Opened opened, Map<String, ContentFiles.TranslationFile> translations) {
        Problems problems = opened.problems();
        Fields fields = opened.fields();
        String festivalName = fields.text("name");
        String city = fields.text("city");
        String country = fields.text("country");
        var zone = fields.optionalZone("timezone");
        var start = fields.date("start");
        var end = fields.optionalDate("end").orElse(start);
        if (start != null && end != null && end.isBefore(start)) {
            problems.error(fields.lineOf("end"), "the festival ends (" + end + ") before it starts (" + start + ")");
        }
        Optional<String> website = fields.optionalLink("website", false);
        List<String> sources = new ArrayList<>();
        for (String source : fields.texts("sources")) {
            if (source.startsWith("https://") || source.startsWith("http://")) sources.add(source);
            else problems.error(fields.lineOf("sources"), "bad source '" + source + "': give the full address of where the facts come from");
        }
        if (opened.foundErrors() || festivalName == null || city == null || country == null || start == null) {
            return Optional.empty();
        }
        List<Screening> screenings = new ArrayList<>();
        int number = 0;
        for (Fields entry : fields.groups("screenings")) {
            number++;
            screening(entry, number, zone.isPresent(), start, end).ifPresent(screenings::add);
        }
        Markdown.Rendered body = opened.body();
        files.checkLinksLater(problems, body);
        String plainName = Markdown.plain(festivalName);
        List<String> notes = fields.texts("notes");
        List<Object> words = new ArrayList<>(List.of(festivalName, city, country, notes));
        for (Screening screening : screenings) {
            words.addAll(java.util.Arrays.asList(screening.number(), screening.title(), screening.venue(), screening.room(), screening.notes()));
        }
        words.add(opened.front().body());
        String fingerprint = Fingerprint.of(words);
        Map<String, FestivalText> texts = new LinkedHashMap<>();
        for (String lang : files.languages()) {
            ContentFiles.TranslationFile translation = lang.equals(files.languages().get(0)) ? null : translations.get(lang);
            FestivalText text = translation == null ? null
                    : translatedFestival(translation, notes.size(), screenings, number, opened.problems().file(), fingerprint);
            if (text == null) {
                text = new FestivalText(files.languages().get(0), plainName, city, country, notes,
                        files.languages().size() > 1 ? opened.body(lang).html() : body.html(), Map.of());
            }
            texts.put(lang, text);
        }
        return Optional.of(new Festival(opened.slug(), plainName, city, country, zone, start, end, website,
                List.copyOf(sources), notes, List.copyOf(screenings), body.html(), opened.problems().file(), Map.copyOf(texts)));
    }

    private FestivalText translatedFestival(ContentFiles.TranslationFile translation, int originalNotes, List<Screening> screenings, int entries,
                                            String originalFile, String fingerprint) {
        ContentFiles.Opened opened = translation.opened();
        Fields fields = opened.fields();
        files.checkFresh(fields, translation.lang(), originalFile, fingerprint);
        String festivalName = fields.text("name");
        String city = fields.text("city");
        String country = fields.text("country");
        List<String> notes = fields.texts("notes");
        if (notes.size() != originalNotes) {
            opened.problems().warning(fields.lineOf("notes"), "the original has " + originalNotes + " note" + (originalNotes == 1 ? "" : "s")
                    + " and this translation " + notes.size() + ": give each of them, in the same order");
        }
        Map<Integer, ScreeningText> screeningTexts = translatedScreenings(fields, translation.lang(), screenings, entries);
        Markdown.Rendered body = opened.body(files.linkLanguage(translation.lang()));
        if (opened.foundErrors() || festivalName == null || city == null || country == null) return null;
        files.checkLinksLater(opened.problems(), body);
        return new FestivalText(translation.lang(), Markdown.plain(festivalName), city, country, notes, body.html(),
                Map.copyOf(screeningTexts));
    }

    /**
     * The screenings' words in a festival's translation: one entry under {@code screenings} for
     * each of the original's {@code entries}, in the same order ({@code - {}} for one with nothing
     * to translate). A screening whose entry leaves out a word the original has stays in the
     * original, with a warning; so do all of them when the entries do not match the original's.
     */
    private Map<Integer, ScreeningText> translatedScreenings(Fields fields, String lang, List<Screening> screenings, int entries) {
        Problems problems = fields.problems();
        List<Fields> given = fields.groups("screenings");
        boolean anyWords = screenings.stream().anyMatch(s -> s.title().isPresent() || s.venue().isPresent() || s.room().isPresent()
                || !s.notes().isEmpty());
        if (!fields.has("screenings")) {
            if (anyWords) {
                problems.warning(fields.line(), "no 'screenings': the original's screenings have venues, titles or notes; give them in "
                        + ContentFiles.languageName(lang) + ", one entry per screening in the same order (- {} for one with nothing to translate); "
                        + "until then they read in the original");
            }
            return Map.of();
        }
        if (given.size() != entries) {
            problems.warning(fields.lineOf("screenings"), "the original has " + entries + " screening" + (entries == 1 ? "" : "s")
                    + " and this translation " + given.size() + ": give one entry for each, in the same order; until then they read "
                    + "in the original");
            return Map.of();
        }
        Map<Integer, ScreeningText> texts = new HashMap<>();
        for (Screening original : screenings) {
            Fields entry = given.get(original.number() - 1);
            entry.warnUnknown(SCREENING_TRANSLATION_FIELDS);
            List<String> missing = new ArrayList<>();
            Optional<String> title = ContentFiles.translatedWord(entry, "title", original.title(), missing);
            Optional<String> venue = ContentFiles.translatedWord(entry, "venue", original.venue(), missing);
            Optional<String> room = ContentFiles.translatedWord(entry, "room", original.room(), missing);
            List<String> notes = entry.texts("notes");
            if (notes.size() != original.notes().size()) missing.add("notes (" + original.notes().size() + ")");
            if (!missing.isEmpty()) {
                ContentFiles.warnUntranslated(entry, "screening " + original.number() + " (" + original.date() + ")", missing, lang, "screening");
                continue;
            }
            texts.put(original.number(), new ScreeningText(title.map(Markdown::plain), venue, room, notes));
        }
        return texts;
    }

    private Optional<Screening> screening(Fields entry, int number, boolean hasZone, java.time.LocalDate start,
                                          java.time.LocalDate end) {
        Problems problems = entry.problems();
        int before = problems.errorCount();
        entry.warnUnknown(SCREENING_FIELDS);
        Screening.Kind kind = entry.optionalChoice("kind", Screening.Kind.class).orElse(Screening.Kind.SCREENING);
        var date = entry.date("date");
        var time = entry.optionalTime("time");
        var until = entry.optionalDate("until");
        if (time.isPresent() && !hasZone) {
            problems.error(entry.lineOf("time"), "a screening with a time needs the festival's 'timezone', e.g. America/Toronto");
        }
        if (date != null && until.isPresent() && until.get().isBefore(date)) {
            problems.error(entry.lineOf("until"), "'until' (" + until.get() + ") is before 'date' (" + date + ")");
        }
        if (date != null && (date.isBefore(start.minusDays(1)) || date.isAfter(end.plusDays(1)))) {
            problems.warning(entry.lineOf("date"), "the screening on " + date + " is outside the festival's dates ("
                    + start + " to " + end + ")");
        }
        Optional<Integer> minutes = entry.optionalText("minutes").map(value -> {
            if (value.matches("\\d{1,4}") && Integer.parseInt(value) > 0) return Integer.valueOf(value);
            problems.error(entry.lineOf("minutes"), "bad length '" + value + "' in 'minutes': write a number of minutes, e.g. 90");
            return null;
        });
        Screening screening = new Screening(number, kind, entry.optionalText("title").map(Markdown::plain), date, time, until,
                minutes, entry.optionalText("venue"), entry.optionalText("room"), entry.optionalText("address"),
                entry.optionalLink("tickets", false), entry.texts("notes"));
        return problems.errorCount() > before || date == null ? Optional.empty() : Optional.of(screening);
    }
}
