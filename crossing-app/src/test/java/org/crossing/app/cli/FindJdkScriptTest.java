package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/find-jdk}, which {@code bin/crossing} and {@code mvnw} run before every command: it
 * reads a JDK's version from its {@code release} file, so that no JVM is started to ask.
 */
class FindJdkScriptTest {

    @TempDir
    Path dir;

    /** A JDK home whose javac, if it is ever run, says {@code javacSays}. */
    private Path jdk(String name, String release, String javacSays) throws IOException {
        Path home = dir.resolve(name);
        Path javac = Files.createDirectories(home.resolve("bin")).resolve("javac");
        Files.writeString(javac, "#!/bin/sh\necho \"" + javacSays + "\" >&2\n");
        Files.setPosixFilePermissions(javac, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        return home;
    }

    private static String findJdk(Path javaHome) throws Exception {
        Path script = Path.of("..", "bin", "find-jdk").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output.lines().findFirst().orElse("");
    }

    @Test
    void aJavaHomeIsTakenByItsReleaseFileWithoutRunningJavac() throws Exception {
        Path home = jdk("jdk-22", "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"22.0.2\"\n", "javac 11.0.1");

        assertThat(findJdk(home)).isEqualTo(home.toString());
    }

    @Test
    void aJavaHomeWithoutAReleaseFileIsAskedThroughJavac() throws Exception {
        Path home = jdk("jdk-21", null, "javac 21.0.5");

        assertThat(findJdk(home)).isEqualTo(home.toString());
    }

    @Test
    void aJavaHomeOlderThan21IsPassedOverForAnotherJdk() throws Exception {
        Path home = jdk("jdk-8", "JAVA_VERSION=\"1.8.0_402\"\n", "javac 25");

        assertThat(findJdk(home)).isNotEqualTo(home.toString());
    }
}
