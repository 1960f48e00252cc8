package org.gazette.system;

/**
 * The database engine behind the site. Almost all SQL is written once for both; the few statements
 * that differ ask this.
 */
public enum DatabaseKind {
    SQLITE,
    POSTGRESQL;

    static DatabaseKind fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "GAZETTE_DB_URL must be a jdbc:sqlite: or jdbc:postgresql: URL, got '" + jdbcUrl + "'");
    }
}
