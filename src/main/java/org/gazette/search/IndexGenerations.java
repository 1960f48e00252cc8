package org.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of {@code $GAZETTE_DATA_DIR/search/}: one Lucene index per generation
 * ({@code gen-000001/}, {@code gen-000002/}, ...), a {@code current} file naming the generation the site
 * serves, and a {@code gen-NNNNNN.building} marker holding the process id of a {@code reindex} that is
 * still building that generation.
 *
 * <p>Only one process ever opens an {@code IndexWriter} on a generation: the serving process on the
 * current one, a rebuild on the new one it claimed. A rebuild closes its writer before it points
 * {@code current} at its generation, and the server opens the generation only after that.
 */
final class IndexGenerations {

    private static final Pattern NAME = Pattern.compile("gen-(\\d{6})");
    private static final String POINTER = "current";
    private static final String BUILDING = ".building";

    private final Path root;

    IndexGenerations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path directory(String generation) {
        return root.resolve(generation);
    }

    /** The generation {@code current} names, if the file exists and names one. */
    Optional<String> current() {
        try {
            String name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8)
                    .strip();
            return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(POINTER), e);
        }
    }

    /** Points {@code current} at a generation in one atomic rename, so a reader never sees half a name. */
    void makeCurrent(String generation) {
        Path temporary =
                root.resolve(POINTER + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.writeString(temporary, generation + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(
                        temporary,
                        root.resolve(POINTER),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot point " + root.resolve(POINTER) + " at " + generation, e);
        }
    }

    /**
     * Claims a new generation, numbered after every existing one, for this process: its marker and its
     * directory are created with create-only operations, so two claims never get the same number.
     */
    String claimNext(boolean marked) {
        try {
            Files.createDirectories(root);
            for (int attempt = 0; attempt < 100; attempt++) {
                String name = String.format(Locale.ROOT, "gen-%06d", highest() + 1 + attempt);
                try {
                    if (marked) {
                        Files.writeString(
                                marker(name),
                                Long.toString(ProcessHandle.current().pid()),
                                StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.WRITE);
                    }
                    Files.createDirectory(directory(name));
                    return name;
                } catch (FileAlreadyExistsException e) {
                    // another process took this number first; try the next
                }
            }
            throw new IllegalStateException("could not claim a new index generation in " + root);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create an index generation in " + root + " (is GAZETTE_DATA_DIR writable?)", e);
        }
    }

    /** Says a rebuild has finished (or given up) on a generation. */
    void unmark(String generation) {
        try {
            Files.deleteIfExists(marker(generation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generations a rebuild claimed and never finished nor gave up cleanly, by the id of the process
     * that claimed them: their marker names a process that is gone, killed (by the kernel when memory
     * ran short, say) before it could say anything. The current generation is never among them.
     */
    Map<String, String> abandoned() {
        Map<String, String> abandoned = new LinkedHashMap<>();
        Optional<String> current = current();
        for (String name : all()) {
            try {
                String pid =
                        Files.readString(marker(name), StandardCharsets.UTF_8).strip();
                if (!isBeingBuilt(name) && current.filter(name::equals).isEmpty()) {
                    abandoned.put(name, pid);
                }
            } catch (NoSuchFileException e) {
                // not a rebuild's, or finished
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return abandoned;
    }

    /** Whether a live process is still building this generation. */
    boolean isBeingBuilt(String generation) {
        try {
            long pid = Long.parseLong(
                    Files.readString(marker(generation), StandardCharsets.UTF_8).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * Deletes the generations nobody needs: not {@code keep}, not the one {@code current} names, and not
     * one a live rebuild is working on. Returns the names deleted.
     */
    List<String> deleteUnused(String keep) {
        List<String> deleted = new ArrayList<>();
        Optional<String> current = current();
        for (String name : all()) {
            if (name.equals(keep) || current.filter(name::equals).isPresent() || isBeingBuilt(name)) {
                continue;
            }
            deleteTree(directory(name));
            unmark(name);
            deleted.add(name);
        }
        return deleted;
    }

    void delete(String generation) {
        deleteTree(directory(generation));
        unmark(generation);
    }

    private List<String> all() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isDirectory(entry)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private int highest() {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                Matcher m = NAME.matcher(entry.getFileName().toString().replace(BUILDING, ""));
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return highest;
    }

    private Path marker(String generation) {
        return root.resolve(generation + BUILDING);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old index generation " + dir, e);
        }
    }
}
