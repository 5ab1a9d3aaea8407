package org.crossing.app.player;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crossing.app.http.MessageTable;

/**
 * The player's own words (buttons, headings, notes) in one language, from its table
 * {@code messages_LANG.properties} beside this class ({@link MessageTable}: a language without a
 * table, and a key a table lacks, read in English). Other parts of the product keep their own
 * words in tables of the same kind ({@link #of(Class, String, String)}: the terminal player's).
 */
public final class Messages {

    private static final Messages ENGLISH = new Messages(MessageTable.english(Messages.class, "messages"));
    /** The tables, by language: the languages the player's own words are written in. */
    private static final Map<String, Messages> TABLES = Map.of("en", ENGLISH,
            "ko", new Messages(MessageTable.read(Messages.class, "messages", "ko", ENGLISH.words)));
    /** Other tables, by their resource name and language. */
    private static final Map<String, Messages> OTHERS = new ConcurrentHashMap<>();

    private final MessageTable words;

    private Messages(MessageTable words) {
        this.words = words;
    }

    /** The words for {@code language} ("ko", "ko-KR" and "KO" alike): its table, or English. */
    public static Messages of(String language) {
        String primary = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("-")[0];
        return TABLES.getOrDefault(primary, ENGLISH);
    }

    /**
     * The words of the table {@code NAME_LANG.properties} beside {@code anchor}, for {@code language}
     * as {@link #of(String)} picks it (a language the player's words are not written in reads in
     * English); the English table gives what another lacks.
     */
    public static Messages of(Class<?> anchor, String name, String language) {
        String lang = of(language).language();
        Messages english = OTHERS.computeIfAbsent(anchor.getName() + "/" + name + "/en",
                key -> new Messages(MessageTable.english(anchor, name)));
        if (lang.equals("en")) return english;
        return OTHERS.computeIfAbsent(anchor.getName() + "/" + name + "/" + lang,
                key -> new Messages(MessageTable.read(anchor, name, lang, english.words)));
    }

    /** The words for the best of the player's languages for a request's Accept-Language header (null or malformed: English). */
    public static Messages forAcceptLanguage(String header) {
        if (header == null || header.length() > 500) return ENGLISH;
        try {
            return of(Locale.lookupTag(Locale.LanguageRange.parse(header), languages()));
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** The language whose table gives the words. */
    public String language() {
        return words.language();
    }

    /** The message for {@code key} with its values filled in. */
    public String t(String key, Object... values) {
        return words.t(key, values);
    }

    /**
     * The message for {@code key}, or {@code otherwise} when no table has one: for names that a
     * table may give in its language and that are otherwise shown as written (a map's countries).
     */
    public String orElse(String key, String otherwise) {
        return words.orElse(key, otherwise);
    }

    /** The message for {@code key}, going on from the words {@code before} ({@link MessageTable#after}). */
    public String after(String key, CharSequence before) {
        return words.after(key, before);
    }

    /** The message for a count: {@code key.one} for 1, {@code key.other} otherwise, with the count as {0}. */
    public String count(String key, long count, Object... more) {
        return words.count(key, count, more);
    }

    /** The languages the player's own words are written in, English first. */
    static List<String> languages() {
        return List.of("en", "ko");
    }

    /** Every key of the table: each language's table has the English one's, as tests check. */
    public Set<String> keys() {
        return words.keys();
    }
}
