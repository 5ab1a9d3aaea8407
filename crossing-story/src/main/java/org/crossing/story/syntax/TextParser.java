package org.crossing.story.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses inline text: {@code *emphasis*}, {@code **strong**}, {@code {value}},
 * {@code {condition: then | otherwise}} and backslash escapes. Everything opened on a line must
 * close on it; conditional text nests at most {@link #MAX_DEPTH} levels.
 */
final class TextParser {

    static final int MAX_DEPTH = 8;
    /** The words that open text variations, {@code {sequence: first | then}}. */
    static final java.util.Set<String> VARIATIONS = java.util.Set.of("sequence", "cycle", "once");

    private final String line;
    private final String file;
    private final int lineNumber;

    TextParser(String line, String file, int lineNumber) {
        this.line = line;
        this.file = file;
        this.lineNumber = lineNumber;
    }

    TextNode parse(int from, int to) throws SyntaxError {
        return parse(from, to, 0);
    }

    private TextNode parse(int from, int to, int depth) throws SyntaxError {
        if (depth > MAX_DEPTH) {
            throw new SyntaxError(Code.TOO_DEEP, from + 1, "text is nested more than " + MAX_DEPTH + " levels deep; split the conditions");
        }
        List<TextNode.Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < to) {
                plain.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '{') {
                int close = closingBrace(i, to);
                flush(plain, spans);
                spans.add(braces(i, close, depth));
                i = close + 1;
            } else if (c == '}') {
                throw new SyntaxError(Code.UNCLOSED, i + 1, "'}' closes nothing; write '\\}' for a brace");
            } else if (c == '*' && opensEmphasis(i, to)) {
                boolean strong = i + 1 < to && line.charAt(i + 1) == '*';
                int width = strong ? 2 : 1;
                int close = closingEmphasis(i + width, to, strong);
                if (close < 0) {
                    String mark = strong ? "**" : "*";
                    throw new SyntaxError(Code.UNCLOSED, i + 1, "'" + mark + "' opens emphasis that is not closed on this line; close it with '"
                            + mark + "' or write '\\*' for an asterisk");
                }
                flush(plain, spans);
                spans.add(new TextNode.Emphasis(strong, parse(i + width, close, depth + 1)));
                i = close + width;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain, spans);
        return new TextNode(spans);
    }

    private boolean opensEmphasis(int i, int to) {
        int after = i + 1;
        if (after < to && line.charAt(after) == '*') after++;
        return after < to && !Character.isWhitespace(line.charAt(after));
    }

    /** The index of the '*' (or first of '**') that closes emphasis opened before {@code from}, or -1. */
    private int closingEmphasis(int from, int to, boolean strong) throws SyntaxError {
        int i = from;
        while (i < to) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '{') {
                i = closingBrace(i, to) + 1;
            } else if (c == '*') {
                boolean pair = i + 1 < to && line.charAt(i + 1) == '*';
                boolean afterText = i > from && !Character.isWhitespace(line.charAt(i - 1));
                if (strong && pair && afterText) return i;
                if (!strong && !pair && afterText) return i;
                if (!strong && pair) {
                    // strong emphasis nested inside emphasis: skip to its end
                    int inner = closingEmphasis(i + 2, to, true);
                    if (inner < 0) return -1;
                    i = inner + 2;
                } else {
                    i += pair ? 2 : 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private int closingBrace(int open, int to) throws SyntaxError {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new SyntaxError(Code.UNCLOSED, open + 1, "'{' is not closed on this line; add '}' or write '\\{' for a brace");
    }

    private TextNode.Span braces(int open, int close, int depth) throws SyntaxError {
        int colon = topLevel(open + 1, close, ':', true);
        String source = line.substring(open + 1, close).strip();
        if (source.isEmpty()) throw new SyntaxError(Code.MISSING_PART, open + 1, "'{}' is empty; write a variable or an expression inside");
        if (source.startsWith("~")) {
            throw new SyntaxError(Code.EFFECT_IN_TEXT, open + 1, close - open + 1, "an effect in text would be printed, not applied; "
                    + "write it on a line of its own: '" + source + "'");
        }
        if (colon < 0) {
            return new TextNode.Value(expression(open + 1, close), source);
        }
        String head = line.substring(open + 1, colon).strip();
        if (VARIATIONS.contains(head)) return variation(head, colon, close, depth);
        String written = line.substring(colon + 1, close).strip();
        if (written.startsWith("~")) {
            throw new SyntaxError(Code.EFFECT_IN_TEXT, open + 1, close - open + 1, "an effect in text would be printed, not applied; "
                    + "to change a variable when the condition holds, write a line '~ {" + head + ": " + written.substring(1).strip() + "}'");
        }
        ExprNode condition = expression(open + 1, colon);
        int bar = topLevel(colon + 1, close, '|', false);
        int thenEnd = bar < 0 ? close : bar;
        TextNode then = parse(skipSpace(colon + 1, thenEnd), trimEnd(colon + 1, thenEnd), depth + 1);
        TextNode otherwise = bar < 0 ? new TextNode(List.of()) : parse(skipSpace(bar + 1, close), trimEnd(bar + 1, close), depth + 1);
        return new TextNode.Conditional(condition, line.substring(open + 1, colon).strip(), then, otherwise);
    }

    /** The alternatives between {@code colon} and {@code close}, split at each top-level '|'. */
    private TextNode.Span variation(String kind, int colon, int close, int depth) throws SyntaxError {
        List<TextNode> alternatives = new ArrayList<>();
        int from = colon + 1;
        while (true) {
            int bar = topLevel(from, close, '|', false);
            int to = bar < 0 ? close : bar;
            alternatives.add(parse(skipSpace(from, to), trimEnd(from, to), depth + 1));
            if (bar < 0) break;
            from = bar + 1;
        }
        return new TextNode.Variation(kind, alternatives);
    }

    private ExprNode expression(int from, int to) throws SyntaxError {
        ExprParser parser = new ExprParser(Tokenizer.tokenize(line, from, to), file, lineNumber);
        ExprNode expr = parser.expression();
        Token rest = parser.peek();
        if (rest.kind() != Token.Kind.END) {
            throw new SyntaxError(Code.UNEXPECTED, rest.column(), "unexpected " + ExprParser.describe(rest) + " in '{...}'");
        }
        return expr;
    }

    /** The first {@code c} not inside nested braces (nor quotes, when {@code quotes}), or -1. */
    private int topLevel(int from, int to, char c, boolean quotes) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char d = line.charAt(i);
            if (d == '\\') {
                i++;
            } else if (quotes && d == '"') {
                quoted = !quoted;
            } else if (!quoted && d == '{') {
                depth++;
            } else if (!quoted && d == '}') {
                depth--;
            } else if (!quoted && depth == 0 && d == c) {
                return i;
            }
        }
        return -1;
    }

    private int skipSpace(int from, int to) {
        while (from < to && Character.isWhitespace(line.charAt(from))) from++;
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
        return to;
    }

    private static void flush(StringBuilder plain, List<TextNode.Span> spans) {
        if (plain.length() > 0) {
            spans.add(new TextNode.Plain(plain.toString()));
            plain.setLength(0);
        }
    }
}
