package org.gazette.operations;

/** A column of a table, by name, and the kind of value it holds. */
record Column(String name, ValueKind kind) {

    String quoted() {
        return DatabaseSchema.quote(name);
    }
}
