package org.gazette.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections of the operations' own, outside the site's pool. */
final class Databases {

    private Databases() {}

    static Connection open(Schemas.Location location) throws SQLException {
        Properties properties = new Properties();
        if (location.user() != null && !location.user().isEmpty()) {
            properties.setProperty("user", location.user());
        }
        if (location.password() != null && !location.password().isEmpty()) {
            properties.setProperty("password", location.password());
        }
        if (location.url().startsWith("jdbc:postgresql:")) {
            // the driver sends a batch of inserts as multi-row statements: several times fewer round trips
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        try {
            return DriverManager.getConnection(location.url(), properties);
        } catch (SQLException e) {
            // the reason without its cause: the command line prints the innermost cause, here a bare
            // "Connection refused" that would not say which database
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalStateException("cannot connect to " + Schemas.printable(location.url()) + ": "
                    + reason.lines().findFirst().orElse(reason));
        }
    }

    /** The digests of {@code schema}'s tables as another database holds them (seen through the same columns). */
    static java.util.Map<String, TableDigest> digestsLike(
            Connection connection, DatabaseSchema own, DatabaseSchema like) throws SQLException {
        java.util.Map<String, TableDigest> digests = new java.util.LinkedHashMap<>();
        for (Table table : like.tables()) {
            Table mine = own.table(table.name());
            digests.put(
                    table.name(), mine == null ? null : TableDigest.of(connection, own.kind(), mine.shapedLike(table)));
        }
        return digests;
    }
}
