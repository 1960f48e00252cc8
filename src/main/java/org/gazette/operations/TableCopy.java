package org.gazette.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gazette.system.DatabaseKind;

/**
 * Copies one table's rows from one database into the same table of another, in key order, committing
 * the target every {@code batch} rows when it runs in autocommit (a resumable copy) or leaving the
 * commit to the caller when the target is already in a transaction (an all-or-nothing copy). A resumed
 * copy starts after the last key the target holds: the target's own rows are the checkpoint, committed
 * in the same transaction as the rows they stand for.
 */
final class TableCopy {

    /** Told how far a copy got; may throw to stop it (an interrupted copy resumes later). */
    interface Progress {
        void copied(Table table, long done, long total);
    }

    private final Connection from;
    private final DatabaseKind fromKind;
    private final Connection to;
    private final DatabaseKind toKind;
    private final int batch;

    TableCopy(Connection from, DatabaseKind fromKind, Connection to, DatabaseKind toKind, int batch) {
        this.from = from;
        this.fromKind = fromKind;
        this.to = to;
        this.toKind = toKind;
        this.batch = batch;
    }

    /**
     * Copies the rows of {@code source} that the target table does not yet hold (those after its last
     * key); a table without a key is copied whole, after emptying its target. Returns the rows copied.
     */
    long copy(Table source, Table target, Progress progress) throws SQLException {
        boolean commitEachBatch = to.getAutoCommit();
        if (commitEachBatch) {
            to.setAutoCommit(false);
        }
        try {
            long total = count(from, source);
            List<Object> lastKey = source.key().isEmpty() ? emptyWhole(target) : lastKey(target);
            long done = lastKey == null ? 0 : count(to, target);
            progress.copied(source, done, total);
            List<Column> writes = target.columns();
            ValueKind[] reads = new ValueKind[writes.size()];
            for (int i = 0; i < writes.size(); i++) {
                reads[i] = kindIn(source, writes.get(i).name());
            }
            long copied = 0;
            String query = TableRows.select(withColumnsOf(source, target), fromKind, lastKey != null);
            try (Streaming streaming = Streaming.on(from, fromKind);
                    PreparedStatement select = from.prepareStatement(query);
                    PreparedStatement insert = to.prepareStatement(TableRows.insert(target))) {
                if (lastKey != null) {
                    boolean postgresql = fromKind == DatabaseKind.POSTGRESQL;
                    for (int i = 0; i < lastKey.size(); i++) {
                        source.key().get(i).kind().bind(select, i + 1, lastKey.get(i), postgresql);
                    }
                }
                select.setFetchSize(batch);
                boolean postgresql = toKind == DatabaseKind.POSTGRESQL;
                int pending = 0;
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        for (int i = 0; i < writes.size(); i++) {
                            writes.get(i).kind().bind(insert, i + 1, reads[i].read(row, i + 1), postgresql);
                        }
                        insert.addBatch();
                        if (++pending == batch) {
                            flush(insert, commitEachBatch);
                            copied += pending;
                            pending = 0;
                            progress.copied(source, done + copied, total);
                        }
                    }
                }
                if (pending > 0) {
                    flush(insert, commitEachBatch);
                    copied += pending;
                }
            }
            progress.copied(source, done + copied, total);
            return copied;
        } catch (SQLException | RuntimeException e) {
            if (commitEachBatch) {
                to.rollback();
            }
            throw e;
        } finally {
            if (commitEachBatch) {
                to.setAutoCommit(true);
            }
        }
    }

    private void flush(PreparedStatement insert, boolean commit) throws SQLException {
        insert.executeBatch();
        if (commit) {
            to.commit();
        }
    }

    /** The source table read with the target's columns, in the target's order. */
    private static Table withColumnsOf(Table source, Table target) {
        List<Column> columns = new ArrayList<>();
        for (Column column : target.columns()) {
            columns.add(new Column(column.name(), kindIn(source, column.name())));
        }
        return new Table(source.name(), columns, source.key(), source.parents());
    }

    private static ValueKind kindIn(Table table, String column) {
        return table.columns().stream()
                .filter(candidate -> candidate.name().equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + table.name() + " has no column " + column))
                .kind();
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(TableRows.count(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The key of the target's last row, or null when it has none. */
    private List<Object> lastKey(Table target) throws SQLException {
        try (Statement statement = to.createStatement();
                ResultSet row = statement.executeQuery(TableRows.lastKey(target, toKind))) {
            if (!row.next()) {
                return null;
            }
            List<Object> key = new ArrayList<>();
            for (int i = 0; i < target.key().size(); i++) {
                key.add(target.key().get(i).kind().read(row, i + 1));
            }
            return key;
        }
    }

    /** A table without a key cannot resume part way: it is emptied and copied whole. */
    private List<Object> emptyWhole(Table target) throws SQLException {
        try (Statement statement = to.createStatement()) {
            statement.executeUpdate("delete from " + target.quoted());
        }
        return null;
    }
}
