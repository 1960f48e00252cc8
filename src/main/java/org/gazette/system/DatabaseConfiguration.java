package org.gazette.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;

/**
 * Opens the site's database: by default a SQLite file in the data directory, or the PostgreSQL server
 * named by {@code GAZETTE_DB_URL}. Flyway picks the migration folder of the engine
 * ({@code db/migration/sqlite} or {@code db/migration/postgresql}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseKind databaseKind(GazetteProperties properties) {
        return properties.db().url().isEmpty()
                ? DatabaseKind.SQLITE
                : DatabaseKind.fromUrl(properties.db().url());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(GazetteProperties properties, DatabaseKind kind) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("gazette");
        if (kind == DatabaseKind.SQLITE) {
            configureSqlite(hikari, properties);
        } else {
            hikari.setJdbcUrl(properties.db().url());
            hikari.setUsername(properties.db().user());
            hikari.setPassword(properties.db().password());
            hikari.setMaximumPoolSize(16);
        }
        return new HikariDataSource(hikari);
    }

    /**
     * SQLite in WAL mode lets readers run beside one writer. Transactions begin IMMEDIATE so a writer
     * takes the write lock up front and waits its turn (busy timeout) instead of failing when two
     * deferred transactions both try to upgrade; reads run in autocommit and never wait.
     */
    private static void configureSqlite(HikariConfig hikari, GazetteProperties properties) {
        String url = properties.db().url();
        if (url.isEmpty()) {
            Path dir = properties.dataDir().toAbsolutePath();
            createDirectories(dir);
            url = "jdbc:sqlite:" + dir.resolve("gazette.db");
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(30_000);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        sqlite.setCacheSize(-32_000);
        // reading through a memory map spares a system call per page on every query
        sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(512L * 1024 * 1024));
        hikari.setJdbcUrl(url);
        hikari.setDataSourceProperties(sqlite.toProperties());
        hikari.setMaximumPoolSize(8);
        hikari.setConnectionTestQuery("select 1");
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create the data directory " + dir + " (set GAZETTE_DATA_DIR to a writable directory)", e);
        }
    }
}
