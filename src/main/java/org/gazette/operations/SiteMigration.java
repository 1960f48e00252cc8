package org.gazette.operations;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.system.DatabaseKind;

/**
 * Copies a SQLite site into a PostgreSQL database, table by table in foreign-key order, committing
 * every {@value #BATCH} rows. Interrupted, it resumes where the target's rows end. It refuses a target
 * that holds anything but what Gazette's own migrations put there, unless told to resume, and ends by
 * setting the identity sequences and comparing every table on both sides.
 */
final class SiteMigration {

    static final int BATCH = 1000;

    private final PrintStream out;
    private final TableCopy.Progress progress;

    SiteMigration(PrintStream out, TableCopy.Progress progress) {
        this.out = out;
        this.progress = progress;
    }

    /** The outcome: the rows copied by this run and the tables that differ at the end (none, normally). */
    record Result(long rowsCopied, List<String> differing, List<String> onlyInTarget) {}

    Result run(Connection source, Schemas.Location target, boolean resume) throws SQLException {
        DatabaseSchema from = DatabaseSchema.read(source);
        if (from.kind() != DatabaseKind.SQLITE) {
            throw new IllegalArgumentException("migrate copies a SQLite site into PostgreSQL, and this site already "
                    + "runs on PostgreSQL (GAZETTE_DB_URL); move it with backup and restore instead");
        }
        if (target.kind() != DatabaseKind.POSTGRESQL) {
            throw new IllegalArgumentException(
                    "migrate --to takes a jdbc:postgresql: URL, got '" + Schemas.printable(target.url()) + "'");
        }
        String name = Schemas.printable(target.url());
        try (Connection to = Databases.open(target)) {
            DatabaseSchema into = DatabaseSchema.read(to);
            if (into.version() == null) {
                if (!into.names().isEmpty()) {
                    throw new IllegalStateException(name + " holds tables Gazette did not create (" + into.names()
                            + "); migrate into an empty database");
                }
                out.printf(Locale.ROOT, "creating Gazette's tables (schema version %s) in %s%n", from.version(), name);
                Schemas.migrate(target, from.version());
                into = DatabaseSchema.read(to);
            } else if (Schemas.compareVersions(into.version(), from.version()) != 0) {
                throw new IllegalStateException(name + " has Gazette's schema version " + into.version()
                        + " and this site version " + from.version() + "; migrate into an empty database");
            }
            List<String> onlyInTarget = Schemas.requireRoomFor(from, into, name);
            List<String> contents = Schemas.contents(to, into);
            if (!contents.isEmpty() && !resume) {
                throw new IllegalStateException(name + " is not empty: it holds " + String.join(", ", contents)
                        + "; pass --continue to resume an interrupted migrate into it, or migrate into an empty"
                        + " database");
            }
            if (contents.isEmpty()) {
                Schemas.empty(to, into); // the rows a new schema starts with come from the site instead
            } else {
                out.printf(Locale.ROOT, "resuming: %s already holds %s%n", name, String.join(", ", contents));
            }
            out.printf(Locale.ROOT, "copying %d tables into %s%n", from.tables().size(), name);
            long started = System.nanoTime();
            long copied = 0;
            TableCopy copy = new TableCopy(source, DatabaseKind.SQLITE, to, DatabaseKind.POSTGRESQL, BATCH);
            // in the target's foreign-key order: the target is where the keys are enforced
            for (Table destination : into.tables()) {
                Table table = from.table(destination.name());
                if (table != null) {
                    copied += copy.copy(table, destination.shapedLike(table), progress);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "copied %d rows in %.1f s (%.0f rows/s)%n",
                    copied,
                    seconds,
                    copied / Math.max(seconds, 1e-3));
            IdSequences.apply(to, into, IdSequences.read(source, from));
            Schemas.analyze(to, DatabaseKind.POSTGRESQL);
            out.println("checking every table on both sides:");
            Map<String, TableDigest> original = TableDigest.ofAll(source, from);
            Map<String, TableDigest> copies = Databases.digestsLike(to, into, from);
            List<String> differing = CopyCheck.compare(original, copies, out);
            if (!onlyInTarget.isEmpty()) {
                out.println("  left as they are (only PostgreSQL has them): " + String.join(", ", onlyInTarget));
            }
            return new Result(copied, differing, onlyInTarget);
        }
    }
}
