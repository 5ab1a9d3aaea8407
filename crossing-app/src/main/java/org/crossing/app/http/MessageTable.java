package org.crossing.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * One language's table of a part's own words (the player's, the site's, the terminal's), read
 * from {@code NAME_LANG.properties} (UTF-8) beside the class that owns them, with the English
 * table giving what it lacks. {@code {0}}, {@code {1}} in a message are the values given, filled
 * in one pass: a value holding "{1}" (a player's name, say) is not filled in again, and nothing
 * is parsed per call. A generic Korean particle after a value ("{0}을(를)") takes the form the
 * value's last sound calls for ({@link KoreanParticles}).
 */
public final class MessageTable {

    private final String language;
    private final String name;
    private final Map<String, String> table;
    private final Map<String, String> english;
    /** Numbers written with the language's grouping ("1,234"), or as they are (a seed is typed back as printed). */
    private final Locale grouping;

    private MessageTable(String language, String name, Map<String, String> table, Map<String, String> english, Locale grouping) {
        this.language = language;
        this.name = name;
        this.table = table;
        this.english = english;
        this.grouping = grouping;
    }

    /** The English table {@code NAME_en.properties} beside {@code anchor}: the one other languages fall back on. */
    public static MessageTable english(Class<?> anchor, String name) {
        return new MessageTable("en", name, read(anchor, name, "en"), Map.of(), null);
    }

    /** The table {@code NAME_LANG.properties} beside {@code anchor}, with {@code english} giving the keys it lacks. */
    public static MessageTable read(Class<?> anchor, String name, String language, MessageTable english) {
        if (language.equals("en")) return english;
        return new MessageTable(language, name, read(anchor, name, language), english.table, null);
    }

    /** The same words with numbers in the language's grouping: 1234 as "1,234". */
    public MessageTable groupingNumbers() {
        return new MessageTable(language, name, table, english, Locale.forLanguageTag(language));
    }

    /** The language whose table gives the words. */
    public String language() {
        return language;
    }

    /** The message for {@code key}, or {@code otherwise} when neither this table nor the English one has it. */
    public String orElse(String key, String otherwise) {
        String message = table.get(key);
        if (message == null) message = english.get(key);
        return message != null ? message : otherwise;
    }

    /** The message for {@code key} with its values filled in. */
    public String t(String key, Object... values) {
        String message = table.get(key);
        if (message == null) message = english.get(key);
        if (message == null) throw new IllegalArgumentException("no message '" + key + "' in " + name + "_en.properties");
        if (values.length == 0) return message;
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
            String value = grouping != null && values[index] instanceof Number number
                    ? NumberFormat.getInstance(grouping).format(number) : String.valueOf(values[index]);
            out.append(message, from, open).append(value);
            from = KoreanParticles.appendAt(out, message, close + 1, value);
        }
        return out.append(message, from, message.length()).toString();
    }

    /**
     * The message for {@code key}, which goes on from {@code before} (words set apart in the
     * page): a generic Korean particle it starts with takes the form that follows them.
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

    /** Every key of this language's own table: each language's has the English one's, as tests check. */
    public Set<String> keys() {
        return table.keySet();
    }

    private static Map<String, String> read(Class<?> anchor, String tableName, String language) {
        String file = tableName + "_" + language + ".properties";
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("the message table " + file + " beside " + anchor.getSimpleName() + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> table = new HashMap<>();
            for (String key : properties.stringPropertyNames()) table.put(key, properties.getProperty(key));
            // A HashMap, not Map.copyOf: a page looks up a score of words, and the immutable map's
            // probing compares whole strings where a HashMap compares their cached hashes first.
            return Collections.unmodifiableMap(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
