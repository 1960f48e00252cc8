package org.gazette.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.system.DatabaseKind;

/**
 * The highest id each table has handed out, so that a copy goes on numbering where the original left
 * off. Rows copied with their ids do not move a PostgreSQL identity sequence or SQLite's AUTOINCREMENT
 * counter, and an article id must never be handed out twice (caches and the search index key on it),
 * not even the id of a deleted article: so the mark is the larger of the counter and the highest id.
 */
final class IdSequences {

    private IdSequences() {}

    /** Table name → highest id handed out, for every table keyed by one integer column. */
    static Map<String, Long> read(Connection connection, DatabaseSchema schema) throws SQLException {
        Map<String, Long> counters =
                schema.kind() == DatabaseKind.SQLITE ? sqliteCounters(connection) : new HashMap<>();
        Map<String, Long> marks = new TreeMap<>();
        for (Table table : schema.tables()) {
            Column id = table.integerId();
            if (id == null) {
                continue;
            }
            long counter = schema.kind() == DatabaseKind.SQLITE
                    ? counters.getOrDefault(table.name(), 0L)
                    : postgresCounter(connection, table, id);
            marks.put(table.name(), Math.max(counter, maxId(connection, table, id)));
        }
        return marks;
    }

    /** Sets every counter so that the next id handed out is above its mark (and above every id present). */
    static void apply(Connection connection, DatabaseSchema schema, Map<String, Long> marks) throws SQLException {
        for (Table table : schema.tables()) {
            Column id = table.integerId();
            if (id == null) {
                continue;
            }
            long mark = Math.max(marks.getOrDefault(table.name(), 0L), maxId(connection, table, id));
            if (schema.kind() == DatabaseKind.POSTGRESQL) {
                setPostgres(connection, table, id, mark);
            } else if (mark > 0 && autoincrement(connection, table)) {
                setSqlite(connection, table, mark);
            }
        }
    }

    private static long maxId(Connection connection, Table table, Column id) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("select coalesce(max(" + id.quoted() + "), 0) from " + table.quoted())) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Map<String, Long> sqliteCounters(Connection connection) throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "select count(*) from sqlite_master where type = 'table' and name = 'sqlite_sequence'")) {
            exists.next();
            if (exists.getLong(1) == 0) {
                return counters;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name, seq from sqlite_sequence")) {
            while (rows.next()) {
                counters.merge(rows.getString(1), rows.getLong(2), Math::max);
            }
        }
        return counters;
    }

    /** The sequence behind an identity or serial column; null when the ids are not handed out by one. */
    private static String sequence(Connection connection, Table table, Column id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
            statement.setString(1, table.quoted());
            statement.setString(2, id.name());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long postgresCounter(Connection connection, Table table, Column id) throws SQLException {
        String sequence = sequence(connection, table, id);
        if (sequence == null) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select last_value, is_called from " + sequence)) {
            row.next();
            return row.getBoolean(2) ? row.getLong(1) : row.getLong(1) - 1;
        }
    }

    private static void setPostgres(Connection connection, Table table, Column id, long mark) throws SQLException {
        String sequence = sequence(connection, table, id);
        if (sequence == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            statement.setString(1, sequence);
            statement.setLong(2, Math.max(mark, 1));
            // is_called false: the next value is 1 itself, for a table that never had a row
            statement.setBoolean(3, mark > 0);
            statement.executeQuery().close();
        }
    }

    private static boolean autoincrement(Connection connection, Table table) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select sql from sqlite_master where type = 'table' and name = ?")) {
            statement.setString(1, table.name());
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        && row.getString(1) != null
                        && row.getString(1).toLowerCase(Locale.ROOT).contains("autoincrement");
            }
        }
    }

    private static void setSqlite(Connection connection, Table table, long mark) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update sqlite_sequence set seq = max(seq, ?) where name = ?")) {
            update.setLong(1, mark);
            update.setString(2, table.name());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("insert into sqlite_sequence (name, seq) values (?, ?)")) {
            insert.setString(1, table.name());
            insert.setLong(2, mark);
            insert.executeUpdate();
        }
    }
}
