package org.gazette.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An end-to-end test of the running application: a real server on a random port, real HTTP, and the
 * real database of the run (SQLite in its own data directory, or a PostgreSQL database of its own).
 * The demo content is loaded; every test adds the data it needs under ids of its own, so tests share
 * one application and never depend on each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DatabaseAvailability.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gazette.demo-content=true",
            "gazette.views.flush-interval=PT0.5S",
            "gazette.front-page-cache=PT0.5S"
        })
@ContextConfiguration(initializers = TestEnvironment.class)
public @interface GazetteIntegrationTest {}
