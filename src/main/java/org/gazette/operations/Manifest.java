package org.gazette.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, written last into its directory ({@value #FILE}): a backup without one is
 * incomplete. The database file, each table (rows and SHA-256 of its rows) and each media file (bytes
 * and SHA-256) are listed, so a restore can prove it got everything and a damaged backup is refused.
 *
 * @param format        {@value #FORMAT}
 * @param createdAt     when the snapshot was taken (ISO-8601, UTC)
 * @param engine        the site's database when the backup was taken: sqlite or postgresql
 * @param schemaVersion Gazette's schema version (Flyway) of the database file
 * @param database      the database file, a SQLite database whatever the site ran on
 * @param tables        every table, in the order they are restored
 * @param ids           per table, the highest id handed out, so a restore never hands one out again
 * @param media         the files of the media folder
 */
record Manifest(
        String format,
        String createdAt,
        String engine,
        String schemaVersion,
        FileEntry database,
        List<TableEntry> tables,
        Map<String, Long> ids,
        List<FileEntry> media) {

    static final String FILE = "manifest.json";
    static final String FORMAT = "gazette-backup-1";
    static final String DATABASE = "gazette.db";
    static final String MEDIA = "media";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record FileEntry(String name, long bytes, String sha256) {}

    record TableEntry(String name, long rows, String sha256) {
        TableDigest digest() {
            return new TableDigest(rows, sha256);
        }
    }

    void write(Path directory) {
        try {
            Path temporary = directory.resolve(FILE + ".tmp");
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
            Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(FILE), e);
        }
    }

    /** Reads the manifest of a backup directory; the message says why a directory is no backup. */
    static Manifest read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no such backup directory: " + directory);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + " is not a complete Gazette backup: it has no " + FILE);
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(Files.readString(file), Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException(file + " cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!FORMAT.equals(manifest.format())) {
            throw new IllegalArgumentException(
                    file + " is of format '" + manifest.format() + "'; this Gazette reads '" + FORMAT + "'");
        }
        if (manifest.database() == null || manifest.tables() == null || manifest.schemaVersion() == null) {
            throw new IllegalArgumentException(file + " lacks the database, its tables or its schema version");
        }
        if (!Files.isRegularFile(directory.resolve(manifest.database().name()))) {
            throw new IllegalArgumentException(directory + " is not a complete Gazette backup: its database file "
                    + manifest.database().name() + " is missing");
        }
        return manifest;
    }

    List<FileEntry> mediaFiles() {
        return media == null ? List.of() : media;
    }
}
