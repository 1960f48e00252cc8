package org.gazette.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server integration tests run against (127.0.0.1:5432, user postgres, unless
 * {@code GAZETTE_TEST_POSTGRES_URL} says otherwise). Every Spring test context gets a database of its
 * own, created here and dropped when the test run ends ({@link TestRunListener}).
 */
public final class PostgresTestDatabases {

    static final String SERVER = System.getenv().getOrDefault("GAZETTE_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("GAZETTE_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("GAZETTE_TEST_POSTGRES_PASSWORD", "");

    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36) + "_"
            + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile String unavailableReason;
    private static volatile boolean probed;

    private PostgresTestDatabases() {
    }

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

    /** Creates an empty database for one test context and returns its JDBC URL. */
    public static String create() {
        String name = ("gazette_test_" + RUN + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        CREATED.add(name);
        return SERVER + name;
    }

    static void dropAll() {
        for (String name : CREATED) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }
        CREATED.clear();
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
