package org.gazette.operations;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.gazette.system.GazetteProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code restore DIR}: restores a backup into an empty database and data directory. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "restore",
        description = "Restore a backup into an empty database and data directory; the search index is rebuilt.")
class RestoreCommand implements Callable<Integer> {

    private final DataSource dataSource;
    private final GazetteProperties properties;

    @Parameters(paramLabel = "DIR", converter = BackupDirectory.class, description = "a directory made by backup")
    Path directory;

    RestoreCommand(DataSource dataSource, GazetteProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** Refuses what is not a complete backup before the application starts (and creates anything). */
    static final class BackupDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                Path path = Path.of(value);
                Manifest.read(path);
                return path;
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        new SiteRestore(System.out).restore(directory, Manifest.read(directory), dataSource, properties.dataDir());
        return 0;
    }
}
