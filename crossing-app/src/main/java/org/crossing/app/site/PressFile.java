package org.crossing.app.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * press.yaml and its translations ({@code press.LANG.yaml}): what the press wrote and the awards,
 * a translation giving one entry for each of the original's, in the same order.
 */
final class PressFile {

    private static final Set<String> PRESS_FILE_FIELDS = Set.of("press", "awards");

    private static final Set<String> PRESS_FIELDS = Set.of("outlet", "author", "title", "quote", "date", "link");

    private static final Set<String> AWARD_FIELDS = Set.of("year", "name", "category", "by", "recipient", "status", "link");

    private static final Set<String> PRESS_TRANSLATION_FILE_FIELDS = Set.of("press", "awards", "translated_from");

    private static final TranslatedList<PressItem, PressText> PRESS_TRANSLATION = new TranslatedList<>("press", "press entry",
            "press entries", "entry", Set.of("outlet", "author", "title", "quote"), PressItem::outlet,
            List.of(new Word<>("title", PressItem::title), new Word<>("quote", PressItem::quote)),
            (entry, words) -> new PressText(entry.optionalText("outlet"), entry.optionalText("author"), words.get("title"),
                    words.get("quote")));

    private static final TranslatedList<Award, AwardText> AWARD_TRANSLATION = new TranslatedList<>("awards", "award", "awards",
            "award", Set.of("name", "category", "by", "recipient"), Award::name,
            List.of(new Word<>("name", award -> Optional.of(award.name())), new Word<>("category", Award::category),
                    new Word<>("by", Award::by), new Word<>("recipient", Award::recipient)),
            (entry, words) -> new AwardText(words.get("name").orElseThrow(), words.get("category"), words.get("by"),
                    words.get("recipient")));

    /**
     * One of press.yaml's lists as a translation gives it: its {@code key}, what one entry is
     * called ({@code one}, {@code many}, and {@code noun} in "this entry reads in the original"),
     * the {@code fields} a translated entry may have, the original's {@code name} in warnings, the
     * {@code words} a translated entry must give where its original has them (in the order
     * warnings name them), and the {@code text} made of a translated entry and those words, by field.
     */
    private record TranslatedList<T, W>(String key, String one, String many, String noun, Set<String> fields,
                                        Function<T, String> name, List<Word<T>> words,
                                        BiFunction<Fields, Map<String, Optional<String>>, W> text) {}

    /** A word a translated entry gives: its field, and the original's word there (empty where the original has none). */
    private record Word<T>(String field, Function<T, Optional<String>> original) {}

    /** The press entries and awards of press.yaml, in its order. */
    record Press(List<PressItem> items, List<Award> awards) {}

    private final ContentFiles files;

    private PressFile(ContentFiles files) {
        this.files = files;
    }

    /** What press.yaml gives, each entry with its translations; none without the file, and none of a broken file. */
    static Press read(ContentFiles files) throws IOException {
        List<PressItem> press = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        new PressFile(files).read(press, awards);
        return new Press(List.copyOf(press), List.copyOf(awards));
    }

    private void read(List<PressItem> press, List<Award> awards) throws IOException {
        Path file = files.folder().resolve("press.yaml");
        if (!Files.isRegularFile(file)) return;
        Optional<ContentFiles.Opened> opened = files.open(file, PRESS_FILE_FIELDS);
        if (opened.isEmpty()) return;
        Problems problems = opened.get().problems();
        Fields fields = opened.get().fields();
        // In the file's order, null where an entry is broken: a translation's entries follow the same order.
        List<PressItem> items = new ArrayList<>();
        for (Fields entry : fields.groups("press")) {
            int before = problems.errorCount();
            entry.warnUnknown(PRESS_FIELDS);
            String outlet = entry.text("outlet");
            Optional<String> title = entry.optionalText("title");
            Optional<String> quote = entry.optionalText("quote");
            if (!entry.has("title") && !entry.has("quote")) {
                problems.error(entry.line(), "a press entry needs a 'title' (the article's headline) or a 'quote'");
            }
            PressItem item = new PressItem(outlet, entry.optionalText("author"), title, quote, entry.optionalDate("date"),
                    entry.optionalLink("link", false), Map.of());
            items.add(problems.errorCount() == before ? item : null);
        }
        List<Award> awardItems = new ArrayList<>();
        for (Fields entry : fields.groups("awards")) {
            int before = problems.errorCount();
            entry.warnUnknown(AWARD_FIELDS);
            Optional<Integer> year = entry.optionalYear("year");
            if (!entry.has("year")) entry.text("year");
            String awardName = entry.text("name");
            if (!entry.has("status")) entry.text("status");
            Optional<Award.Status> status = entry.optionalChoice("status", Award.Status.class);
            Award award = new Award(year.orElse(0), awardName, entry.optionalText("category"), entry.optionalText("by"),
                    entry.optionalText("recipient"), status.orElse(Award.Status.NOMINATED), entry.optionalLink("link", false), Map.of());
            awardItems.add(problems.errorCount() == before && year.isPresent() && status.isPresent() ? award : null);
        }
        List<Object> words = new ArrayList<>();
        for (PressItem item : items) {
            if (item != null) words.addAll(java.util.Arrays.asList(item.outlet(), item.title(), item.quote()));
        }
        for (Award award : awardItems) {
            if (award != null) words.addAll(java.util.Arrays.asList(award.name(), award.category(), award.by(), award.recipient()));
        }
        String fingerprint = Fingerprint.of(words);
        Map<String, Map<Integer, PressText>> pressTexts = new HashMap<>();
        Map<String, Map<Integer, AwardText>> awardTexts = new HashMap<>();
        for (Path translation : pressTranslations()) {
            String lang = ContentFiles.TRANSLATION.matcher(translation.getFileName().toString()).replaceFirst("$2");
            Optional<ContentFiles.Opened> read = files.open(translation, PRESS_TRANSLATION_FILE_FIELDS);
            if (read.isEmpty() || !files.inSiteLanguage(lang, read.get().problems())) continue;
            files.checkFresh(read.get().fields(), lang, "press.yaml", fingerprint);
            pressTexts.put(lang, translatedEntries(read.get().fields(), lang, PRESS_TRANSLATION, items));
            awardTexts.put(lang, translatedEntries(read.get().fields(), lang, AWARD_TRANSLATION, awardItems));
        }
        press.addAll(withTexts(items, pressTexts, (item, texts) -> new PressItem(item.outlet(), item.author(), item.title(), item.quote(),
                item.date(), item.link(), texts)));
        awards.addAll(withTexts(awardItems, awardTexts, (award, texts) -> new Award(award.year(), award.name(), award.category(),
                award.by(), award.recipient(), award.status(), award.link(), texts)));
    }

