package org.crossing.story.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crossing.story.model.Position;

/**
 * Recursive descent over tokens, one method per precedence level (see the grammar summary in
 * docs/story-language.md). Nesting is bounded so that hostile input cannot overflow the stack.
 */
final class ExprParser {

    static final int MAX_DEPTH = 64;
    static final Set<String> RESERVED = Set.of("and", "or", "not", "true", "false", "else", "between", "visits", "seen");

    private final List<Token> tokens;
    private final String file;
    private final int line;
    private int index;
    private int depth;

    ExprParser(List<Token> tokens, String file, int line) {
        this.tokens = tokens;
        this.file = file;
        this.line = line;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the next one (0 is {@link #peek()}); END past the end. */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Token.Kind.END) index++;
        return token;
    }

    boolean accept(String symbolOrWord) {
        if (peek().is(symbolOrWord)) {
            index++;
            return true;
        }
        return false;
    }

    Position position(Token token) {
        return new Position(file, line, token.column());
    }

    ExprNode expression() throws SyntaxError {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError(Code.TOO_DEEP, peek().column(), "this expression is nested more than " + MAX_DEPTH + " levels deep; simplify it");
        }
        try {
            return or();
        } finally {
            depth--;
        }
    }

    /** {@code effect {, effect}}, where an effect is {@code name op expr} or {@code {condition: effects | effects}}. */
    List<EffectNode> effects() throws SyntaxError {
        List<EffectNode> effects = new ArrayList<>();
        do {
            if (peek().is("{")) {
                effects.add(conditionalEffect());
                continue;
            }
            Token name = next();
            if (name.kind() != Token.Kind.NAME || RESERVED.contains(name.text())) {
                throw new SyntaxError(Code.UNEXPECTED, name.column(), "expected a variable name to change after '~', found " + describe(name));
            }
            Token op = next();
            if (!op.is("=") && !op.is("+=") && !op.is("-=")) {
                throw new SyntaxError(Code.UNEXPECTED, op.column(), "expected '=', '+=' or '-=' after '" + name.text() + "', found " + describe(op));
            }
            effects.add(new EffectNode.Change(name.text(), position(name), op.text(), expression()));
        } while (accept(","));
        return effects;
    }

    private EffectNode conditionalEffect() throws SyntaxError {
        Token open = next();
        if (++depth > MAX_DEPTH) throw new SyntaxError(Code.TOO_DEEP, open.column(), "these effects are nested more than " + MAX_DEPTH + " levels deep; simplify them");
        try {
            ExprNode condition = expression();
            Token colon = next();
            if (!colon.is(":")) {
                throw new SyntaxError(Code.UNEXPECTED, colon.column(), "expected ':' after the condition, as in ~ {helped > 0: sheet += 1}; found " + describe(colon));
            }
            List<EffectNode> then = effects();
            List<EffectNode> otherwise = accept("|") ? effects() : List.of();
            Token close = next();
            if (!close.is("}")) {
                throw new SyntaxError(Code.UNCLOSED, close.column(), "expected '}' to close the '{' at column " + open.column() + ", found " + describe(close));
            }
            return new EffectNode.When(condition, then, otherwise, position(open));
        } finally {
            depth--;
        }
    }

    private ExprNode or() throws SyntaxError {
        ExprNode left = and();
        while (peek().is("or")) {
            Token op = next();
            left = new ExprNode.Binary("or", left, and(), position(op));
        }
        return left;
    }

    private ExprNode and() throws SyntaxError {
        ExprNode left = equality();
        while (peek().is("and")) {
            Token op = next();
            left = new ExprNode.Binary("and", left, equality(), position(op));
        }
        return left;
    }

    private ExprNode equality() throws SyntaxError {
        ExprNode left = comparison();
        if (peek().is("==") || peek().is("!=")) {
            Token op = next();
            left = new ExprNode.Binary(op.text(), left, comparison(), position(op));
        }
        if (peek().is("=")) {
            throw new SyntaxError(Code.UNEXPECTED, peek().column(), "'=' sets a variable; to compare, write '=='");
        }
        return left;
    }

    private ExprNode comparison() throws SyntaxError {
        ExprNode left = sum();
        if (peek().is("<") || peek().is("<=") || peek().is(">") || peek().is(">=")) {
            Token op = next();
            left = new ExprNode.Binary(op.text(), left, sum(), position(op));
        }
        return left;
    }

    private ExprNode sum() throws SyntaxError {
        ExprNode left = product();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = new ExprNode.Binary(op.text(), left, product(), position(op));
        }
        return left;
    }

