package org.crossing.app.site;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads YAML (a site.yaml, a press.yaml, or the front matter of a Markdown file) into
 * {@link Fields}, keeping line numbers. Values are read as text: dates and times are parsed
 * by the site code, so that "2013-02-30" is reported, not silently turned into something.
 */
final class Yaml {

    private Yaml() {}

    /**
     * Parses {@code text} whose first line is line {@code firstLine} of the file. Reports a
     * syntax error, or a document that is not a mapping, and returns empty.
     */
    static Optional<Fields> read(String text, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file())
                .setMaxAliasesForCollections(10)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(1_000_000)
                .build();
        Node root;
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                return Optional.of(Fields.empty(problems, firstLine));
            }
            root = node.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(Mark::getLine).orElse(0) + firstLine;
            String problem = e.getProblem() == null ? "broken YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.error(line, "broken YAML: " + problem + context);
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(firstLine, "broken YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(Fields.lineOf(root, firstLine), "expected fields like 'title: ...', one per line");
            return Optional.empty();
        }
        return Optional.of(new Fields(mapping, problems, firstLine));
    }
}
