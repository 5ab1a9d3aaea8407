package org.crossing.story.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.story.model.Position;
import org.crossing.story.model.TimeSpan;
import org.crossing.story.syntax.Line.Ref;

/**
 * Parses a story file line by line into {@link Line}s. Each line is one construct, so a bad line
 * is reported and skipped and the next one parsed as if nothing happened.
 */
public final class StoryParser {

    static final Set<String> KEYWORDS = Set.of("var", "source", "chapter", "timed", "chance", "otherwise",
            "continue", "ending", "image", "video", "audio", "ambient", "sound", "hotspot", "place", "fact");
    static final Set<String> SOURCE_FIELDS = Set.of("author", "title", "publisher", "year", "url");
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private static final Pattern HEADER = Pattern.compile("(title|author|language|start|content note|description|hashtag|launch|facts)\\s*:\\s*(.*)");
    private static final Pattern SCENE = Pattern.compile("==\\s*([^=\\s]*)\\s*(==)?\\s*((?:#[A-Za-z0-9_]+\\s*)*)");
    private static final Pattern CHAPTER = Pattern.compile("chapter\\s+(\\d{1,6})\\s*:\\s*(\\S.*)");
    private static final Pattern SOURCE = Pattern.compile("source\\s+(\\S+)\\s*");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+)\\s*:\\s*(.*)");
    private static final Pattern ENDING_KIND = Pattern.compile("ending\\s+kind\\s+([^\\s:,]+)\\s*:\\s*([A-Za-z]+)\\s*(?:,\\s*(.*))?");
    private static final Pattern ENDING = Pattern.compile("ending\\s+([^\\s:]+)\\s*:\\s*(.*)");
    private static final Pattern IMAGE = Pattern.compile("image\\s+([^\\s:]+)\\s*(?::\\s*(.*))?");
    private static final Pattern VIDEO = Pattern.compile("video\\s+([^\\s:]+)(?:\\s+captions\\s+([^\\s:]+))?\\s*(?::\\s*(.*))?");
    private static final Pattern AUDIO = Pattern.compile("(audio|ambient|sound)\\s+([^\\s:]+)(?:\\s+(?:transcript|captions)\\s+([^\\s:]+))?\\s*(?::\\s*(.*))?");
    private static final Pattern PLACE = Pattern.compile("place\\s+(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*:\\s*(\\S.*)");
    private static final Pattern AFTER = Pattern.compile("after\\s+(\\d{1,9})\\s+(day|days|week|weeks|month|months)");
    /** 'after' is a directive only before a number: "after dark, ..." stays a paragraph. */
    private static final Pattern AFTER_NUMBER = Pattern.compile("after\\s+\\d.*");
    private static final Pattern FACT = Pattern.compile("fact\\s+([^\\s:]+)\\s*:\\s*(\\S.*)");
    private static final Pattern HOTSPOT = Pattern.compile("hotspot\\s+(-?\\d+(?:\\.\\d+)?)%\\s+(-?\\d+(?:\\.\\d+)?)%\\s+(.+?)\\s*->\\s*(.*)");
    private static final Pattern HOTSPOT_PHOTO = Pattern.compile("photo\\s+([^\\s:]+)\\s*:\\s*(\\S.*)");
    private static final Pattern HOTSPOT_AUDIO = Pattern.compile("audio\\s+([^\\s:]+)\\s+(?:transcript|captions)\\s+([^\\s:]+)\\s*:\\s*(\\S.*)");
    private static final Pattern HOTSPOT_TEXT = Pattern.compile("text\\s*:\\s*(\\S.*)");
    private static final Pattern BROKEN_VAR = Pattern.compile("\\s*var\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern CONTINUE = Pattern.compile("continue\\s*:\\s*(\\S.*)");

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final List<Line> lines = new ArrayList<>();
    /** Whether the lines read are inside a scene: after a scene head, before the next chapter line. */
    private boolean inScene;

    private StoryParser(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public static List<Line> parse(SourceFile file, Diagnostics diagnostics) {
        StoryParser parser = new StoryParser(file, diagnostics);
        parser.run();
        return parser.lines;
    }

    private void run() {
        List<String> source = file.lines();
        for (int number = 1; number <= source.size(); number++) {
            if (diagnostics.full()) return;
            String raw = source.get(number - 1);
            int end = commentStart(raw);
            int start = 0;
            while (start < end && Character.isWhitespace(raw.charAt(start))) start++;
            while (end > start && Character.isWhitespace(raw.charAt(end - 1))) end--;
            if (file.wasSkipped(number)) {
                // reported as too long already: what it said is unknown, as for a line that did not parse
                lines.add(new Line.Broken(at(number, 1), null));
                continue;
            }
            if (start == end) {
                if (raw.isBlank() || raw.strip().startsWith("//") && raw.indexOf("//") == start) {
                    // a comment line does not break a paragraph; only a truly blank line does
                    if (raw.isBlank()) lines.add(new Line.Blank(at(number, 1)));
                }
                continue;
            }
            if (start > 0 && !lines.isEmpty() && lines.get(lines.size() - 1) instanceof Line.SourceBlock block
                    && block.position().file().equals(file.path())) {
                if (sourceField(block, raw, start, end, number)) continue;
            }
            try {
                Line line = line(raw, start, end, number);
                if (line instanceof Line.SceneHead) inScene = true;
                if (line instanceof Line.ChapterHead) inScene = false;
                if (line != null) lines.add(line);
            } catch (SyntaxError e) {
                diagnostics.report(e.code, at(number, e.column), e.length, raw, e.getMessage());
                Matcher declared = BROKEN_VAR.matcher(raw);
                lines.add(new Line.Broken(at(number, start + 1), declared.lookingAt() ? declared.group(1) : null));
            }
        }
    }

    private Line line(String raw, int start, int end, int number) throws SyntaxError {
        String text = raw.substring(start, end);
        Position position = at(number, start + 1);
        char first = text.charAt(0);
        if (text.startsWith("==")) return scene(text, start, position);
        if ((first == '*' || first == '+') && text.length() > 1 && (text.charAt(1) == ' ' || text.charAt(1) == '\t' || text.charAt(1) == '[')) {
            return choice(raw, start, end, number, first == '*');
        }
        if (text.startsWith("->")) return divert(raw, start, end, number);
        if (first == '~') {
            ExprParser parser = parser(raw, start + 1, end, number);
            // 'once' is a word here only when no assignment follows it: '~ once = true' sets a variable named once
            boolean once = parser.peek().is("once") && !isAssignment(parser.peek(1));
            if (once) parser.next();
            List<EffectNode> effects = parser.effects();
            expectEnd(parser, "the effects");
            return new Line.Effects(once, effects, position);
        }
        Matcher header = HEADER.matcher(text);
        if (header.matches()) {
            if (!inScene) return new Line.Header(header.group(1), header.group(2), at(number, start + header.start(2) + 1), position);
            // A story's header sits outside its scenes; inside one, 'description: ...' is the start of a paragraph.
            diagnostics.report(Code.HEADER_IN_SCENE, position, header.group(1).length(), raw, "'" + header.group(1)
                    + ":' inside a scene is read as text; a header line stands before the first scene of a file or after a chapter line. "
                    + "To keep it as text and silence this, write '\\" + header.group(1) + ":'");
        }
        String word = firstWord(text);
        if (KEYWORDS.contains(word)) return directive(word, new At(raw, start, end, number, position));
        if (AFTER_NUMBER.matcher(text).matches()) return after(new At(raw, start, end, number, position));
        return new Line.TextLine(new TextParser(raw, file.path(), number).parse(start, end), position);
    }

    /** The part of a source line a directive stands on: {@code raw[start, end)} on line {@code number}. */
    private record At(String raw, int start, int end, int number, Position position) {
        String text() {
            return raw.substring(start, end);
        }
    }

    private Line directive(String word, At at) throws SyntaxError {
        return switch (word) {
            case "var" -> variable(at);
            case "source" -> sourceHead(at);
            case "chapter" -> chapter(at);
            case "timed" -> timed(at);
            case "chance" -> chance(at);
            case "otherwise" -> chanceTail(parser(at.raw(), at.start() + word.length(), at.end(), at.number()), null, -1, at.position());
            case "continue" -> continueLabel(at);
            case "ending" -> ending(at);
            case "image" -> image(at);
            case "video" -> video(at);
            case "audio", "ambient", "sound" -> audio(word, at);
            case "hotspot" -> hotspot(at);
            case "place" -> place(at);
            case "fact" -> fact(at);
            default -> throw new AssertionError(word);
        };
    }

    private Line sourceHead(At at) throws SyntaxError {
        Matcher m = match(SOURCE, at.text(), "write 'source ID' and then indented lines 'title: ...', 'publisher: ...', 'year: ...'");
        return new Line.SourceBlock(ref(m, 1, at.start(), at.number()), new LinkedHashMap<>(), at.position());
    }

    private Line chapter(At at) throws SyntaxError {
        Matcher m = match(CHAPTER, at.text(), "write 'chapter NUMBER: TITLE', as in 'chapter 1: Hyesan, January'");
        return new Line.ChapterHead(Integer.parseInt(m.group(1)), m.group(2).strip(), at.position());
    }

    private Line timed(At at) throws SyntaxError {
        ExprParser p = parser(at.raw(), at.start() + "timed".length(), at.end(), at.number());
        Token seconds = p.next();
        Token unit = p.next();
        if (seconds.kind() != Token.Kind.NUMBER || !unit.is("s") || !p.accept("->")) {
            throw new SyntaxError(Code.MALFORMED, seconds.column(), "write 'timed SECONDS s -> SCENE', as in 'timed 10s -> hide'");
        }
        Ref ref = target(p);
        expectEnd(p, "the timed line");
        int value = parseCount(seconds, "seconds");
        if (value < 1 || value > 3600) throw new SyntaxError(Code.BAD_NUMBER, seconds.column(), "a countdown lasts from 1 to 3600 seconds, not " + seconds.text());
        return new Line.Timed(value, ref, at.position());
    }

    private Line chance(At at) throws SyntaxError {
        ExprParser p = parser(at.raw(), at.start() + "chance".length(), at.end(), at.number());
        ExprNode condition = null;
        if (p.accept("[")) {
            condition = p.expression();
            Token close = p.next();
            if (!close.is("]")) throw new SyntaxError(Code.UNCLOSED, close.column(), "expected ']' after the condition, found " + ExprParser.describe(close));
        }
        Token weight = p.next();
        if (weight.kind() != Token.Kind.NUMBER || !p.accept("%")) {
            throw new SyntaxError(Code.MALFORMED, weight.column(), "write 'chance WEIGHT% -> SCENE', as in 'chance 30% -> spotted'");
        }
        int value = parseCount(weight, "weight");
        if (value > 100) throw new SyntaxError(Code.BAD_NUMBER, weight.column(), "a chance weight is a percentage from 0 to 100, not " + weight.text());
        return chanceTail(p, condition, value, at.position());
    }

    private Line continueLabel(At at) throws SyntaxError {
        Matcher m = match(CONTINUE, at.text(), "write 'continue: LABEL', the label of the button that draws the chance");
        return new Line.ContinueLabel(m.group(1).strip(), at.position());
    }

    private Line ending(At at) throws SyntaxError {
        if (at.text().matches("ending\\s+kind\\s+[^\\s:].*")) return endingKind(at);
        Matcher m = match(ENDING, at.text(), "write 'ending KIND: SUMMARY', as in 'ending safe: Reached Seoul'");
        if (m.group(2).isBlank()) {
            throw new SyntaxError(Code.MISSING_PART, at.start() + m.end(1) + 1, "an ending needs a one-line summary after ':'; it is shown when a player shares the result");
        }
        TextNode summary = new TextParser(at.raw(), file.path(), at.number()).parse(at.start() + m.start(2), at.end());
        return new Line.EndingLine(ref(m, 1, at.start(), at.number()), summary, at.position());
    }

    private Line endingKind(At at) throws SyntaxError {
        Matcher m = match(ENDING_KIND, at.text(), "write 'ending kind WORD: TONE, LABEL', as in 'ending kind evacuated: good, Evacuated in time'; the tone is good, bad or neutral");
        Ref word = ref(m, 1, at.start(), at.number());
        if (!word.name().matches("[a-z][a-z0-9-]*")) {
            throw new SyntaxError(Code.BAD_ID, word.position().column(), word.name().length(), "ending kind '" + word.name()
                    + "' must start with a lower-case letter and hold only lower-case letters, digits and '-'");
        }
        String label = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
        return new Line.EndingKindDeclaration(word, m.group(2), at(at.number(), at.start() + m.start(2) + 1), label, at.position());
    }

    private Line image(At at) throws SyntaxError {
        Matcher m = match(IMAGE, at.text(), "write 'image FILE: ALT TEXT'");
        if (m.group(2) == null || m.group(2).isBlank()) {
            throw new SyntaxError(Code.MISSING_PART, at.start() + m.end(1) + 1, "image '" + m.group(1) + "' needs alt text: write 'image "
                    + m.group(1) + ": what the picture shows'");
        }
        return new Line.Image(ref(m, 1, at.start(), at.number()), m.group(2).strip(), at.position());
    }

    private Line video(At at) throws SyntaxError {
        Matcher m = match(VIDEO, at.text(), "write 'video FILE captions FILE.vtt: TITLE'");
        if (m.group(2) == null) {
            throw new SyntaxError(Code.MISSING_PART, at.start() + m.end(1) + 1, "video '" + m.group(1) + "' needs captions: write 'video "
                    + m.group(1) + " captions FILE.vtt: TITLE'");
        }
        if (m.group(3) == null || m.group(3).isBlank()) throw new SyntaxError(Code.MISSING_PART, at.start() + m.end(2) + 1, "video '" + m.group(1) + "' needs a title after ':'");
        return new Line.Video(ref(m, 1, at.start(), at.number()), ref(m, 2, at.start(), at.number()), m.group(3).strip(), at.position());
    }

    private Line audio(String word, At at) throws SyntaxError {
        Line.AudioKind kind = word.equals("ambient") ? Line.AudioKind.AMBIENT : word.equals("sound") ? Line.AudioKind.SPOT : Line.AudioKind.CLIP;
        boolean heard = kind != Line.AudioKind.CLIP;
        // a clip may come with a transcript; a sound with no player of its own is shown by its captions
        String companion = heard ? "captions" : "transcript";
        Matcher m = match(AUDIO, at.text(), "write '" + word + " FILE " + companion + " FILE: " + (heard ? "DESCRIPTION" : "TITLE") + "'");
        if (m.group(3) == null) {
            throw new SyntaxError(Code.MISSING_PART, at.start() + m.end(2) + 1, word + " '" + m.group(2) + "' needs "
                    + (heard ? "captions" : "a transcript or captions") + ": write '" + word + " " + m.group(2) + " " + companion + " FILE: ...'");
        }
        if (m.group(4) == null || m.group(4).isBlank()) {
            throw new SyntaxError(Code.MISSING_PART, at.start() + m.end(3) + 1, word + " '" + m.group(2) + "' needs " + (heard ? "a description of what is heard" : "a title") + " after ':'");
        }
        return new Line.Audio(kind, ref(m, 2, at.start(), at.number()), ref(m, 3, at.start(), at.number()), m.group(4).strip(), at.position());
    }

    private Line place(At at) throws SyntaxError {
        Matcher m = match(PLACE, at.text(), "write 'place LATITUDE, LONGITUDE: NAME', as in 'place 41.40, 128.18: Hyesan'");
        double latitude = Double.parseDouble(m.group(1));
        double longitude = Double.parseDouble(m.group(2));
        if (latitude < -90 || latitude > 90) throw new SyntaxError(Code.BAD_NUMBER, at.start() + m.start(1) + 1, "latitude " + m.group(1) + " is outside -90 to 90");
        if (longitude < -180 || longitude > 180) throw new SyntaxError(Code.BAD_NUMBER, at.start() + m.start(2) + 1, "longitude " + m.group(2) + " is outside -180 to 180");
        return new Line.Place(latitude, longitude, m.group(3).strip(), at.position());
    }

    private Line after(At at) throws SyntaxError {
        Matcher m = match(AFTER, at.text(), "write 'after NUMBER days', 'weeks' or 'months', as in 'after 3 days': how long after the scene before "
                + "the journey reaches this one. To begin a paragraph with 'after' and a number, write '\\after'");
        long amount = Long.parseLong(m.group(1));
        TimeSpan.Unit unit = switch (m.group(2)) {
            case "day", "days" -> TimeSpan.Unit.DAY;
            case "week", "weeks" -> TimeSpan.Unit.WEEK;
            default -> TimeSpan.Unit.MONTH;
        };
        if (amount < 1 || amount * unit.days > TimeSpan.MAX_DAYS) {
            throw new SyntaxError(Code.BAD_NUMBER, at.start() + m.start(1) + 1, m.group(1).length(),
                    "a scene comes 1 day to 100 years after the one before, not " + m.group(1) + " " + m.group(2)
                            + "; a scene that takes no time has no 'after' line");
        }
        return new Line.After((int) amount, unit, at.position());
    }

    private Line fact(At at) throws SyntaxError {
        Matcher m = match(FACT, at.text(), "write 'fact SOURCE_ID: STATEMENT'");
        return new Line.Fact(ref(m, 1, at.start(), at.number()), m.group(2).strip(), at.position());
    }

    private Line scene(String text, int start, Position position) throws SyntaxError {
        Matcher m = SCENE.matcher(text);
        if (!m.matches() || m.group(1).isEmpty()) throw new SyntaxError(Code.MALFORMED, start + 1, "write a scene as '== scene_id =='");
        String id = m.group(1);
        int column = start + m.start(1) + 1;
        try {
            checkId(id, column, "scene id");
        } catch (SyntaxError e) {
            // Reported here only: the scene still opens under the id as written, so its lines and
            // the choices that lead to it are not reported again.
            diagnostics.report(e.code, at(position.line(), e.column), e.length, file.line(position.line()), e.getMessage());
        }
        List<String> tags = new ArrayList<>();
        for (String tag : m.group(3).split("\\s+")) if (!tag.isEmpty()) tags.add(tag.substring(1));
        return new Line.SceneHead(new Line.Ref(id, at(position.line(), column)), tags, position);
    }

    private Line choice(String raw, int start, int end, int number, boolean once) throws SyntaxError {
        int i = start + 1;
        while (i < end && Character.isWhitespace(raw.charAt(i))) i++;
        ExprNode condition = null;
        if (i < end && raw.charAt(i) == '[') {
            int close = closingBracket(raw, i, end);
            ExprParser p = parser(raw, i + 1, close, number);
            condition = p.expression();
            expectEnd(p, "the condition");
            i = close + 1;
        }
        int arrow = arrow(raw, i, end);
        if (arrow < 0) {
            throw new SyntaxError(Code.MISSING_PART, end + 1, "this choice has no target: end it with '-> scene_id'");
        }
        int labelStart = i;
        while (labelStart < arrow && Character.isWhitespace(raw.charAt(labelStart))) labelStart++;
        int labelEnd = arrow;
        while (labelEnd > labelStart && Character.isWhitespace(raw.charAt(labelEnd - 1))) labelEnd--;
        if (labelStart == labelEnd) throw new SyntaxError(Code.MISSING_PART, arrow + 1, "this choice has no label: write what the player chooses before '->'");
        TextNode label = new TextParser(raw, file.path(), number).parse(labelStart, labelEnd);
        ExprParser p = parser(raw, arrow + 2, end, number);
        List<Line.Route> routes = new ArrayList<>();
        Ref target = destination(p, routes);
        List<EffectNode> effects = List.of();
        if (p.accept("~")) effects = p.effects();
        TextNode reason = null;
        if (p.peek().is("else")) {
            p.next();
            Token text = p.next();
            if (text.kind() != Token.Kind.TEXT) throw new SyntaxError(Code.UNEXPECTED, text.column(), "expected the reason in quotes after 'else', as in else \"You need money\"");
            if (condition == null) throw new SyntaxError(Code.MISPLACED, text.column(), "'else' gives the reason a choice is disabled, but this choice has no [condition]");
            // the reason is text like any other, {values} included: parse what stands between its quotes
            int open = text.column() - 1;
            reason = new TextParser(raw, file.path(), number).parse(open + 1, closingQuote(raw, open));
        }
        List<String> tags = tags(p);
        expectEnd(p, "the choice");
        return new Line.ChoiceLine(once, condition, label, target, effects, reason, routes, tags, at(number, start + 1));
    }

    private Line divert(String raw, int start, int end, int number) throws SyntaxError {
        ExprParser p = parser(raw, start + 2, end, number);
        List<Line.Route> routes = new ArrayList<>();
        Ref target = destination(p, routes);
        List<EffectNode> effects = p.accept("~") ? p.effects() : List.of();
        List<String> tags = tags(p);
        expectEnd(p, "'-> scene'");
        return new Line.Divert(target, effects, routes, tags, at(number, start + 1));
    }

    /**
     * A choice's target: a scene id, or {@code {condition: scene | other}} where {@code other} may
     * itself be conditional. Adds each conditional target to {@code routes} and returns the scene
     * for when no condition holds.
     */
    private Ref destination(ExprParser p, List<Line.Route> routes) throws SyntaxError {
        if (!p.peek().is("{")) return target(p);
        Token open = p.next();
        if (routes.size() >= ExprParser.MAX_DEPTH) throw new SyntaxError(Code.TOO_DEEP, open.column(), "this target is nested more than " + ExprParser.MAX_DEPTH + " levels deep; simplify it");
        ExprNode condition = p.expression();
        Token colon = p.next();
        if (!colon.is(":")) throw new SyntaxError(Code.UNEXPECTED, colon.column(), "expected ':' after the condition, as in -> {hours >= 8: boat | attic}; found " + ExprParser.describe(colon));
        routes.add(new Line.Route(condition, target(p)));
        Token bar = p.next();
        if (!bar.is("|")) {
            throw new SyntaxError(Code.MISSING_PART, bar.column(), "a conditional target needs a scene for when the condition fails: write '| scene' before '}', as in -> {hours >= 8: boat | attic}");
        }
        Ref otherwise = destination(p, routes);
        Token close = p.next();
        if (!close.is("}")) throw new SyntaxError(Code.UNCLOSED, close.column(), "expected '}' to close the '{' at column " + open.column() + ", found " + ExprParser.describe(close));
        return otherwise;
    }

    /** {@code #word #word} at the end of a choice: its tags. */
    private static List<String> tags(ExprParser p) throws SyntaxError {
        List<String> tags = new ArrayList<>();
        while (p.accept("#")) {
            Token word = p.next();
            if (word.kind() != Token.Kind.NAME && word.kind() != Token.Kind.NUMBER || word.text().contains(".")) {
                throw new SyntaxError(Code.UNEXPECTED, word.column(), "expected a tag after '#': a word of letters, digits and '_'; found " + ExprParser.describe(word));
            }
            tags.add(word.text());
        }
        return tags;
    }

    /** Where the '->' of a choice stands: the first outside braces, quotes in braces and escapes; -1 when there is none. */
    private static int arrow(String raw, int from, int end) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < end - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (depth > 0 && c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0 && c == '-' && raw.charAt(i + 1) == '>') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote that closes the one at {@code open}; the tokenizer has found it, so it exists. */
    private static int closingQuote(String raw, int open) {
        for (int i = open + 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i;
        }
        return raw.length();
    }

    private static boolean isAssignment(Token token) {
        return token.is("=") || token.is("+=") || token.is("-=");
    }

    private Line chanceTail(ExprParser p, ExprNode condition, int weight, Position position) throws SyntaxError {
        Token arrow = p.next();
        if (!arrow.is("->")) throw new SyntaxError(Code.UNEXPECTED, arrow.column(), "expected '-> scene_id', found " + ExprParser.describe(arrow));
        Ref target = target(p);
        List<EffectNode> effects = List.of();
        if (p.accept("~")) effects = p.effects();
        expectEnd(p, "the chance line");
        return new Line.ChanceLine(condition, weight, target, effects, position);
    }

    private Line variable(At at) throws SyntaxError {
        int number = at.number();
        ExprParser p = parser(at.raw(), at.start() + "var".length(), at.end(), number);
        Token name = p.next();
        if (name.kind() != Token.Kind.NAME) throw new SyntaxError(Code.MALFORMED, name.column(), "write 'var NAME = VALUE', as in 'var money = 3'");
        if (ExprParser.RESERVED.contains(name.text())) throw new SyntaxError(Code.RESERVED_WORD, name.column(), "'" + name.text() + "' is a reserved word; choose another variable name");
        Token equals = p.next();
        if (!equals.is("=")) throw new SyntaxError(Code.UNEXPECTED, equals.column(), "expected '=' and the initial value after '" + name.text() + "'");
        ExprNode initial = literal(p);
        Long min = null;
        Long max = null;
        if (p.peek().is("between")) {
            p.next();
            min = integer(p, "between");
            Token and = p.next();
            if (!and.is("and")) throw new SyntaxError(Code.MALFORMED, and.column(), "write 'between LOW and HIGH'");
            max = integer(p, "and");
            if (min > max) throw new SyntaxError(Code.BAD_NUMBER, and.column(), "the range " + min + " to " + max + " is empty; write the lower bound first");
        }
        expectEnd(p, "the variable");
        return new Line.Var(new Ref(name.text(), at(number, name.column())), initial, min, max, at.position());
    }

    private ExprNode literal(ExprParser p) throws SyntaxError {
        Token token = p.peek();
        if (token.is("-") || token.kind() == Token.Kind.NUMBER) {
            return new ExprNode.IntLiteral(integer(p, "="), p.position(token));
        }
        p.next();
        if (token.kind() == Token.Kind.TEXT) return new ExprNode.TextLiteral(token.text(), p.position(token));
        if (token.is("true") || token.is("false")) return new ExprNode.BoolLiteral(token.is("true"), p.position(token));
        throw new SyntaxError(Code.UNEXPECTED, token.column(), "a variable starts with a value: a whole number, true, false or \"text\"; found " + ExprParser.describe(token));
    }

    private long integer(ExprParser p, String after) throws SyntaxError {
        boolean negative = p.accept("-");
        Token number = p.next();
        if (number.kind() != Token.Kind.NUMBER || number.text().contains(".")) {
            throw new SyntaxError(Code.BAD_NUMBER, number.column(), "expected a whole number after '" + after + "', found " + ExprParser.describe(number));
        }
        try {
            long value = Long.parseLong(number.text());
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            throw new SyntaxError(Code.BAD_NUMBER, number.column(), "the number " + number.text() + " is too large");
        }
    }

    private Line hotspot(At at) throws SyntaxError {
        int start = at.start();
        int number = at.number();
        Matcher m = match(HOTSPOT, at.text(), "write 'hotspot X% Y% LABEL -> fact|photo|audio|text ...'");
        double x = Double.parseDouble(m.group(1));
        double y = Double.parseDouble(m.group(2));
        boolean xOut = x < 0 || x > 100;
        boolean yOut = y < 0 || y > 100;
        if (xOut || yOut) {
            String outside = xOut && yOut ? m.group(1) + "% and " + m.group(2) + "% are" : (xOut ? m.group(1) : m.group(2)) + "% is";
            throw new SyntaxError(Code.BAD_NUMBER, start + m.start(xOut ? 1 : 2) + 1, "a hotspot's position is two percentages from 0 to 100, "
                    + "across the image and down it from its top left corner; " + outside + " outside the image");
        }
        String tail = m.group(4);
        int offset = start + m.start(4);
        Line.HotspotTarget target;
        Matcher t;
        if ((t = FACT.matcher(tail)).matches()) {
            target = new Line.FactTarget(new Ref(t.group(1), at(number, offset + t.start(1) + 1)), t.group(2).strip());
        } else if ((t = HOTSPOT_PHOTO.matcher(tail)).matches()) {
            target = new Line.PhotoTarget(new Ref(t.group(1), at(number, offset + t.start(1) + 1)), t.group(2).strip());
        } else if ((t = HOTSPOT_AUDIO.matcher(tail)).matches()) {
            target = new Line.AudioTarget(new Ref(t.group(1), at(number, offset + t.start(1) + 1)),
                    new Ref(t.group(2), at(number, offset + t.start(2) + 1)), t.group(3).strip());
        } else if ((t = HOTSPOT_TEXT.matcher(tail)).matches()) {
            target = new Line.TextTarget(t.group(1).strip());
        } else {
            throw new SyntaxError(Code.MALFORMED, offset + 1, "a hotspot opens 'fact SOURCE: statement', 'photo FILE: alt text', "
                    + "'audio FILE transcript FILE: title' or 'text: words'");
        }
        return new Line.Hotspot(x, y, m.group(3).strip(), target, at.position());
    }

    private boolean sourceField(Line.SourceBlock block, String raw, int start, int end, int number) {
        Matcher m = FIELD.matcher(raw.substring(start, end));
        if (!m.matches() || KEYWORDS.contains(m.group(1))) return false;
        String field = m.group(1);
        if (!SOURCE_FIELDS.contains(field)) {
            diagnostics.report(Code.MALFORMED, at(number, start + 1), raw, "unknown field '" + field + "' in source '" + block.id().name()
                    + "'; a source has author, title, publisher, year and url");
        } else if (block.fields().containsKey(field)) {
            diagnostics.report(Code.DUPLICATE, at(number, start + 1), raw, "source '" + block.id().name() + "' already has a " + field);
        } else {
            block.fields().put(field, new Ref(m.group(2).strip(), at(number, start + m.start(2) + 1)));
        }
        return true;
    }

    private static Ref target(ExprParser parser) throws SyntaxError {
        Token token = parser.next();
        if (token.kind() != Token.Kind.NAME) {
            throw new SyntaxError(Code.UNEXPECTED, token.column(), "expected a scene id after '->', found " + ExprParser.describe(token));
        }
        return new Ref(token.text(), parser.position(token));
    }

    private ExprParser parser(String raw, int from, int to, int number) {
        return new ExprParser(Tokenizer.tokenize(raw, from, to), file.path(), number);
    }

    private static void expectEnd(ExprParser parser, String what) throws SyntaxError {
        Token rest = parser.peek();
        if (rest.kind() != Token.Kind.END) {
            throw new SyntaxError(Code.UNEXPECTED, rest.column(), "unexpected " + ExprParser.describe(rest) + " after " + what);
        }
    }

    private static int parseCount(Token token, String what) throws SyntaxError {
        if (token.text().contains(".")) throw new SyntaxError(Code.BAD_NUMBER, token.column(), "the " + what + " must be a whole number, not " + token.text());
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw new SyntaxError(Code.BAD_NUMBER, token.column(), "the " + what + " " + token.text() + " is too large");
        }
    }

    private Matcher match(Pattern pattern, String text, String usage) throws SyntaxError {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) throw new SyntaxError(Code.MALFORMED, 0, usage);
        return m;
    }

    private Ref ref(Matcher m, int group, int start, int number) {
        return new Ref(m.group(group), at(number, start + m.start(group) + 1));
    }

    private void checkId(String id, int column, String what) throws SyntaxError {
        if (!ID.matcher(id).matches()) {
            throw new SyntaxError(Code.BAD_ID, column, id.length(), what + " '" + id + "' must start with a lower-case ASCII letter (a to z) and hold only a to z, 0 to 9 and '_'");
        }
    }

    private static int closingBracket(String raw, int open, int end) throws SyntaxError {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new SyntaxError(Code.UNCLOSED, open + 1, "'[' opens a condition that is not closed; add ']' after it");
    }

    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        if (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ':') return "";
        return text.substring(0, i);
    }

    /** Where a comment starts: '//' at the start or after a space, outside quotes and escapes; else the line's length. */
    static int commentStart(String raw) {
        boolean quoted = false;
        for (int i = 0; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && raw.charAt(i + 1) == '/' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
                return i;
            }
        }
        return raw.length();
    }

    private Position at(int line, int column) {
        return new Position(file.path(), line, Math.max(1, column));
    }
}
