package org.gazette.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gazette.system.DatabaseKind;

/**
 * The tables of a Gazette database, read from the database itself (JDBC metadata), in an order that
 * puts every table after the tables its foreign keys point at. Flyway's history and SQLite's own tables
 * are not site data and are left out; the schema version is read from Flyway's history instead.
 */
final class DatabaseSchema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final DatabaseKind kind;
    private final Map<String, Table> tables;
    private final String version;

    private DatabaseSchema(DatabaseKind kind, Map<String, Table> tables, String version) {
        this.kind = kind;
        this.tables = tables;
        this.version = version;
    }

    static DatabaseKind kindOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("sqlite")) {
            return DatabaseKind.SQLITE;
        }
        if (product.contains("postgres")) {
            return DatabaseKind.POSTGRESQL;
        }
        throw new IllegalArgumentException("Gazette runs on SQLite or PostgreSQL, not on " + product);
    }

    static DatabaseSchema read(Connection connection) throws SQLException {
        DatabaseKind kind = kindOf(connection);
        DatabaseMetaData meta = connection.getMetaData();
        String schema = kind == DatabaseKind.POSTGRESQL ? connection.getSchema() : null;
        Map<String, Table> found = new TreeMap<>();
        boolean history = false;
        try (ResultSet names = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (names.next()) {
                String name = names.getString("TABLE_NAME");
                if (name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    history = true;
                } else if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    found.put(name, null);
                }
            }
        }
        for (String name : new ArrayList<>(found.keySet())) {
            found.put(name, table(meta, schema, name));
        }
        return new DatabaseSchema(kind, dependencyOrder(found), history ? flywayVersion(connection) : null);
    }

    private static Table table(DatabaseMetaData meta, String schema, String name) throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (ResultSet rows = meta.getColumns(null, schema, name, "%")) {
            while (rows.next()) {
                if (name.equals(rows.getString("TABLE_NAME"))) {
                    String column = rows.getString("COLUMN_NAME");
                    columns.put(column, new Column(column, ValueKind.of(rows.getString("TYPE_NAME"))));
                }
            }
        }
        Map<Integer, Column> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, name)) {
            while (rows.next()) {
                if (name.equals(rows.getString("TABLE_NAME"))) {
                    key.put(rows.getInt("KEY_SEQ"), columns.get(rows.getString("COLUMN_NAME")));
                }
            }
        }
        Set<String> parents = new TreeSet<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, name)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME");
                if (!parent.equals(name)) {
                    parents.add(parent);
                }
            }
        }
        return new Table(name, new ArrayList<>(columns.values()), new ArrayList<>(key.values()), parents);
    }

    /** Parents before children, otherwise by name, so two reads of one schema give one order. */
    private static Map<String, Table> dependencyOrder(Map<String, Table> byName) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < byName.size()) {
            Table next = byName.values().stream()
                    .filter(table -> !placed.contains(table.name()))
                    .filter(table -> table.parents().stream()
                            .allMatch(parent -> placed.contains(parent) || !byName.containsKey(parent)))
                    .min(Comparator.comparing(Table::name))
                    .orElseThrow(() -> new IllegalStateException("the foreign keys of the tables "
                            + byName.keySet().stream()
                                    .filter(name -> !placed.contains(name))
                                    .toList()
                            + " form a cycle; they cannot be copied one table after another"));
            ordered.put(next.name(), next);
            placed.add(next.name());
        }
        return ordered;
    }

    private static String flywayVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version, success from " + FLYWAY_HISTORY
                        + " where version is not null order by installed_rank desc")) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    return rows.getString(1);
                }
            }
            return null;
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    DatabaseKind kind() {
        return kind;
    }

    /** The schema version Flyway last applied, e.g. "6"; null for a database Gazette never migrated. */
    String version() {
        return version;
    }

    boolean isBlank() {
        return tables.isEmpty() && version == null;
    }

    /** Every table, parents before children: the order to fill a database in. */
    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** Children before parents: the order to empty a database in. */
    List<Table> tablesChildrenFirst() {
        List<Table> reversed = new ArrayList<>(tables.values());
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    Table table(String name) {
        return tables.get(name);
    }

    Set<String> names() {
        return tables.keySet();
    }
}
