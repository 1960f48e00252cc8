package org.gazette.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Says which database a test run uses, loudly when PostgreSQL tests are skipped, and clears away
 * test databases that killed runs left behind.
 */
public class TestRunListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!PostgresTestDatabases.selected()) {
            return;
        }
        String reason = PostgresTestDatabases.unavailableReason();
        if (reason == null) {
            PostgresTestDatabases.dropStale();
            System.out.println("[gazette] integration tests run against PostgreSQL at " + PostgresTestDatabases.SERVER
                    + " (one database per test context, dropped afterwards)");
        } else if (PostgresTestDatabases.required()) {
            System.out.println("[gazette] " + reason + " — and gazette.test.postgres.required=true: the run fails");
        } else {
            System.out.println();
            System.out.println("****************************************************************************");
            System.out.println("[gazette] SKIPPING the PostgreSQL integration tests: " + reason);
            System.out.println("[gazette] Start PostgreSQL (see docs/operations.md) to run them.");
            System.out.println("****************************************************************************");
            System.out.println();
        }
    }
}
