package org.gazette.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gazette.system.DatabaseKind;
import org.sqlite.SQLiteConfig;

/**
 * Restores a backup into the site's database (SQLite or PostgreSQL, whichever the backup was taken
 * from) and data directory. Both must be empty: a database that holds nothing but what Gazette's
 * migrations put in a new one, and a data directory with nothing but that database's file. The backup
 * is checked against its manifest before anything is written; the database is then filled in one
 * transaction and compared table by table before it commits, so a restore that fails leaves the
 * database as it found it. A backup of an older schema version is brought up to date on a copy first.
 */
final class SiteRestore {

    /** What the site itself creates in a data directory before a command runs: its SQLite file. */
    private static final Set<String> DATABASE_FILES =
            Set.of("gazette.db", "gazette.db-wal", "gazette.db-shm", "gazette.db-journal");

    private static final int BATCH = 1000;

    private final PrintStream out;

    SiteRestore(PrintStream out) {
        this.out = out;
    }

    void restore(Path backup, Manifest manifest, DataSource site, Path dataDir) throws SQLException, IOException {
        long started = System.nanoTime();
        out.printf(
                Locale.ROOT,
                "checking the backup in %s (taken %s from %s, schema version %s)%n",
                backup,
                manifest.createdAt(),
                manifest.engine(),
                manifest.schemaVersion());
        Path file = backup.resolve(manifest.database().name());
        Manifest.FileEntry database =
                MediaFolder.entry(file, manifest.database().name());
        if (!database.equals(manifest.database())) {
            throw new IllegalStateException("the backup is damaged: its database file " + file + " has "
                    + database.bytes() + " bytes with SHA-256 " + database.sha256() + ", the manifest says "
                    + manifest.database().bytes() + " bytes with "
                    + manifest.database().sha256());
        }
        String mediaProblem = MediaFolder.problem(backup.resolve(Manifest.MEDIA), manifest.mediaFiles());
        if (mediaProblem != null) {
            throw new IllegalStateException("the backup is damaged: " + mediaProblem);
        }
        List<String> occupied = occupied(dataDir);
        if (!occupied.isEmpty()) {
            throw new IllegalStateException(
                    "the data directory " + dataDir.toAbsolutePath() + " is not empty (it holds "
                            + String.join(", ", occupied) + "); restore goes into an empty data directory");
        }
        Path upgraded = null;
        try (Connection target = site.getConnection()) {
            DatabaseSchema into = DatabaseSchema.read(target);
            Map<String, TableDigest> expected = new LinkedHashMap<>();
            int order = Schemas.compareVersions(manifest.schemaVersion(), into.version());
            if (order > 0) {
                throw new IllegalStateException("the backup was taken by a newer Gazette (schema version "
                        + manifest.schemaVersion() + "); this one knows schema version " + into.version());
            }
            if (order < 0) {
                upgraded = Files.createTempFile("gazette-restore-", ".db");
                Files.copy(file, upgraded, StandardCopyOption.REPLACE_EXISTING);
                out.printf(
                        Locale.ROOT,
                        "bringing a copy of the backup from schema version %s to %s%n",
                        manifest.schemaVersion(),
                        into.version());
                Schemas.migrate(new Schemas.Location("jdbc:sqlite:" + upgraded, null, null), into.version());
                file = upgraded;
            } else {
                manifest.tables().forEach(table -> expected.put(table.name(), table.digest()));
            }
            List<String> contents = Schemas.contents(target, into);
            if (!contents.isEmpty()) {
                throw new IllegalStateException("the site's database is not empty (it holds "
                        + String.join(", ", contents) + "); restore goes into an empty database");
            }
            SQLiteConfig readOnly = new SQLiteConfig();
            readOnly.setReadOnly(true);
            try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties())) {
                DatabaseSchema from = DatabaseSchema.read(source);
                Schemas.requireRoomFor(from, into, "the site's database");
                if (expected.isEmpty()) {
                    expected.putAll(TableDigest.ofAll(source, from));
                }
                Path media = dataDir.resolve(Manifest.MEDIA);
                try {
                    MediaFolder.restore(backup.resolve(Manifest.MEDIA), manifest.mediaFiles(), media);
                    fill(source, from, target, into, manifest, expected);
                } catch (IOException | SQLException | RuntimeException e) {
                    removeRestoredMedia(media, manifest.mediaFiles());
                    throw e;
                }
                out.printf(
                        Locale.ROOT,
                        "restored %d tables and %d media files in %.1f s%n",
                        from.tables().size(),
                        manifest.mediaFiles().size(),
                        (System.nanoTime() - started) / 1e9);
            }
            out.println("the search index is built from the database when the site starts");
            if (into.kind() == DatabaseKind.POSTGRESQL) {
                out.println("other nodes on this database: start each with an empty search folder in its data "
                        + "directory, or run reindex on each, and give each the media folder");
            }
        } finally {
            if (upgraded != null) {
                Files.deleteIfExists(upgraded);
            }
        }
    }

    /** Copies every table in one transaction and commits only if every table then matches the backup. */
    private void fill(
            Connection source,
            DatabaseSchema from,
            Connection target,
            DatabaseSchema into,
            Manifest manifest,
            Map<String, TableDigest> expected)
            throws SQLException {
        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(false);
        try {
            Schemas.empty(target, into);
            TableCopy copy = new TableCopy(source, DatabaseKind.SQLITE, target, into.kind(), BATCH);
            TableCopy.Progress progress = new ConsoleProgress(out);
            // in the target's foreign-key order: the target is where the keys are enforced
            for (Table destination : into.tables()) {
                Table table = from.table(destination.name());
                if (table != null) {
                    copy.copy(table, destination.shapedLike(table), progress);
                }
            }
            IdSequences.apply(target, into, manifest.ids() == null ? Map.of() : manifest.ids());
            out.println("checking every table against the backup:");
            List<String> differing = CopyCheck.compare(expected, Databases.digestsLike(target, into, from), out);
            if (!differing.isEmpty()) {
                throw new IllegalStateException(
                        "the restored tables " + differing + " differ from the backup; nothing was restored");
            }
            target.commit();
            Schemas.analyze(target, into.kind());
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(autoCommit);
        }
    }

    /** What a data directory holds besides the site's own database file and empty folders. */
    private static List<String> occupied(Path dataDir) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return found;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (DATABASE_FILES.contains(name) || isEmptyDirectory(entry)) {
                    continue;
                }
                found.add(name);
            }
        }
        return found;
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void removeRestoredMedia(Path media, List<Manifest.FileEntry> files) {
        for (Manifest.FileEntry file : files) {
            try {
                Files.deleteIfExists(media.resolve(file.name()));
            } catch (IOException e) {
                // the data directory was empty before; what cannot be removed is named by the next attempt
            }
        }
    }
}
