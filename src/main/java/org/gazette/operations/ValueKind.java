package org.gazette.operations;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * What a column holds, whatever the engine calls its type: SQLite's {@code integer} and PostgreSQL's
 * {@code int8} are both {@link #INTEGER}. Values travel between engines as plain Java values of the kind
 * (Long, Double, BigDecimal, String, byte[]), and a value is checksummed by its kind, so a row reads the
 * same on both engines.
 */
enum ValueKind {
    INTEGER,
    BOOLEAN,
    REAL,
    NUMERIC,
    TEXT,
    BYTES,
    /** Any other type (a PostgreSQL timestamp, uuid, json...): carried as text and cast by the server. */
    OTHER;

    /** The kind of a declared type name, as JDBC metadata reports it on either engine. */
    static ValueKind of(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        if (type.equals("bool") || type.equals("boolean")) {
            return BOOLEAN;
        }
        if (type.contains("int") || type.contains("serial")) {
            return INTEGER;
        }
        if (type.contains("char") || type.contains("text") || type.contains("clob")) {
            return TEXT;
        }
        if (type.contains("blob") || type.equals("bytea") || type.isEmpty()) {
            return BYTES;
        }
        if (type.contains("real") || type.contains("floa") || type.contains("doub")) {
            return REAL;
        }
        if (type.contains("numeric") || type.contains("decimal")) {
            return NUMERIC;
        }
        return OTHER;
    }

    /** Reads column {@code index} of the current row as a value of this kind; null for SQL NULL. */
    Object read(ResultSet row, int index) throws SQLException {
        Object value =
                switch (this) {
                    case INTEGER -> row.getLong(index);
                    case BOOLEAN -> row.getBoolean(index) ? 1L : 0L;
                    case REAL -> row.getDouble(index);
                    case NUMERIC -> row.getBigDecimal(index);
                    case TEXT, OTHER -> row.getString(index);
                    case BYTES -> row.getBytes(index);
                };
        return row.wasNull() ? null : value;
    }

    /** Binds a value read by any kind to a parameter of a column of this kind. */
    void bind(PreparedStatement statement, int index, Object value, boolean postgresql) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(postgresql));
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(index, ((Number) value).longValue());
            case BOOLEAN -> statement.setBoolean(index, ((Number) value).longValue() != 0);
            case REAL -> statement.setDouble(index, ((Number) value).doubleValue());
            case NUMERIC -> statement.setBigDecimal(index, new BigDecimal(value.toString()));
            case TEXT -> statement.setString(index, value.toString());
            case BYTES -> statement.setBytes(index, (byte[]) value);
            case OTHER -> {
                if (postgresql) {
                    // sent untyped, so the server casts the text to the column's own type
                    statement.setObject(index, value.toString(), Types.OTHER);
                } else {
                    statement.setString(index, value.toString());
                }
            }
        }
    }

    private int sqlType(boolean postgresql) {
        return switch (this) {
            case INTEGER -> Types.BIGINT;
            case BOOLEAN -> Types.BOOLEAN;
            case REAL -> Types.DOUBLE;
            case NUMERIC -> Types.NUMERIC;
            case TEXT -> Types.VARCHAR;
            case BYTES -> postgresql ? Types.BINARY : Types.BLOB;
            case OTHER -> postgresql ? Types.OTHER : Types.VARCHAR;
        };
    }

    /**
     * The bytes a value contributes to a table's checksum: a tag for the kind of value, so that the
     * text "1" and the number 1 differ, then the value in one canonical spelling.
     */
    static byte[] canonical(Object value) {
        if (value == null) {
            return new byte[] {'n'};
        }
        if (value instanceof byte[] bytes) {
            byte[] tagged = new byte[bytes.length + 1];
            tagged[0] = 'b';
            System.arraycopy(bytes, 0, tagged, 1, bytes.length);
            return tagged;
        }
        String text;
        char tag;
        if (value instanceof Long number) {
            tag = 'i';
            text = Long.toString(number);
        } else if (value instanceof Double number) {
            // at single precision: PostgreSQL's real holds 4 bytes, SQLite's 8, so a SQLite value copied
            // into PostgreSQL keeps the first 7 digits and no more; both sides agree on those
            tag = 'r';
            text = Float.toString(number.floatValue());
        } else if (value instanceof BigDecimal number) {
            tag = 'd';
            text = number.stripTrailingZeros().toPlainString();
        } else {
            tag = 's';
            text = value.toString();
        }
        return (tag + text).getBytes(StandardCharsets.UTF_8);
    }
}