    /** The files {@code press.LANG.yaml} beside press.yaml, by name; a badly named one is reported and left out. */
    private List<Path> pressTranslations() throws IOException {
        List<Path> named;
        try (Stream<Path> list = Files.list(files.folder())) {
            named = list.filter(f -> f.getFileName().toString().matches("press\\..+\\.yaml")).sorted().toList();
        }
        List<Path> result = new ArrayList<>();
        for (Path file : named) {
            java.util.regex.Matcher name = ContentFiles.TRANSLATION.matcher(file.getFileName().toString());
            if (name.matches() && name.group(1).equals("press")) {
                result.add(file);
            } else {
                files.problems(file).error(0, "bad file name '" + file.getFileName() + "': press and awards in "
                        + "another language are press.LANG.yaml, with a language tag in lower case, e.g. press.ko.yaml");
            }
        }
        return result;
    }

    /**
     * The entries under {@code list.key()} in a translation of press.yaml, by their place in
     * press.yaml: one for each of the original's, in the same order. An entry that leaves out a
     * word its original has ({@link TranslatedList#words}) stays in the original, with a warning;
     * so do all of them when the entries do not match the original's.
     */
    private <T, W> Map<Integer, W> translatedEntries(Fields fields, String lang, TranslatedList<T, W> list, List<T> originals) {
        List<Fields> given = fields.groups(list.key());
        if (!sameCount(fields, list, given.size(), originals.size(), lang)) return Map.of();
        Map<Integer, W> texts = new HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            T original = originals.get(i);
            Fields entry = given.get(i);
            entry.warnUnknown(list.fields());
            if (original == null) continue;
            List<String> missing = new ArrayList<>();
            Map<String, Optional<String>> words = new HashMap<>();
            for (Word<T> word : list.words()) {
                words.put(word.field(), ContentFiles.translatedWord(entry, word.field(), word.original().apply(original), missing));
            }
            if (!missing.isEmpty()) {
                ContentFiles.warnUntranslated(entry, list.one() + " " + (i + 1) + " (" + list.name().apply(original) + ")", missing, lang,
                        list.noun());
                continue;
            }
            texts.put(i, list.text().apply(entry, words));
        }
        return texts;
    }

    /** Whether a translation gives as many entries under {@code list.key()} as press.yaml has; a warning when it does not. */
    private boolean sameCount(Fields fields, TranslatedList<?, ?> list, int given, int originals, String lang) {
        if (given == originals) return true;
        String key = list.key();
        String counted = originals + " " + (originals == 1 ? list.one() : list.many());
        if (given == 0 && !fields.has(key)) {
            fields.problems().warning(fields.line(), "no '" + key + "': press.yaml has " + counted + "; until they are given in "
                    + ContentFiles.languageName(lang) + " they read in the original");
        } else {
            fields.problems().warning(fields.lineOf(key), "press.yaml has " + counted + " under '" + key + "' and this translation "
                    + given + ": give one entry for each, in the same order; until then they read in the original");
        }
        return false;
    }

    /**
     * The entries that are not broken ({@code originals} holds null for those), each made again by
     * {@code with} with its words in each language that translates it ({@code texts}: by language,
     * then by the entry's place).
     */
    private static <T, W> List<T> withTexts(List<T> originals, Map<String, Map<Integer, W>> texts, BiFunction<T, Map<String, W>, T> with) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            T original = originals.get(i);
            if (original == null) continue;
            Map<String, W> translated = new HashMap<>();
            for (var byLanguage : texts.entrySet()) {
                W text = byLanguage.getValue().get(i);
                if (text != null) translated.put(byLanguage.getKey(), text);
            }
            all.add(with.apply(original, Map.copyOf(translated)));
        }
        return all;
    }
}
