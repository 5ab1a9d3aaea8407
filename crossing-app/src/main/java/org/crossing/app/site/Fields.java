package org.crossing.app.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crossing.story.compile.Names;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The fields of one YAML mapping, read with their line numbers. Every reader reports what is
 * wrong (at the field's line) and returns null or empty; it never throws.
 */
final class Fields {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Problems problems;
    private final int firstLine;
    private final int line;

    Fields(MappingNode mapping, Problems problems, int firstLine) {
        this.problems = problems;
        this.firstLine = firstLine;
        this.line = lineOf(mapping, firstLine);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(lineOf(tuple.getKeyNode(), firstLine), "a field name must be a plain word");
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                problems.error(lineOf(key, firstLine), "field '" + key.getValue() + "' is given twice (first on line "
                        + lineOf(key.getValue()) + ")");
                continue;
            }
            entries.put(key.getValue(), tuple);
        }
    }

    /** The line of the file {@code node} starts on, its text starting on line {@code firstLine}. */
    static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    private Fields(Problems problems, int firstLine) {
        this.problems = problems;
        this.firstLine = firstLine;
        this.line = firstLine;
    }

    static Fields empty(Problems problems, int firstLine) {
        return new Fields(problems, firstLine);
    }

    /** The line of the mapping itself: where a missing field is reported. */
    int line() {
        return line;
    }

    /** The names of the fields, in the order written. */
    Set<String> keys() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode(), firstLine);
    }

    Problems problems() {
        return problems;
    }

    /** Warns about fields nobody reads, suggesting the closest known name. */
    void warnUnknown(Set<String> known) {
        for (String key : entries.keySet()) {
            if (known.contains(key)) continue;
            String suggestion = Names.closest(key, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
            problems.warning(lineOf(key), "unknown field '" + key + "'" + suggestion + "; it is ignored");
        }
    }

    /** A required text field; reports it missing or empty. */
    String text(String key) {
        String value = optionalText(key).orElse(null);
        if (value == null && !entries.containsKey(key)) {
            problems.error(line, "missing required field '" + key + "'");
        }
        return value;
    }

    Optional<String> optionalText(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) return Optional.empty();
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problems.error(lineOf(key), "field '" + key + "' must be text, not a list or a group of fields");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problems.error(lineOf(key), "field '" + key + "' is empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A list of texts, also accepting a single text. */
    List<String> texts(String key) {
        return texts(key, false);
    }

    /** A list of texts, also accepting a single text, or a comma-separated line when {@code commas}. */
    List<String> texts(String key, boolean commas) {
        NodeTuple tuple = entries.get(key);
        List<String> values = new ArrayList<>();
        if (tuple == null) return values;
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar) {
            for (String part : commas ? scalar.getValue().split(",") : new String[] {scalar.getValue()}) {
                if (!part.isBlank()) values.add(part.strip());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.error(lineOf(item, firstLine), "each item of '" + key + "' must be a short text");
                }
            }
        } else {
            problems.error(lineOf(key), "field '" + key + "' must be a list, like [one, two]");
        }
        return values;
    }

    LocalDate date(String key) {
        String value = text(key);
        return value == null ? null : parseDate(key, value);
    }

    Optional<LocalDate> optionalDate(String key) {
        return optionalText(key).map(value -> parseDate(key, value));
    }

    private LocalDate parseDate(String key, String value) {
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.error(lineOf(key), "bad date '" + value + "' in '" + key + "': there is no such day");
                return null;
            }
        }
        problems.error(lineOf(key), "bad date '" + value + "' in '" + key + "': write it as YYYY-MM-DD, e.g. 2013-04-27");
        return null;
    }

    Optional<LocalTime> optionalTime(String key) {
        return optionalText(key).map(value -> {
            if (TIME.matcher(value).matches()) {
                try {
                    String padded = value.length() == 4 ? "0" + value : value;
                    return LocalTime.parse(padded);
                } catch (DateTimeParseException e) {
                    // fall through to the report below
                }
            }
            problems.error(lineOf(key), "bad time '" + value + "' in '" + key
                    + "': write the local time on a 24-hour clock, e.g. 21:00 (in quotes)");
            return null;
        });
    }

    Optional<Integer> optionalYear(String key) {
        return optionalText(key).map(value -> {
            if (value.matches("\\d{4}")) return Integer.valueOf(value);
            problems.error(lineOf(key), "bad year '" + value + "' in '" + key + "': write four digits, e.g. 2013");
            return null;
        });
    }

    Optional<ZoneId> optionalZone(String key) {
        return optionalText(key).map(value -> {
            try {
                if (value.contains("/")) return ZoneId.of(value);
            } catch (RuntimeException e) {
                // reported below
            }
            problems.error(lineOf(key), "unknown time zone '" + value + "' in '" + key
                    + "': use a name from the tz database, e.g. America/Toronto");
            return null;
        });
    }

    /** An absolute http(s) link, or a path on this site when {@code allowPath}. */
    Optional<String> optionalLink(String key, boolean allowPath) {
        return optionalText(key).map(value -> checkLink(key, value, allowPath));
    }

    private String checkLink(String key, String value, boolean allowPath) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return value;
            if (allowPath && uri.getScheme() == null && value.startsWith("/") && !value.startsWith("//")) return value;
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(lineOf(key), "bad link '" + value + "' in '" + key + "': write a full address starting with https://"
                + (allowPath ? ", or a path on this site starting with /" : ""));
        return null;
    }

    <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type) {
        return optionalText(key).map(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) return constant;
            }
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) names.add(constant.name().toLowerCase(Locale.ROOT));
            problems.error(lineOf(key), "bad " + key + " '" + value + "': use one of " + String.join(", ", names));
            return null;
        });
    }

    /** A nested group of fields. */
    Optional<Fields> group(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) return Optional.empty();
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new Fields(mapping, problems, firstLine));
        }
        problems.error(lineOf(key), "field '" + key + "' must be a group of indented fields");
        return Optional.empty();
    }

    /** A list of groups of fields, like the screenings of a festival. */
    List<Fields> groups(String key) {
        NodeTuple tuple = entries.get(key);
        List<Fields> groups = new ArrayList<>();
        if (tuple == null) return groups;
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problems.error(lineOf(key), "field '" + key + "' must be a list of entries, each starting with '- '");
            return groups;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                groups.add(new Fields(mapping, problems, firstLine));
            } else {
                problems.error(lineOf(item, firstLine), "each entry of '" + key + "' must be a group of fields");
            }
        }
        return groups;
    }
}
