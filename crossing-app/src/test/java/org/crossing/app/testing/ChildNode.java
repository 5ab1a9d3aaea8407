package org.crossing.app.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code crossing serve} in a process of its own, with this test run's class path: a node that
 * can be killed as an operating system kills one ({@link #kill}, SIGKILL).
 */
public final class ChildNode implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code crossing serve STORIES --data DATA --no-site} and returns once it answers /healthz. */
    public static ChildNode serve(Path stories, Path data, Path log) throws Exception {
        return serve(stories, data, log, List.of());
    }

    /** As {@link #serve(Path, Path, Path)}, with more options of {@code serve} ({@code --studio}, {@code --watch}...). */
    public static ChildNode serve(Path stories, Path data, Path log, List<String> options) throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.crossing.app.cli.CrossingCommand", "serve", stories.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--data", data.toString(), "--no-site"));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildNode node = new ChildNode(process, port);
        node.awaitHealthy(Duration.ofSeconds(120));
        return node;
    }

    /** A port no one listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException("the node exited with " + process.exitValue());
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the node did not answer /healthz within " + timeout);
    }

    public int port() {
        return port;
    }

    /** SIGKILL, as an out-of-memory killer or {@code kill -9} would; waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
