package org.gazette.operations;

import java.util.List;
import java.util.Set;

/**
 * A table as the database describes it: its columns (in name order, the order values are read, written
 * and checksummed in), its primary key (in key order) and the tables its foreign keys point at.
 */
record Table(String name, List<Column> columns, List<Column> key, Set<String> parents) {

    Table {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        parents = Set.copyOf(parents);
    }

    String quoted() {
        return DatabaseSchema.quote(name);
    }

    /** The one integer column that is the whole key (an id that a sequence may hand out), if there is one. */
    Column integerId() {
        return key.size() == 1 && key.get(0).kind() == ValueKind.INTEGER ? key.get(0) : null;
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** This table seen through another's columns (by name, in the other's order), with this table's kinds. */
    Table shapedLike(Table other) {
        List<Column> shaped = new java.util.ArrayList<>();
        for (String name : other.columnNames()) {
            shaped.add(columns.stream()
                    .filter(column -> column.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("table " + this.name + " has no column " + name)));
        }
        return new Table(this.name, shaped, key, parents);
    }
}
