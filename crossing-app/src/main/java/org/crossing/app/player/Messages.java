package org.crossing.app.player;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The player's own words (buttons, headings, notes) in one language, from its table
 * {@code messages_LANG.properties} beside this class. A language without a table, and a key a
 * table lacks, read in English. {@code {0}}, {@code {1}} in a message are the values given.
 * Other parts of the product keep their own words in tables of the same kind
 * ({@link #of(Class, String, String)}: the terminal player's).
 */
public final class Messages {

    private static final Messages ENGLISH = new Messages("en", table(Messages.class, "messages", "en"), Map.of());
    /** The tables, by language: the languages the player's own words are written in. */
    private static final Map<String, Messages> TABLES = Map.of("en", ENGLISH,
            "ko", new Messages("ko", table(Messages.class, "messages", "ko"), ENGLISH.table));
    /** Other tables, by their resource name and language. */
    private static final Map<String, Messages> OTHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> table;
    private final Map<String, String> english;

    private Messages(String language, Map<String, String> table, Map<String, String> english) {
        this.language = language;
        this.table = table;
        this.english = english;
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
                key -> new Messages("en", table(anchor, name, "en"), Map.of()));
        if (lang.equals("en")) return english;
        return OTHERS.computeIfAbsent(anchor.getName() + "/" + name + "/" + lang, key -> new Messages(lang, table(anchor, name, lang), english.table));
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
        return language;
    }

    /** The message for {@code key} with its values filled in. */
    public String t(String key, Object... values) {
        String message = table.get(key);
        if (message == null) message = english.get(key);
        if (message == null) throw new IllegalArgumentException("no player message '" + key + "'");
        if (values.length == 0) return message;
        // One pass, so that a value holding "{1}" (a player's name, say) is not filled in again.
        StringBuilder out = new StringBuilder(message.length() + 32);
        int from = 0;
        for (int open = message.indexOf('{'); open >= 0; open = message.indexOf('{', from)) {
            int close = message.indexOf('}', open);
            int index = close == open + 2 ? message.charAt(open + 1) - '0' : -1;
            if (index < 0 || index > 9 || index >= values.length) {
                out.append(message, from, open + 1);
                from = open + 1;
                continue;
            }
            String value = String.valueOf(values[index]);
            out.append(message, from, open).append(value);
            // "{0}을(를)" in a Korean table: the particle the value's last sound takes
            from = KoreanParticles.appendAt(out, message, close + 1, value);
        }
        return out.append(message, from, message.length()).toString();
    }

    /**
     * The message for {@code key}, which goes on from {@code before} (a choice's words set apart
     * in the page): a generic Korean particle it starts with takes the form that follows them.
     */
    public String after(String key, CharSequence before) {
        return KoreanParticles.fit(t(key), before);
    }

    /** The message for a count: {@code key.one} for 1, {@code key.other} otherwise, with the count as {0}. */
    public String count(String key, long count, Object... more) {
        Object[] values = new Object[more.length + 1];
        values[0] = count;
        System.arraycopy(more, 0, values, 1, more.length);
        return t(key + (count == 1 ? ".one" : ".other"), values);
    }

    /** The languages the player's own words are written in, English first. */
    static List<String> languages() {
        return List.of("en", "ko");
    }

    /** Every key of the table: each language's table has the English one's, as tests check. */
    public Set<String> keys() {
        return table.keySet();
    }

    private static Map<String, String> table(Class<?> anchor, String tableName, String language) {
        String name = tableName + "_" + language + ".properties";
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the message table " + name + " beside " + anchor.getSimpleName() + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> table = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) table.put(key, properties.getProperty(key));
            // A HashMap, not Map.copyOf: a page looks up a score of words, and the immutable map's
            // probing compares whole strings where a HashMap compares their cached hashes first.
            return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
