package org.crossing.story.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.story.model.Position;

/**
 * Parses a translation file ({@code translations/ko/*.translation}): entries that each start
 * with {@code [key]} and hold the original text they were made from ({@code en: ...}), the
 * original before it changed ({@code was: ...}, optional) and the translation ({@code ko: ...}).
 * docs/story-language.md, "Translations", is the reference.
 */
public final class TranslationParser {

    /** What an entry's key looks like: scene ids, words and numbers joined by dots. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*");
    private static final Pattern HEAD = Pattern.compile("\\[\\s*([^\\]\\s]*)\\s*\\]");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]{2,8}(?:-[A-Za-z0-9]{2,8})*)\\s*:");
    static final String WAS = "was";

    private final SourceFile file;
    private final String original;
    private final String language;
    private final Diagnostics diagnostics;
    private final List<TranslationEntry> entries = new ArrayList<>();

    private TranslationParser(SourceFile file, String original, String language, Diagnostics diagnostics) {
        this.file = file;
        this.original = original;
        this.language = language;
        this.diagnostics = diagnostics;
    }

    /**
     * The entries of a translation into {@code language} of a story written in {@code original};
     * malformed lines are reported and skipped.
     */
    public static List<TranslationEntry> parse(SourceFile file, String original, String language, Diagnostics diagnostics) {
        TranslationParser parser = new TranslationParser(file, original, language, diagnostics);
        parser.run();
        return parser.entries;
    }

    /** The translation's text parsed as story text (emphasis, values, conditions); null, with the error reported, when it does not parse. */
    public static TextNode richText(TranslationEntry.Field field, Diagnostics diagnostics) {
        try {
            return new TextParser(field.line(), field.position().file(), field.position().line()).parse(field.from(), field.to());
        } catch (SyntaxError e) {
            diagnostics.report(e.code, new Position(field.position().file(), field.position().line(), e.column), e.length, field.line(), e.getMessage());
            return null;
        }
    }

    private void run() {
        Builder entry = null;
        List<String> lines = file.lines();
        for (int number = 1; number <= lines.size(); number++) {
            if (diagnostics.full()) break;
            String raw = lines.get(number - 1);
            int start = 0;
            while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) start++;
            if (start == raw.length() || file.wasSkipped(number)) continue;
            if (raw.startsWith("//", start)) {
                if (entry != null && entry.fields.isEmpty()) entry.notes.add(raw.substring(start).stripTrailing());
                continue;
            }
            Position at = new Position(file.path(), number, start + 1);
            if (raw.charAt(start) == '[') {
                if (entry != null) entry.finish();
                entry = head(raw, start, at);
                continue;
            }
            Matcher field = FIELD.matcher(raw).region(start, raw.length());
            if (!field.lookingAt()) {
                report(Code.MALFORMED, at, raw, "a translation file holds entries: '[key]', then 'en: the original', "
                        + "'" + language + ": the translation' (and 'was: ...' when the original changed); comments start with '//'");
                continue;
            }
            String label = field.group(1);
            if (entry == null) {
                report(Code.OUTSIDE_SCENE, at, raw, "'" + label + ":' belongs to an entry: start the entry with its key, '[key]'");
                continue;
            }
            entry.field(label, raw, field.end(), at);
        }
        if (entry != null) entry.finish();
    }

    private Builder head(String raw, int start, Position at) {
        int end = StoryParser.commentStart(raw);
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) end--;
        Matcher head = HEAD.matcher(raw).region(start, end);
        if (!head.matches()) {
            report(Code.MALFORMED, at, raw, "an entry starts with its key alone on the line, '[scene.p1]'");
            return null;
        }
        String key = head.group(1);
        Position keyAt = new Position(file.path(), at.line(), head.start(1) + 1);
        if (!KEY.matcher(key).matches()) {
            diagnostics.report(Code.BAD_ID, keyAt, Math.max(1, key.length()), raw, "'" + key + "' is not a key; keys are the ones "
                    + "'crossing translate' writes, such as 'title' or 'market.p1': lower-case letters, digits, '_' and '-', joined by dots");
            return null;
        }
        return new Builder(key, keyAt);
    }

    private void report(Code code, Position at, String raw, String message) {
        diagnostics.report(code, at, raw, message);
    }

    /** One entry as its lines are read. */
    private final class Builder {
        final String key;
        final Position position;
        final Map<String, TranslationEntry.Field> fields = new HashMap<>();
        /** Comment lines right under the key: the translator's notes, which 'crossing translate' keeps. */
        final List<String> notes = new ArrayList<>();

        Builder(String key, Position position) {
            this.key = key;
            this.position = position;
        }

        void field(String label, String raw, int afterColon, Position at) {
            boolean translation = label.equals(language);
            if (!translation && !label.equals(original) && !label.equals(WAS)) {
                report(Code.MALFORMED, at, raw, "'" + label + ":' has no place in a translation from " + original + " into " + language
                        + ": an entry holds '" + original + ":' (the original), '" + language + ":' (the translation) and, when the original changed, 'was:'");
                return;
            }
            if (fields.containsKey(label)) {
                report(Code.DUPLICATE, at, raw, "entry '" + key + "' already has a '" + label + ":' line at line " + fields.get(label).position().line());
                return;
            }
            int from = afterColon;
            while (from < raw.length() && Character.isWhitespace(raw.charAt(from))) from++;
            // the original is kept verbatim (it is compared, never parsed); the translation is story text, comments and all
            int to = translation ? StoryParser.commentStart(raw) : raw.length();
            while (to > from && Character.isWhitespace(raw.charAt(to - 1))) to--;
            to = Math.max(from, to);
            fields.put(label, new TranslationEntry.Field(raw.substring(from, to), new Position(file.path(), at.line(), from + 1), raw, from, to));
        }

        void finish() {
            TranslationEntry.Field source = fields.get(original);
            if (source == null) {
                diagnostics.report(Code.MISSING_PART, position, key.length(), file.line(position.line()), "entry '" + key + "' has no '" + original
                        + ":' line: the original it translates, which tells when the original changes (crossing translate writes it)");
                return;
            }
            entries.add(new TranslationEntry(key, position, source, fields.get(WAS), fields.get(language), notes));
        }
    }
}
