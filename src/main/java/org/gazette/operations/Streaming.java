package org.gazette.operations;

import java.sql.Connection;
import java.sql.SQLException;
import org.gazette.system.DatabaseKind;

/**
 * Lets a large query stream. PostgreSQL's driver fetches rows in batches (the fetch size) only inside a
 * transaction; in autocommit it would hold a whole table in memory. A connection already in a
 * transaction (a snapshot being read) is left as it is.
 */
final class Streaming implements AutoCloseable {

    private final Connection connection;
    private final boolean opened;

    private Streaming(Connection connection, boolean opened) {
        this.connection = connection;
        this.opened = opened;
    }

    static Streaming on(Connection connection, DatabaseKind kind) throws SQLException {
        boolean open = kind == DatabaseKind.POSTGRESQL && connection.getAutoCommit();
        if (open) {
            connection.setAutoCommit(false);
        }
        return new Streaming(connection, open);
    }

    @Override
    public void close() throws SQLException {
        if (opened) {
            try {
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
