package org.crossing.story.syntax;

/**
 * The stable code of each kind of diagnostic, for tools: an editor or the studio keys on
 * {@link #id()} ("E030") or {@link #slug()} ("unknown-scene"), never on the message, which may
 * be reworded. Codes are never reused; docs/story-language.md lists them all. An {@code E} code
 * is an error, a {@code W} code a warning.
 */
public enum Code {
    // reading the files
    UNREADABLE_FOLDER("E001", "unreadable-folder"),
    TOO_LARGE("E002", "too-large"),
    NOT_UTF8("E003", "not-utf8"),
    LINE_TOO_LONG("E004", "line-too-long"),
    NO_STORY_FILES("E005", "no-story-files"),

    // the shape of a line
    MALFORMED("E010", "malformed"),
    UNEXPECTED("E011", "unexpected"),
    UNCLOSED("E012", "unclosed"),
    BAD_NUMBER("E013", "bad-number"),
    BAD_ID("E014", "bad-id"),
    TOO_DEEP("E015", "too-deep"),
    MISSING_PART("E016", "missing-part"),
    RESERVED_WORD("E017", "reserved-word"),
    EFFECT_IN_TEXT("E018", "effect-in-text"),

    // names
    UNKNOWN_SCENE("E030", "unknown-scene"),
    UNKNOWN_VARIABLE("E031", "unknown-variable"),
    UNKNOWN_SOURCE("E032", "unknown-source"),
    UNKNOWN_ENDING_KIND("E033", "unknown-ending-kind"),
    MISSING_MEDIA("E034", "missing-media"),
    DUPLICATE("E035", "duplicate"),
    OUTSIDE_SCENE("E036", "outside-scene"),

    // types and values
    TYPE_MISMATCH("E040", "type-mismatch"),
    OUT_OF_RANGE("E041", "out-of-range"),
    STATE_TOO_LARGE("E042", "state-too-large"),

    // the header and declarations
    MISSING_HEADER("E050", "missing-header"),
    BAD_HEADER_VALUE("E051", "bad-header-value"),
    INCOMPLETE_SOURCE("E052", "incomplete-source"),
    BAD_ENDING_KIND("E053", "bad-ending-kind"),

    // the shape of a scene
    EMPTY_SCENE("E060", "empty-scene"),
    NO_TEXT("E061", "no-text"),
    NO_WAY_ON("E062", "no-way-on"),
    MIXED_WAYS_ON("E063", "mixed-ways-on"),
    CHANCE_WEIGHTS("E064", "chance-weights"),
    MISPLACED("E065", "misplaced"),

    // translations
    BAD_LANGUAGE("E070", "bad-language"),
    TRANSLATION_SHAPE("E071", "translation-shape"),

    // warnings
    UNUSED_VARIABLE("W001", "unused-variable"),
    UNUSED_SOURCE("W002", "unused-source"),
    OTHERWISE_NEVER("W003", "otherwise-never"),
    CHANCE_RESCALED("W004", "chance-rescaled"),
    MEDIA_CONTENTS("W005", "media-contents"),
    UNSOURCED_FACT("W006", "unsourced-fact"),
    HEADER_IN_SCENE("W007", "header-in-scene"),
    UNUSED_ENDING_KIND("W008", "unused-ending-kind"),
    UNTRANSLATED("W009", "untranslated"),
    STALE_TRANSLATION("W010", "stale-translation"),
    ORPHANED_TRANSLATION("W011", "orphaned-translation"),
    TRANSLATION_EMPHASIS("W012", "translation-emphasis"),
    STATE_MAY_OUTGROW_LINK("W013", "state-may-outgrow-link");

    private final String id;
    private final String slug;

    Code(String id, String slug) {
        this.id = id;
        this.slug = slug;
    }

    /** "E030": never changes, never reused. */
    public String id() {
        return id;
    }

    /** "unknown-scene": the code in words. */
    public String slug() {
        return slug;
    }

    public Diagnostic.Severity severity() {
        return id.charAt(0) == 'E' ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
    }
}
