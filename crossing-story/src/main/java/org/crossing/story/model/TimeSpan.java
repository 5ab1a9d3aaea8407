package org.crossing.story.model;

/**
 * How long before a scene its journey reaches it, after the scene before: {@code after 3 days}.
 * A span is a count of days, weeks or months, as the author knows it; a month counts as 30 days
 * when spans are added up.
 */
public record TimeSpan(int amount, Unit unit) {

    /** The longest span one scene may declare: a hundred years. */
    public static final int MAX_DAYS = 36_500;

    public enum Unit {
        DAY(1), WEEK(7), MONTH(30);

        public final int days;

        Unit(int days) {
            this.days = days;
        }
    }

    /** The span in days. */
    public int days() {
        return amount * unit.days;
    }
}
