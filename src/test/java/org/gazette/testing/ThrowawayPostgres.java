package org.gazette.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, made with Debian's {@code pg_createcluster} on a free port
 * (trust authentication, user postgres), which the test may stop and start as it likes without
 * disturbing the server other tests share; dropped at the end. It needs the postgresql-common tools
 * and root. Clusters left behind by a killed run (named {@code gazette-faults-<pid>-<n>}, their process
 * gone) are dropped when the next one is made.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final Path CTL = Path.of("/usr/bin/pg_ctlcluster");
    private static final Path CREATE = Path.of("/usr/bin/pg_createcluster");
    private static final Path DROP = Path.of("/usr/bin/pg_dropcluster");
    private static final String PREFIX = "gazette-faults-";
    private static int made;

    private final String version;
    private final String name;
    private final int port;

    private ThrowawayPostgres(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
    }

    /** Null when a cluster can be made here, otherwise why not. */
    public static String unavailableReason() {
        if (!Files.isExecutable(CTL) || !Files.isExecutable(CREATE) || !Files.isExecutable(DROP)) {
            return "pg_ctlcluster/pg_createcluster not found (Debian's postgresql-common): "
                    + "no PostgreSQL of the test's own to stop and start";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "pg_createcluster and pg_ctlcluster need root; running as " + System.getProperty("user.name");
        }
        if (newestVersion() == null) {
            return "no PostgreSQL server under /usr/lib/postgresql";
        }
        return null;
    }

    /** Makes and starts a cluster, with an empty database {@code gazette} in it. */
    public static synchronized ThrowawayPostgres start() throws IOException, InterruptedException {
        dropLeftOvers();
        String version = newestVersion();
        String name = PREFIX + ProcessHandle.current().pid() + "-" + (++made);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(CREATE.toString(), version, name, "-p", Integer.toString(port), "--", "--auth=trust");
        ThrowawayPostgres cluster = new ThrowawayPostgres(version, name, port);
        cluster.startServer();
        cluster.execute("postgres", "create database gazette");
        return cluster;
    }

    /** {@code pg_ctlcluster ... stop -m fast}: sessions are ended, what was committed stays. */
    public void stopServer() throws IOException, InterruptedException {
        run(CTL.toString(), version, name, "stop", "-m", "fast");
    }

    /** Starts the server and waits until it takes connections. */
    public void startServer() throws IOException, InterruptedException {
        run(CTL.toString(), version, name, "start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection connection = connect("postgres")) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cluster " + name + " did not take connections", notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/gazette";
    }

    /** The environment variables that point a packaged application at the cluster's database. */
    public Map<String, String> environment() {
        return Map.of("GAZETTE_DB_URL", url(), "GAZETTE_DB_USER", "postgres");
    }

    public Connection connect() throws SQLException {
        return connect("gazette");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private void execute(String database, String sql) {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(DROP.toString(), "--stop", version, name);
    }

    private static void dropLeftOvers() throws IOException, InterruptedException {
        String listing = run("/usr/bin/pg_lsclusters", "--no-header");
        for (String line : listing.split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length > 2 && columns[1].startsWith(PREFIX)) {
                String[] parts = columns[1].substring(PREFIX.length()).split("-");
                boolean ownerAlive = ProcessHandle.of(Long.parseLong(parts[0])).isPresent();
                if (!ownerAlive) {
                    run(DROP.toString(), "--stop", columns[0], columns[1]);
                }
            }
        }
    }

    private static String newestVersion() {
        Path servers = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(servers)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(servers)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
                    .map(v -> v.getFileName().toString())
                    .filter(v -> v.matches("[0-9]+"))
                    .max(Comparator.comparingInt(Integer::parseInt))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
        }
        return output;
    }
}
