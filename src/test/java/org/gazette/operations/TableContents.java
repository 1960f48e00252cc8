package org.gazette.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Every row of a table as text, read without the code under test: plain {@code select *}, values through
 * {@code getObject}, columns by name, rows sorted in Java. Two databases hold the same rows when these
 * lists are equal, whatever order or engine.
 */
final class TableContents {

    private TableContents() {}

    /** The site tables of a database, as its own catalogue lists them. */
    static List<String> tables(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String sql = product.contains("sqlite")
                ? "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
                : "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE'";
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (!rows.getString(1).equals("flyway_schema_history")) {
                    names.add(rows.getString(1));
                }
            }
        }
        names.sort(null);
        return names;
    }

    static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                TreeMap<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), text(result.getObject(i)));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from \"" + table + "\"")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean flag) {
            return "i:" + (flag ? 1 : 0);
        }
        if (value instanceof Double || value instanceof Float) {
            // PostgreSQL's real has single precision, SQLite's double: compared at the smaller one
            return "r:" + ((Number) value).floatValue();
        }
        if (value instanceof Number number) {
            return "i:" + number.longValue();
        }
        if (value instanceof byte[] bytes) {
            return "b:" + HexFormat.of().formatHex(bytes);
        }
        return "s:" + value;
    }
}
