package org.gazette.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (target/gazette.jar) run as a process of its own on a free port, as an
 * operator runs it: its own data directory, settings from the environment, output in a log file. For
 * tests that stop, kill or restart it, or the database under it.
 */
public final class PackagedNode {

    public static final Path JAR = Path.of("target/gazette.jar");
    private static final Pattern TOKEN = Pattern.compile("gzt_[A-Za-z0-9_-]{43}");

    private final String name;
    private final Path dataDir;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private Process process;
    private int port;

    private PackagedNode(String name, Path dataDir, Path log, Map<String, String> environment, List<String> arguments) {
        this.name = name;
        this.dataDir = dataDir;
        this.log = log;
        this.environment = environment;
        this.arguments = arguments;
    }

    /**
     * Starts a node named {@code name} with its data directory and log under {@code dir}, the given
     * environment (the database's among it) and extra Spring arguments ({@code --gazette.x=y}).
     */
    public static PackagedNode start(String name, Path dir, Map<String, String> environment, List<String> arguments)
            throws IOException {
        PackagedNode node = new PackagedNode(
                name,
                Files.createDirectories(dir.resolve(name)),
                dir.resolve(name + ".log"),
                Map.copyOf(environment),
                List.copyOf(arguments));
        node.port = freePort();
        node.launch();
        return node;
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                // C1 only: a quicker start on a busy machine, and speed does not matter here
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("GAZETTE_DATA_DIR", dataDir.toString());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("GAZETTE_NODE_NAME", name);
        builder.environment().putIfAbsent("GAZETTE_DEMO_CONTENT", "false");
        builder.environment().put("GAZETTE_BASE_URL", "http://localhost:" + port);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
    }

    /** Starts the node again, on the same port with the same data directory, after it stopped or was killed. */
    public void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Process process() {
        return process;
    }

    public SiteClient site() {
        return new SiteClient(port);
    }

    /** Signs in through the newsroom as {@code email} and makes an API token there; returns it. */
    public String newApiToken(String email, String password) {
        NewsroomClient editor = new NewsroomClient(port).signedIn(email, password);
        editor.get("/newsroom/profile");
        HttpResponse<String> created = editor.post("/newsroom/profile/tokens", Map.of("name", "test of " + name));
        if (created.statusCode() != 302) {
            throw new AssertionError("no token made: " + created.statusCode() + " " + created.body());
        }
        Matcher token = TOKEN.matcher(editor.get("/newsroom/profile").body());
        if (!token.find()) {
            throw new AssertionError("the profile page shows no new token");
        }
        return token.group();
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits until the node answers its readiness probe; fails with its log if it dies or takes too long. */
    public PackagedNode awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped; its log:\n" + logText());
            }
            try {
                if (site().get("/actuator/health/readiness").statusCode() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not become ready; its log:\n" + logText());
    }

    /** {@code kill -9}: no shutdown hook, nothing flushed, no lease handed back. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " survived SIGKILL");
        }
    }

    /** An orderly stop (SIGTERM), then SIGKILL if it takes more than 30 s. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
