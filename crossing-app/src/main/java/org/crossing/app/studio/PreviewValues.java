package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;

/**
 * Reads the values an author typed for a preview, one form field per variable named
 * {@code v.NAME}: integers within their declared range, booleans as {@code true}/{@code false}
 * (a checkbox sends {@code on}), text as given. Every mistake is reported, not just the first.
 */
final class PreviewValues {

    record Result(List<Object> values, List<String> errors) {}

    private PreviewValues() {}

    static Result read(Story story, Function<String, String> field) {
        Object[] values = new Object[story.variables().size()];
        List<String> errors = new ArrayList<>();
        for (Variable variable : story.variables()) {
            String given = field.apply("v." + variable.name());
            values[variable.slot()] = switch (variable.type()) {
                case BOOLEAN -> "true".equals(given) || "on".equals(given);
                case TEXT -> given == null ? "" : given;
                case INTEGER -> integer(variable, given, errors);
            };
        }
        return new Result(java.util.Arrays.asList(values), errors);
    }

    private static Object integer(Variable variable, String given, List<String> errors) {
        if (given == null || given.isBlank()) return variable.initial();
        try {
            long value = Long.parseLong(given.strip());
            if (variable.bounded() && (value < variable.min() || value > variable.max())) {
                errors.add("'" + variable.name() + "' must be between " + variable.min() + " and " + variable.max() + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add("'" + variable.name() + "' must be a whole number, not '" + given.strip() + "'");
            return variable.initial();
        }
    }
}
