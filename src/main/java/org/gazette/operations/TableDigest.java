package org.gazette.operations;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.system.DatabaseKind;

/**
 * A table's row count and the SHA-256 of all its rows, read in key order, each value in its canonical
 * spelling ({@link ValueKind#canonical}). Two tables with the same digest hold the same rows, whichever
 * engine each lives on.
 */
record TableDigest(long rows, String sha256) {

    /** The digest of an empty table. */
    static final TableDigest EMPTY = new TableDigest(0, new Summer().hex());

    static TableDigest of(Connection connection, DatabaseKind kind, Table table) throws SQLException {
        Summer sum = new Summer();
        long rows = 0;
        try (Streaming streaming = Streaming.on(connection, kind);
                PreparedStatement statement = connection.prepareStatement(TableRows.select(table, kind, false))) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                List<Column> columns = table.columns();
                while (row.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        sum.add(ValueKind.canonical(columns.get(i).kind().read(row, i + 1)));
                    }
                    rows++;
                }
            }
        }
        return new TableDigest(rows, sum.hex());
    }

    /** The digests of every table of a schema, in its order. */
    static Map<String, TableDigest> ofAll(Connection connection, DatabaseSchema schema) throws SQLException {
        Map<String, TableDigest> digests = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            digests.put(table.name(), of(connection, schema.kind(), table));
        }
        return digests;
    }

    /** The first hex digits, enough to tell two checksums apart on a screen. */
    String shortSha() {
        return sha256.substring(0, 16);
    }

    /** Feeds values in, each preceded by its length so that no two rows run together alike. */
    private static final class Summer {
        private final MessageDigest digest;

        Summer() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        void add(byte[] value) {
            digest.update(ByteBuffer.allocate(4).putInt(value.length).array());
            digest.update(value);
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
