package org.crossing.story.syntax;

/** A token of an expression or a directive's tail. {@code column} is 1-based in the source line. */
record Token(Kind kind, String text, int column) {

    enum Kind { NUMBER, NAME, TEXT, SYMBOL, END, BAD }

    boolean is(String symbolOrWord) {
        return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbolOrWord);
    }
}
