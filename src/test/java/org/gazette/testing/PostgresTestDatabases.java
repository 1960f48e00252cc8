package org.gazette.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server integration tests run against (127.0.0.1:5432, user postgres, unless
 * {@code GAZETTE_TEST_POSTGRES_URL} says otherwise). Every Spring test context gets a database of its
 * own, created here and dropped when that context closes (after its connection pool), see
 * {@link TestEnvironment}.
 */
public final class PostgresTestDatabases {

    public static final String SERVER =
            System.getenv().getOrDefault("GAZETTE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = System.getenv().getOrDefault("GAZETTE_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("GAZETTE_TEST_POSTGRES_PASSWORD", "");

    /** Test databases are named {@code gazette_test_<epoch seconds>_<pid>_<n>}, so stale ones can be found. */
    private static final String PREFIX = "gazette_test_";

    private static final String RUN =
            (System.currentTimeMillis() / 1000) + "_" + ProcessHandle.current().pid();
    private static final long STALE_AFTER_SECONDS = 6 * 3600;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile String unavailableReason;
    private static volatile boolean probed;

    private PostgresTestDatabases() {}

    /** Whether this run's integration tests target PostgreSQL ({@code -Dgazette.test.database=postgresql}). */
    public static boolean selected() {
        return "postgresql".equals(System.getProperty("gazette.test.database"));
    }

    /** Whether a missing server fails the run instead of skipping its PostgreSQL tests (CI sets it). */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("gazette.test.postgres.required", "false"));
    }

    /** Null when the server answers, otherwise why it does not. */
    public static synchronized String unavailableReason() {
        if (!probed) {
            probed = true;
            try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
                unavailableReason = null;
            } catch (SQLException e) {
                unavailableReason = "PostgreSQL not reachable at " + SERVER + " as " + USER + ": " + e.getMessage();
            }
        }
        return unavailableReason;
    }

    /** Creates an empty database for one test context; returns its name (see {@link #url}). */
    public static String create() {
        return create("");
    }

    /**
     * Creates an empty database with options of {@code create database} (such as a collation whose
     * order differs from the byte order); returns its name.
     */
    public static String create(String options) {
        String name = (PREFIX + RUN + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        execute("create database " + name + (options.isEmpty() ? "" : " " + options));
        return name;
    }

    public static String url(String database) {
        return SERVER + database;
    }

    /** Drops a test database once nothing uses it any more. */
    public static void drop(String database) {
        try {
            execute("drop database if exists " + database + " with (force)");
        } catch (RuntimeException e) {
            System.err.println("[gazette] could not drop test database " + database + ": " + e.getMessage());
        }
    }

    /** Drops databases left behind by runs that were killed before they could clean up. */
    static void dropStale() {
        long now = System.currentTimeMillis() / 1000;
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement();
                var names = statement.executeQuery(
                        "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            List<String> stale = new ArrayList<>();
            while (names.next()) {
                String name = names.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                try {
                    if (now - Long.parseLong(parts[0]) > STALE_AFTER_SECONDS) {
                        stale.add(name);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
            stale.forEach(PostgresTestDatabases::drop);
        } catch (SQLException e) {
            System.err.println("[gazette] could not look for stale test databases: " + e.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
