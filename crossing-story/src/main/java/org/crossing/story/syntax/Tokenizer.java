package org.crossing.story.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits part of a line into tokens: numbers, names, quoted text (with {@code \"} and {@code \\}
 * escapes), and the symbols of expressions and directives. Never fails: an unexpected character
 * or an unclosed quote becomes a {@link Token.Kind#BAD} token that the parser reports.
 */
final class Tokenizer {

    private static final String[] SYMBOLS = {
        "->", "+=", "-=", "==", "!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "~", ":", "{", "}", "|", "#"
    };

    private Tokenizer() {}

    /** Tokens of {@code line} from index {@code from} to {@code to}, ending with an END token. */
    static List<Token> tokenize(String line, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < to && line.charAt(i) >= '0' && line.charAt(i) <= '9') i++;
                if (i < to && line.charAt(i) == '.' && i + 1 < to && Character.isDigit(line.charAt(i + 1))) {
                    i++;
                    while (i < to && Character.isDigit(line.charAt(i))) i++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, line.substring(start, i), start + 1));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < to && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) i++;
                tokens.add(new Token(Token.Kind.NAME, line.substring(start, i), start + 1));
            } else if (c == '"') {
                int start = i;
                StringBuilder text = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < to) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < to) {
                        text.append(line.charAt(i + 1));
                        i += 2;
                    } else if (d == '"') {
                        i++;
                        closed = true;
                        break;
                    } else {
                        text.append(d);
                        i++;
                    }
                }
                tokens.add(closed ? new Token(Token.Kind.TEXT, text.toString(), start + 1)
                        : new Token(Token.Kind.BAD, "unclosed quote", start + 1));
            } else {
                String symbol = null;
                for (String s : SYMBOLS) {
                    if (line.startsWith(s, i) && i + s.length() <= to) {
                        symbol = s;
                        break;
                    }
                }
                if (symbol == null) {
                    tokens.add(new Token(Token.Kind.BAD, String.valueOf(c), i + 1));
                    i++;
                } else {
                    tokens.add(new Token(Token.Kind.SYMBOL, symbol, i + 1));
                    i += symbol.length();
                }
            }
        }
        tokens.add(new Token(Token.Kind.END, "", to + 1));
        return tokens;
    }
}
