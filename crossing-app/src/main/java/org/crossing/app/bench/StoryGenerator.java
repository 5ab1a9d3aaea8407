package org.crossing.app.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates large stories for benchmarks: {@code scenes} scenes in chapters of 100, spread over
 * files of 500 scenes, with three variables ({@code a} and {@code b} bounded to 0..3, {@code c}
 * a boolean) so that the state space is finite: at most 32 states per scene. Each scene offers
 * a way on (always), a side path (hidden once {@code b} reaches 3), a short cut (hidden unless
 * {@code c}); every tenth scene is a chance, every fiftieth lets the player wait in place. The
 * last three scenes are endings. The story passes the checker without errors.
 */
public final class StoryGenerator {

    static final int PER_FILE = 500;

    private StoryGenerator() {}

    /** The story's files by relative path. */
    public static Map<String, String> generate(int scenes) {
        if (scenes < 8) throw new IllegalArgumentException("a generated story needs at least 8 scenes, not " + scenes);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("story.story", """
                title: Generated story of %d scenes
                language: en
                start: s0
                var a = 0 between 0 and 3
                var b = 0 between 0 and 3
                var c = false
                """.formatted(scenes));
        int endings = scenes - 3;
        for (int first = 0; first < scenes; first += PER_FILE) {
            StringBuilder out = new StringBuilder(PER_FILE * 160);
            for (int i = first; i < Math.min(scenes, first + PER_FILE); i++) {
                if (i % 100 == 0 || i == first) out.append("chapter ").append(i / 100 + 1).append(": Part ").append(i / 100 + 1).append("\n\n");
                out.append("== s").append(i).append(" ==\n");
                if (i % 7 == 3) out.append("~ c = true\n");
                out.append("Scene ").append(i).append(". You carry {a} and {b}.{c: You know a short cut.}\n");
                if (i >= endings) {
                    String kind = switch (i - endings) {
                        case 0 -> "safe";
                        case 1 -> "captured";
                        default -> "turned-back";
                    };
                    out.append("ending ").append(kind).append(": Ended at scene ").append(i).append('\n');
                } else if (i == endings - 1) {
                    out.append("* Go on -> s").append(endings).append('\n');
                    out.append("* Take the side path -> s").append(endings + 1).append('\n');
                    out.append("* Cut across -> s").append(endings + 2).append('\n');
                } else if (i % 10 == 5) {
                    out.append("continue: Walk on\n");
                    out.append("chance 50% -> s").append(i + 1).append(" ~ b -= 1\n");
                    out.append("otherwise -> s").append(Math.min(i + 2, endings - 1)).append('\n');
                } else {
                    out.append("* Go on -> s").append(i + 1).append(" ~ a += 1\n");
                    out.append("* [b < 3] Take the side path -> s").append(Math.min(i + 2, endings - 1)).append(" ~ b += 1, a -= 1\n");
                    out.append("* [c] Cut across -> s").append(Math.min(i + 3, endings - 1)).append(" ~ c = false, a = a / 2\n");
                    if (i % 50 == 7) out.append("+ Wait a moment -> s").append(i).append('\n');
                }
                out.append('\n');
            }
            files.put(String.format("part-%03d.story", first / PER_FILE + 1), out.toString());
        }
        return files;
    }
}
