package org.gazette.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteConfig;

/**
 * Opens the site's database: by default a SQLite file in the data directory, or the PostgreSQL server
 * named by {@code GAZETTE_DB_URL}, optionally with a streaming replica for readers
 * ({@code GAZETTE_DB_REPLICA_URL}). Flyway picks the migration folder of the engine
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

    /**
     * The pool of the database; with a read replica ({@code GAZETTE_DB_REPLICA_URL}) a router over two
     * pools, the primary's and the replica's, that gives anonymous readers' requests the replica
     * ({@link ReaderRequests}) and everything else the primary.
     */
    @Bean
    DataSource dataSource(
            GazetteProperties properties,
            DatabaseKind kind,
            ObjectProvider<MeterRegistry> meters,
            @Value("${gazette.db.connection-timeout:PT3S}") Duration connectionTimeout) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("gazette");
        if (kind == DatabaseKind.SQLITE) {
            if (!properties.db().replicaUrl().isEmpty()) {
                throw new IllegalArgumentException("gazette.db.replica-url (GAZETTE_DB_REPLICA_URL) needs a PostgreSQL "
                        + "primary in GAZETTE_DB_URL; SQLite has no replicas");
            }
            configureSqlite(hikari, properties);
            return new HikariDataSource(hikari);
        }
        configurePostgres(hikari, properties.db().url(), properties, connectionTimeout);
        HikariDataSource primary = new HikariDataSource(hikari);
        if (properties.db().replicaUrl().isEmpty()) {
            return primary;
        }
        if (!properties.db().replicaUrl().startsWith("jdbc:postgresql:")) {
            primary.close();
            throw new IllegalArgumentException(
                    "gazette.db.replica-url (GAZETTE_DB_REPLICA_URL) must be a jdbc:postgresql: URL, got '"
                            + properties.db().replicaUrl() + "'");
        }
        HikariConfig replica = new HikariConfig();
        replica.setPoolName("gazette-replica");
        configurePostgres(replica, properties.db().replicaUrl(), properties, connectionTimeout);
        replica.setReadOnly(true);
        return new ReplicaRouting(primary, new HikariDataSource(replica), meters);
    }

    /**
     * The application's transaction template. Spring Boot's backs off as soon as any
     * {@code TransactionOperations} exists, and the session store has one of its own
     * ({@link AccountConfiguration}).
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /**
     * A request waits at most {@code connectionTimeout} (3 s by default, Hikari's own is 30 s) for a
     * connection: while the server is down or restarting, requests that need it fail fast with a 503
     * ({@link DatabaseOutageFilter}) instead of piling up, and the pool reconnects by itself when it is
     * back. A busy pool makes readers wait as long before they are told to come back.
     */
    private static void configurePostgres(
            HikariConfig hikari, String url, GazetteProperties properties, Duration connectionTimeout) {
        hikari.setJdbcUrl(url);
        hikari.setUsername(properties.db().user());
        hikari.setPassword(properties.db().password());
        hikari.setMaximumPoolSize(16);
        hikari.setConnectionTimeout(connectionTimeout.toMillis());
        // Hikari wants the validation of a connection shorter than the wait for one
        hikari.setValidationTimeout(Math.max(250, Math.min(connectionTimeout.toMillis() / 2, 5_000)));
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
