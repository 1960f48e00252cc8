package org.gazette.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gazette.system.GazetteProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code backup DIR}: a consistent backup of the database and media, taken while the site serves. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "backup",
        description = "Back up the database and media into a new directory while the site keeps serving.")
class BackupCommand implements Callable<Integer> {

    private final DataSource dataSource;
    private final GazetteProperties properties;
    private final Clock clock;

    @Parameters(
            paramLabel = "DIR",
            converter = NewDirectory.class,
            description = "a directory that does not exist yet, or is empty")
    Path directory;

    BackupCommand(DataSource dataSource, GazetteProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses a directory that holds anything, before the application starts: a backup never overwrites. */
    static final class NewDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) throws IOException {
            Path path;
            try {
                path = Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
            }
            if (Files.exists(path)) {
                if (!Files.isDirectory(path)) {
                    throw new TypeConversionException(
                            path + " is a file; name a new or empty directory for the backup");
                }
                try (Stream<Path> entries = Files.list(path)) {
                    if (entries.findAny().isPresent()) {
                        throw new TypeConversionException(
                                path + " is not empty; name a new or empty directory for the backup");
                    }
                }
            }
            return path;
        }
    }

    @Override
    public Integer call() throws Exception {
        new SiteBackup(System.out).take(dataSource, properties.dataDir(), directory, clock.instant());
        return 0;
    }
}