    private ExprNode product() throws SyntaxError {
        ExprNode left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            Token op = next();
            left = new ExprNode.Binary(op.text(), left, unary(), position(op));
        }
        return left;
    }

    private ExprNode unary() throws SyntaxError {
        if (peek().is("-") || peek().is("not")) {
            Token op = next();
            if (++depth > MAX_DEPTH) {
                throw new SyntaxError(Code.TOO_DEEP, op.column(), "this expression is nested more than " + MAX_DEPTH + " levels deep; simplify it");
            }
            try {
                return new ExprNode.Unary(op.text(), unary(), position(op));
            } finally {
                depth--;
            }
        }
        return atom();
    }

    private ExprNode atom() throws SyntaxError {
        Token token = next();
        switch (token.kind()) {
            case NUMBER -> {
                if (token.text().contains(".")) {
                    throw new SyntaxError(Code.BAD_NUMBER, token.column(), "'" + token.text() + "' is not a whole number; story numbers are integers");
                }
                try {
                    return new ExprNode.IntLiteral(Long.parseLong(token.text()), position(token));
                } catch (NumberFormatException e) {
                    throw new SyntaxError(Code.BAD_NUMBER, token.column(), "the number " + token.text() + " is too large");
                }
            }
            case TEXT -> {
                return new ExprNode.TextLiteral(token.text(), position(token));
            }
            case NAME -> {
                return switch (token.text()) {
                    case "true" -> new ExprNode.BoolLiteral(true, position(token));
                    case "false" -> new ExprNode.BoolLiteral(false, position(token));
                    case "visits", "seen" -> call(token);
                    case "and", "or", "not", "else", "between" ->
                            throw new SyntaxError(Code.UNEXPECTED, token.column(), "expected a value, found the word '" + token.text() + "'");
                    default -> new ExprNode.Name(token.text(), position(token));
                };
            }
            case SYMBOL -> {
                if (token.is("(")) {
                    ExprNode inner = expression();
                    Token close = next();
                    if (!close.is(")")) throw new SyntaxError(Code.UNCLOSED, close.column(), "expected ')' to close the '(' at column " + token.column() + ", found " + describe(close));
                    return inner;
                }
                throw new SyntaxError(Code.UNEXPECTED, token.column(), "expected a value, found " + describe(token));
            }
            case BAD -> throw new SyntaxError(Code.UNEXPECTED, token.column(), token.text().equals("unclosed quote")
                    ? "this text has no closing quote '\"'" : "unexpected character '" + token.text() + "'");
            default -> throw new SyntaxError(Code.UNEXPECTED, token.column(), "expected a value, found the end of the line");
        }
    }

    private ExprNode call(Token function) throws SyntaxError {
        Token open = next();
        if (!open.is("(")) throw new SyntaxError(Code.UNEXPECTED, open.column(), "expected '(' after '" + function.text() + "', as in " + function.text() + "(scene_id)");
        Token argument = next();
        if (argument.kind() != Token.Kind.NAME) throw new SyntaxError(Code.UNEXPECTED, argument.column(), "expected a scene id in " + function.text() + "(...), found " + describe(argument));
        Token close = next();
        if (!close.is(")")) throw new SyntaxError(Code.UNCLOSED, close.column(), "expected ')' after the scene id, found " + describe(close));
        return new ExprNode.Call(function.text(), argument.text(), position(argument), position(function));
    }

    static String describe(Token token) {
        return switch (token.kind()) {
            case END -> "the end of the line";
            case TEXT -> "the text \"" + token.text() + "\"";
            case BAD -> token.text().equals("unclosed quote") ? "an unclosed quote" : "'" + token.text() + "'";
            default -> "'" + token.text() + "'";
        };
    }
}
