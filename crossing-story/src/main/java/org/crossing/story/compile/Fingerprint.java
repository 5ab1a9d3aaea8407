package org.crossing.story.compile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Variable;

/**
 * The story version: SHA-256 over the story's structure — what a play state's bytes refer to
 * (scenes, their choices and chance outcomes, variables and their types and ranges, tracked
 * scenes) — cut to 64 bits. Text, media and conditions do not count, so fixing a typo keeps
 * players' journeys valid.
 */
final class Fingerprint {

    private Fingerprint() {}

    static long of(List<Variable> variables, List<Scene> scenes, int[] tracked) {
        StringBuilder canonical = new StringBuilder();
        for (Variable v : variables) {
            canonical.append("var ").append(v.name()).append(' ').append(v.type()).append(' ').append(v.min()).append(' ').append(v.max()).append('\n');
        }
        for (Scene scene : scenes) {
            canonical.append("scene ").append(scene.id()).append(' ').append(scene.isEnding() ? scene.ending().kind().versionName() : "-").append('\n');
            for (Choice c : scene.choices()) {
                canonical.append(" choice ").append(c.once() ? "once " : "again ").append(scenes.get(c.target()).id()).append('\n');
                for (Choice.Route route : c.routes()) canonical.append("  route ").append(scenes.get(route.target()).id()).append('\n');
            }
            if (scene.timer() != null) canonical.append(" timer ").append(scenes.get(scene.timer().target()).id()).append('\n');
            for (ChanceOutcome o : scene.chance()) {
                canonical.append(" chance ").append(scenes.get(o.target()).id()).append('\n');
            }
        }
        for (int t : tracked) canonical.append("tracked ").append(t).append('\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
