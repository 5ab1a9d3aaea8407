package org.crossing.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stories folder a test node serves, made in the node's data folder: links to the test
 * stories, the examples and The Crossing (so a node compiles them where they are), and stories
 * the test writes out. For {@link RunningNode#serving(RunningNode.Stories)}.
 */
public final class ServedStories implements RunningNode.Stories {

    public static final Path EXAMPLES = Paths.get("..", "examples").toAbsolutePath().normalize();
    public static final Path THE_CROSSING = Paths.get("..", "stories", "the-crossing").toAbsolutePath().normalize();

    private final Map<String, Path> links = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> written = new LinkedHashMap<>();

    private ServedStories() {}

    public static ServedStories of() {
        return new ServedStories();
    }

    /** A story of src/test/resources/stories, by its folder's name. */
    public ServedStories testStory(String name) {
        return link(name, TestStories.folder().resolve(name));
    }

    /** A story of the repository's examples folder, by its folder's name. */
    public ServedStories example(String name) {
        return link(name, EXAMPLES.resolve(name));
    }

    /** The Crossing, served as "the-crossing" when this checkout has it (tests that need it say so). */
    public ServedStories theCrossing() {
        return Files.isDirectory(THE_CROSSING) ? link("the-crossing", THE_CROSSING) : this;
    }

    /** A story of one file, story.story, written out as {@code source}. */
    public ServedStories written(String name, String source) {
        return written(name, Map.of("story.story", source));
    }

    /** A story written out file by file: each file's path in the story's folder, and its text. */
    public ServedStories written(String name, Map<String, String> files) {
        written.put(name, Map.copyOf(files));
        return this;
    }

    private ServedStories link(String name, Path folder) {
        links.put(name, folder);
        return this;
    }

    @Override
    public Path in(Path dataDir) throws IOException {
        Path stories = Files.createDirectories(dataDir.resolve("stories"));
        for (Map.Entry<String, Path> link : links.entrySet()) Files.createSymbolicLink(stories.resolve(link.getKey()), link.getValue());
        for (Map.Entry<String, Map<String, String>> story : written.entrySet()) {
            for (Map.Entry<String, String> file : story.getValue().entrySet()) {
                Path path = stories.resolve(story.getKey()).resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        }
        return stories;
    }
}
