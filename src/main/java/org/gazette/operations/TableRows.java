package org.gazette.operations;

import java.util.List;
import java.util.stream.Collectors;
import org.gazette.system.DatabaseKind;

/**
 * The SQL that reads a table's rows in one order on both engines: by the primary key, text compared
 * byte by byte (SQLite's BINARY collation; PostgreSQL's "C", which for UTF-8 is the same order), so a
 * copy can resume after the last key the target holds and a checksum reads the same on both sides. A
 * table without a primary key is ordered by all its columns.
 */
final class TableRows {

    private TableRows() {}

    /** Every row, in order; with {@code after}, only rows whose key comes after the key bound to the parameters. */
    static String select(Table table, DatabaseKind kind, boolean after) {
        String columns = table.columns().stream().map(Column::quoted).collect(Collectors.joining(", "));
        String sql = "select " + columns + " from " + table.quoted();
        if (after) {
            sql += " where (" + terms(table.key(), kind) + ") > ("
                    + table.key().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
        }
        return sql + " order by " + order(table, kind, false);
    }

    /** The key of the last row in order, as one row of the key's columns. */
    static String lastKey(Table table, DatabaseKind kind) {
        String columns = table.key().stream().map(Column::quoted).collect(Collectors.joining(", "));
        return "select " + columns + " from " + table.quoted() + " order by " + order(table, kind, true) + " limit 1";
    }

    static String insert(Table table) {
        return "insert into " + table.quoted() + " ("
                + table.columns().stream().map(Column::quoted).collect(Collectors.joining(", ")) + ") values ("
                + table.columns().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    static String count(Table table) {
        return "select count(*) from " + table.quoted();
    }

    private static String order(Table table, DatabaseKind kind, boolean descending) {
        boolean keyed = !table.key().isEmpty();
        List<Column> columns = keyed ? table.key() : table.columns();
        String direction = descending ? " desc" : "";
        // without a key NULLs may repeat, and the engines put them at opposite ends unless told
        String nulls = keyed ? "" : descending ? " nulls last" : " nulls first";
        return columns.stream()
                .map(column -> term(column, kind) + direction + nulls)
                .collect(Collectors.joining(", "));
    }

    private static String terms(List<Column> columns, DatabaseKind kind) {
        return columns.stream().map(column -> term(column, kind)).collect(Collectors.joining(", "));
    }

    private static String term(Column column, DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL && column.kind() == ValueKind.TEXT
                ? column.quoted() + " collate \"C\""
                : column.quoted();
    }
}
