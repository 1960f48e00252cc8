package org.gazette.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.gazette.system.DatabaseKind;

/**
 * Takes a backup while the site serves: a consistent snapshot of the database written as one SQLite
 * file, whatever the site runs on, then the media folder, then the manifest. On SQLite the snapshot is
 * {@code VACUUM INTO}, which reads one consistent state of the database while writers go on. On
 * PostgreSQL every table is read in one REPEATABLE READ, read-only transaction (one snapshot across
 * all tables, no lock that stops writers) into a SQLite file made by Gazette's own SQLite migrations
 * at the same schema version; no external tool such as pg_dump is needed, and the backup can be
 * restored into either engine. The search index is not copied: it is rebuilt from the database.
 */
final class SiteBackup {

    private static final int BATCH = 5000;

    private final PrintStream out;

    SiteBackup(PrintStream out) {
        this.out = out;
    }

    Manifest take(DataSource site, Path dataDir, Path directory, Instant now) throws SQLException, IOException {
        long started = System.nanoTime();
        Files.createDirectories(directory);
        Path file = directory.resolve(Manifest.DATABASE).toAbsolutePath();
        DatabaseKind kind;
        Map<String, Long> ids = null;
        try (Connection connection = site.getConnection()) {
            kind = DatabaseSchema.kindOf(connection);
            out.printf(Locale.ROOT, "backing up the %s database into %s%n", engine(kind), file);
            if (kind == DatabaseKind.SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum into '" + file.toString().replace("'", "''") + "'");
                }
            } else {
                ids = snapshotPostgres(connection, file);
            }
        }
        Manifest.FileEntry database = MediaFolder.entry(file, Manifest.DATABASE);
        List<Manifest.TableEntry> tables = new ArrayList<>();
        String version;
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            DatabaseSchema schema = DatabaseSchema.read(copy);
            version = schema.version();
            if (ids == null) {
                ids = IdSequences.read(copy, schema);
            }
            for (Map.Entry<String, TableDigest> digest :
                    TableDigest.ofAll(copy, schema).entrySet()) {
                tables.add(new Manifest.TableEntry(
                        digest.getKey(),
                        digest.getValue().rows(),
                        digest.getValue().sha256()));
            }
        }
        out.printf(
                Locale.ROOT,
                "  database: %d tables, %d rows, %d bytes%n",
                tables.size(),
                tables.stream().mapToLong(Manifest.TableEntry::rows).sum(),
                database.bytes());
        List<Manifest.FileEntry> media =
                MediaFolder.copy(dataDir.resolve(Manifest.MEDIA), directory.resolve(Manifest.MEDIA));
        out.printf(
                Locale.ROOT,
                "  media: %d files, %d bytes%n",
                media.size(),
                media.stream().mapToLong(Manifest.FileEntry::bytes).sum());
        Manifest manifest =
                new Manifest(Manifest.FORMAT, now.toString(), engine(kind), version, database, tables, ids, media);
        manifest.write(directory);
        out.printf(
                Locale.ROOT,
                "backup complete in %.1f s: %s (the search index is rebuilt from the database on restore)%n",
                (System.nanoTime() - started) / 1e9,
                directory);
        return manifest;
    }

    /** Copies every table in one snapshot; returns the id marks read in it. */
    private Map<String, Long> snapshotPostgres(Connection site, Path file) throws SQLException {
        DatabaseSchema from = DatabaseSchema.read(site);
        String url = "jdbc:sqlite:" + file;
        Schemas.migrate(new Schemas.Location(url, null, null), from.version());
        boolean autoCommit = site.getAutoCommit();
        try (Connection copy = DriverManager.getConnection(url)) {
            try (Statement statement = copy.createStatement()) {
                // a new file: if the process dies the backup has no manifest and is not used anyway
                statement.execute("pragma synchronous = off");
                statement.execute("pragma foreign_keys = on");
            }
            DatabaseSchema into = DatabaseSchema.read(copy);
            if (Schemas.createMissingInSqlite(copy, from, into)) {
                into = DatabaseSchema.read(copy);
            }
            Schemas.requireRoomFor(from, into, "a backup file of schema version " + from.version());
            Schemas.empty(copy, into);
            copy.setAutoCommit(false);
            site.setAutoCommit(false);
            site.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            site.setReadOnly(true);
            TableCopy tables = new TableCopy(site, DatabaseKind.POSTGRESQL, copy, DatabaseKind.SQLITE, BATCH);
            TableCopy.Progress progress = new ConsoleProgress(out);
            for (Table destination : into.tables()) {
                Table table = from.table(destination.name());
                if (table != null) {
                    tables.copy(table, destination.shapedLike(table), progress);
                }
            }
            Map<String, Long> ids = IdSequences.read(site, from);
            Map<String, TableDigest> original = TableDigest.ofAll(site, from);
            site.commit();
            copy.commit();
            Map<String, TableDigest> copied = Databases.digestsLike(copy, into, from);
            List<String> differing = CopyCheck.compare(original, copied, out);
            if (!differing.isEmpty()) {
                throw new IllegalStateException("the backup file differs from the database in " + differing);
            }
            return ids;
        } catch (SQLException | RuntimeException e) {
            if (!site.getAutoCommit()) {
                site.rollback();
            }
            throw e;
        } finally {
            site.setReadOnly(false);
            site.setAutoCommit(autoCommit);
        }
    }

    static String engine(DatabaseKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
