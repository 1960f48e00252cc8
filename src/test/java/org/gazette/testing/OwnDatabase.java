package org.gazette.testing;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database of a test that starts applications of its own, outside Spring's test context: on a
 * PostgreSQL run an empty database, created before each test and dropped after it; on a SQLite run the
 * file in the data directory the test hands its applications. A PostgreSQL server that does not answer
 * skips the test with the reason, unless the run requires PostgreSQL. Register it on an instance field:
 * <pre>@RegisterExtension final OwnDatabase database = new OwnDatabase();</pre>
 */
public final class OwnDatabase implements BeforeEachCallback, AfterEachCallback {

    private String database;

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!PostgresTestDatabases.selected()) {
            return;
        }
        String reason = PostgresTestDatabases.unavailableReason();
        if (reason != null && !PostgresTestDatabases.required()) {
            Assumptions.abort(reason);
        }
        database = PostgresTestDatabases.create();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            PostgresTestDatabases.drop(database);
            database = null;
        }
    }

    /**
     * The Spring properties ({@code name=value}) that point an application at it; on SQLite a blank URL,
     * which is the file in the data directory, whatever the environment says.
     */
    public List<String> properties() {
        return database == null
                ? List.of("gazette.db.url=")
                : List.of(
                        "gazette.db.url=" + PostgresTestDatabases.url(database),
                        "gazette.db.user=" + PostgresTestDatabases.USER);
    }

    /** The environment variables that point a packaged application at it; none on SQLite. */
    public Map<String, String> environment() {
        return database == null
                ? Map.of()
                : Map.of(
                        "GAZETTE_DB_URL",
                        PostgresTestDatabases.url(database),
                        "GAZETTE_DB_USER",
                        PostgresTestDatabases.USER);
    }
}
