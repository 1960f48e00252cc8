package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Gives each test application context a fresh data directory and, in the PostgreSQL run, a fresh
 * PostgreSQL database; in the SQLite run the database is the SQLite file in that directory.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("gazette-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestPropertyValues values = TestPropertyValues.of("gazette.data-dir=" + dataDir);
        if (PostgresTestDatabases.selected()) {
            String database = PostgresTestDatabases.create();
            // registered before any application bean, so it is destroyed after all of them (the pool included)
            ((GenericApplicationContext) context)
                    .registerBean(
                            "gazetteTestDatabase",
                            DisposableBean.class,
                            () -> () -> PostgresTestDatabases.drop(database));
            values = values.and(
                    "gazette.db.url=" + PostgresTestDatabases.url(database),
                    "gazette.db.user=" + PostgresTestDatabases.USER,
                    "gazette.db.password=" + PostgresTestDatabases.PASSWORD);
        } else {
            values = values.and("gazette.db.url=");
        }
        values.applyTo(context);
    }
}
