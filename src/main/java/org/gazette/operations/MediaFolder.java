package org.gazette.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The media folder of a data directory (uploaded images, generated in every width), copied file by
 * file with the SHA-256 of each taken while it is copied. An upload writes its files before its row
 * commits, so the files of every image a database snapshot holds are there when the folder is copied
 * after it; files of uploads after the snapshot may come along, unreferenced and harmless. An upload's
 * temporary files are left out.
 */
final class MediaFolder {

    private MediaFolder() {}

    /** Copies the files of {@code from} (if it exists) into {@code to}; returns what was copied. */
    static List<Manifest.FileEntry> copy(Path from, Path to) throws IOException {
        List<Manifest.FileEntry> copied = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            return copied;
        }
        Files.createDirectories(to);
        List<Path> files;
        try (Stream<Path> listing = Files.list(from)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".tmp"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                copied.add(copyFile(file, to.resolve(name), name));
            } catch (java.nio.file.NoSuchFileException e) {
                // removed while the folder was copied: not part of this snapshot
            }
        }
        return copied;
    }

    /** Copies the listed files of a backup into {@code to}, refusing any whose bytes differ from the list. */
    static void restore(Path from, List<Manifest.FileEntry> files, Path to) throws IOException {
        Files.createDirectories(to);
        for (Manifest.FileEntry file : files) {
            Manifest.FileEntry copied = copyFile(from.resolve(file.name()), to.resolve(file.name()), file.name());
            if (!copied.equals(file)) {
                throw new IllegalStateException("the backup's media file " + file.name() + " is damaged: "
                        + copied.bytes() + " bytes with SHA-256 " + copied.sha256() + ", the manifest says "
                        + file.bytes() + " bytes with " + file.sha256());
            }
        }
    }

    /** Checks the listed files of a backup without copying them; returns the first problem, or null. */
    static String problem(Path from, List<Manifest.FileEntry> files) throws IOException {
        for (Manifest.FileEntry file : files) {
            Path path = from.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                return "its media file " + file.name() + " is missing";
            }
            Manifest.FileEntry found = entry(path, file.name());
            if (!found.equals(file)) {
                return "its media file " + file.name() + " differs from the manifest (" + found.bytes()
                        + " bytes, SHA-256 " + found.sha256() + ")";
            }
        }
        return null;
    }

    static Manifest.FileEntry entry(Path file, String name) throws IOException {
        MessageDigest digest = sha256();
        long bytes = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        return new Manifest.FileEntry(name, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static Manifest.FileEntry copyFile(Path source, Path target, String name) throws IOException {
        MessageDigest digest = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            bytes = in.transferTo(out);
        }
        return new Manifest.FileEntry(name, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is part of every Java runtime", e));
        }
    }
}
