package org.gazette.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.gazette.system.DatabaseKind;

/**
 * Gazette's schema where the operations need it outside the running site: created (by the site's own
 * Flyway migrations) in a target database or a backup file, compared between two databases, and
 * checked for content.
 */
final class Schemas {

    private Schemas() {}

    /** Where a database lives, for Flyway, which opens connections of its own. */
    record Location(String url, String user, String password) {
        DatabaseKind kind() {
            return url.startsWith("jdbc:sqlite:") ? DatabaseKind.SQLITE : DatabaseKind.POSTGRESQL;
        }
    }

    /** Applies Gazette's migrations up to {@code version} (all of them when null). */
    static void migrate(Location location, String version) {
        String folder = location.kind() == DatabaseKind.SQLITE ? "sqlite" : "postgresql";
        var configuration = Flyway.configure(Schemas.class.getClassLoader())
                .dataSource(location.url(), location.user(), location.password())
                .locations("classpath:db/migration/" + folder);
        if (version != null) {
            configuration = configuration.target(MigrationVersion.fromVersion(version));
        }
        configuration.load().migrate();
    }

    static int compareVersions(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    /**
     * Checks that every table and column of {@code from} exists in {@code to}, so a copy loses nothing;
     * returns the tables only {@code to} has (left as they are by a copy).
     */
    static List<String> requireRoomFor(DatabaseSchema from, DatabaseSchema to, String target) {
        List<String> problems = new ArrayList<>();
        for (Table table : from.tables()) {
            Table other = to.table(table.name());
            if (other == null) {
                problems.add("table " + table.name() + " is missing");
                continue;
            }
            Set<String> missing = new TreeSet<>(table.columnNames());
            missing.removeAll(other.columnNames());
            if (!missing.isEmpty()) {
                problems.add("table " + table.name() + " lacks the columns " + missing);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(target + " cannot hold this site's data: " + String.join("; ", problems));
        }
        List<String> extra = new ArrayList<>(to.names());
        extra.removeAll(from.names());
        return extra;
    }

    /**
     * What a database holds beyond what Gazette's migrations put in a new one (the sections and their
     * names): one entry per such table, e.g. "articles (12 rows)". Empty for an empty database.
     */
    static List<String> contents(Connection connection, DatabaseSchema schema) throws SQLException {
        Map<String, TableDigest> fresh = fresh(schema.version());
        List<String> contents = new ArrayList<>();
        for (Table table : schema.tables()) {
            TableDigest digest = TableDigest.of(connection, schema.kind(), table);
            if (digest.rows() > 0 && !digest.equals(fresh.get(table.name()))) {
                contents.add(table.name() + " (" + digest.rows() + " rows)");
            }
        }
        return contents;
    }

    /**
     * Creates in a SQLite backup file the tables of {@code from} that Gazette's SQLite migrations do not
     * have (a table only the PostgreSQL schema has), from their columns and key, so a backup holds every
     * table of the site. Returns whether it created any.
     */
    static boolean createMissingInSqlite(Connection sqlite, DatabaseSchema from, DatabaseSchema into)
            throws SQLException {
        boolean created = false;
        try (Statement statement = sqlite.createStatement()) {
            for (Table table : from.tables()) {
                if (into.table(table.name()) != null) {
                    continue;
                }
                List<String> definitions = new ArrayList<>();
                for (Column column : table.columns()) {
                    definitions.add(column.quoted() + " " + sqliteType(column.kind()));
                }
                if (!table.key().isEmpty()) {
                    definitions.add("primary key ("
                            + String.join(
                                    ", ",
                                    table.key().stream().map(Column::quoted).toList())
                            + ")");
                }
                statement.execute("create table " + table.quoted() + " (" + String.join(", ", definitions) + ")");
                created = true;
            }
        }
        return created;
    }

    private static String sqliteType(ValueKind kind) {
        return switch (kind) {
            case INTEGER, BOOLEAN -> "integer";
            case REAL -> "real";
            case NUMERIC -> "numeric";
            case BYTES -> "blob";
            case TEXT, OTHER -> "text";
        };
    }

    /** Gives PostgreSQL's planner statistics for tables just filled, instead of waiting for autovacuum. */
    static void analyze(Connection connection, DatabaseKind kind) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    /** Empties every table, children first, in the connection's current transaction or autocommit. */
    static void empty(Connection connection, DatabaseSchema schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Table table : schema.tablesChildrenFirst()) {
                statement.executeUpdate("delete from " + table.quoted());
            }
        }
    }

    /** The digests of the tables of a new database at this schema version: what its migrations insert. */
    private static Map<String, TableDigest> fresh(String version) throws SQLException {
        Path file;
        try {
            file = Files.createTempFile("gazette-fresh-", ".db");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file", e);
        }
        try {
            String url = "jdbc:sqlite:" + file;
            migrate(new Location(url, null, null), version);
            try (Connection connection = DriverManager.getConnection(url)) {
                return TableDigest.ofAll(connection, DatabaseSchema.read(connection));
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** A JDBC URL as it may be printed: without its query, where a password may be. */
    static String printable(String url) {
        int query = url.indexOf('?');
        String shown = query < 0 ? url : url.substring(0, query);
        return shown.toLowerCase(Locale.ROOT).contains("password") ? "the target database" : shown;
    }
}
