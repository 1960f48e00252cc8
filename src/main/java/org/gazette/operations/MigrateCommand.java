package org.gazette.operations;

import java.sql.Connection;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.gazette.system.GazetteProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code migrate --to JDBC_URL}: copies this SQLite site into a PostgreSQL database. The password, if
 * the server wants one, comes from {@code GAZETTE_MIGRATE_PASSWORD} (or the URL), never from the
 * command line, where other users of the machine could read it.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "migrate",
        description = "Copy this SQLite site into a PostgreSQL database: resumable, checked table by table.")
class MigrateCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "GAZETTE_MIGRATE_PASSWORD";

    private final DataSource dataSource;
    private final GazetteProperties properties;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "JDBC_URL",
            converter = PostgresUrl.class,
            description = "the PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/gazette")
    String to;

    @Option(
            names = "--to-user",
            paramLabel = "USER",
            description = "the PostgreSQL user (password: $" + PASSWORD_VARIABLE + ")")
    String user;

    @Option(
            names = "--continue",
            description = "resume an interrupted migrate into a database that already holds part of this site")
    boolean resume;

    MigrateCommand(DataSource dataSource, GazetteProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** Refuses anything but a PostgreSQL URL before the application starts. */
    static final class PostgresUrl implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.startsWith("jdbc:postgresql:")) {
                throw new TypeConversionException("'" + Schemas.printable(value)
                        + "' is not a PostgreSQL URL; give one such as jdbc:postgresql://127.0.0.1:5432/gazette");
            }
            return value;
        }
    }

    @Override
    public Integer call() throws Exception {
        Schemas.Location target = new Schemas.Location(to, user, System.getenv(PASSWORD_VARIABLE));
        SiteMigration.Result result;
        try (Connection source = dataSource.getConnection()) {
            result = new SiteMigration(System.out, new ConsoleProgress(System.out)).run(source, target, resume);
        }
        if (!result.differing().isEmpty()) {
            throw new IllegalStateException("migrate: " + result.differing().size()
                    + " tables differ after copying (listed above): " + result.differing());
        }
        System.out.println("media: the files stay in "
                + properties.dataDir().resolve("media").toAbsolutePath()
                + "; every node serving the PostgreSQL site needs them in its own GAZETTE_DATA_DIR/media"
                + " (copy or share the folder)");
        System.out.println("done: set GAZETTE_DB_URL=" + Schemas.printable(to)
                + " (and GAZETTE_DB_USER, GAZETTE_DB_PASSWORD) and start the site; it builds its search index");
        return 0;
    }
}
