package org.gazette.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate, backup and restore as an operator runs them: the packaged jar, as real processes, against
 * the run's database (a SQLite data directory, or a PostgreSQL database of the test's own).
 */
class OperationsCommandLineIT {

    private static final Path JAR = Path.of("target/gazette.jar");

    @TempDir
    Path temp;

    private final List<String> databases = new ArrayList<>();

    record Run(int exitCode, String out, String err) {}

    /** Where a site lives: its environment variables and how to reach its database. */
    record Site(Map<String, String> environment, String url) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, PostgresTestDatabases.USER, PostgresTestDatabases.PASSWORD);
        }
    }

    @BeforeEach
    void packaged() {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        if (PostgresTestDatabases.selected()) {
            String reason = PostgresTestDatabases.unavailableReason();
            Assumptions.assumeTrue(reason == null || PostgresTestDatabases.required(), reason);
        }
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PostgresTestDatabases::drop);
    }

    /** A site on the run's database, in a data directory of its own (not created yet). */
    private Site site(String name) {
        return PostgresTestDatabases.selected() ? postgresSite(name) : sqliteSite(name);
    }

    private Site sqliteSite(String name) {
        Path dataDir = temp.resolve(name);
        return new Site(Map.of("GAZETTE_DATA_DIR", dataDir.toString()), "jdbc:sqlite:" + dataDir.resolve("gazette.db"));
    }

    private Site postgresSite(String name) {
        String database = PostgresTestDatabases.create();
        databases.add(database);
        String url = PostgresTestDatabases.url(database);
        return new Site(
                Map.of(
                        "GAZETTE_DATA_DIR",
                        temp.resolve(name).toString(),
                        "GAZETTE_DB_URL",
                        url,
                        "GAZETTE_DB_USER",
                        PostgresTestDatabases.USER),
                url);
    }

    private Run gazette(Site site, String... args) throws IOException, InterruptedException {
        Process process = start(site, "run", args);
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("command finished")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(temp.resolve("run.out")),
                Files.readString(temp.resolve("run.err")));
    }

    private Process start(Site site, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("GAZETTE_DB_URL");
        builder.environment().putAll(site.environment());
        builder.redirectOutput(temp.resolve(name + ".out").toFile())
                .redirectError(temp.resolve(name + ".err").toFile());
        return builder.start();
    }

    private Path stories(int count) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(TestArticle.story("ops").json()).append('\n');
        }
        Path file = Files.createTempFile(temp, "stories", ".jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void backupThenRestoreIntoANewSiteGivesBackEveryTableAndARestoreIntoItAgainIsRefused() throws Exception {
        Site site = site("site");
        assertThat(gazette(site, "import", stories(3).toString()).exitCode()).isZero();
        Path backup = temp.resolve("backup");

        Run taken = gazette(site, "backup", backup.toString());

        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("backup complete in ").contains(backup.toString());
        assertThat(backup.resolve("manifest.json")).isRegularFile();
        Run again = gazette(site, "backup", backup.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err().lines().findFirst())
                .hasValue("gazette: Invalid value for positional parameter at index 0 (DIR): " + backup
                        + " is not empty; name a new or empty directory for the backup"
                        + " (try: java -jar gazette.jar backup --help)");

        Site restored = site("restored");
        Run restore = gazette(restored, "restore", backup.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).containsPattern("all \\d+ tables match").contains("restored ");
        try (Connection original = site.connect();
                Connection copy = restored.connect()) {
            for (String table : TableContents.tables(original)) {
                assertThat(TableContents.rows(copy, table)).as(table).isEqualTo(TableContents.rows(original, table));
            }
            assertThat(TableContents.count(copy, "articles")).isEqualTo(3);
        }

        Run twice = gazette(restored, "restore", backup.toString());
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err().strip())
                .startsWith("gazette: the site's database is not empty (it holds ")
                .contains("articles (3 rows)")
                .endsWith("); restore goes into an empty database");
    }

    @Test
    void restoringWhatIsNoBackupExits2WithTheReasonAndCreatesNothing() throws Exception {
        Site site = site("untouched");
        Path missing = temp.resolve("no-such-backup");

        Run run = gazette(site, "restore", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst())
                .hasValue("gazette: Invalid value for positional parameter at index 0 (DIR): no such backup directory: "
                        + missing + " (try: java -jar gazette.jar restore --help)");
        assertThat(temp.resolve("untouched")).as("data directory").doesNotExist();

        Files.createDirectories(missing);
        Run incomplete = gazette(site, "restore", missing.toString());
        assertThat(incomplete.exitCode()).isEqualTo(2);
        assertThat(incomplete.err()).contains(missing + " is not a complete Gazette backup: it has no manifest.json");
        assertThat(temp.resolve("untouched")).as("data directory").doesNotExist();
    }

    @Test
    void aBackupTakenWhileTheSiteServesAndStoriesAreImportedRestores() throws Exception {
        Site site = site("serving");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> serving = new HashMap<>(site.environment());
        serving.put("SERVER_PORT", String.valueOf(port));
        Process server = start(new Site(serving, site.url()), "server");
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            URI home = URI.create("http://127.0.0.1:" + port + "/en/");
            awaitServing(http, home, server);
            Process importing = start(site, "import", "import", stories(400).toString());
            AtomicInteger answered = new AtomicInteger();
            Thread reader = new Thread(() -> {
                while (importing.isAlive()) {
                    try {
                        if (http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200) {
                            answered.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // counted as not answered
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            reader.start();
            Path backup = temp.resolve("backup");

            Run taken = gazette(site, "backup", backup.toString());

            assertThat(importing.waitFor(180, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            assertThat(taken.exitCode()).as(taken.err()).isZero();
            assertThat(importing.exitValue())
                    .as(Files.readString(temp.resolve("import.err")))
                    .isZero();
            assertThat(answered.get())
                    .as("pages served during the import and backup")
                    .isPositive();

            Site restored = site("restored");
            Run restore = gazette(restored, "restore", backup.toString());
            assertThat(restore.exitCode()).as(restore.err()).isZero();
            assertThat(restore.out()).containsPattern("all \\d+ tables match");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitServing(HttpClient http, URI home, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the site is running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the site did not answer " + home + " within 120 s");
    }

    @Test
    void migrateCopiesASqliteSiteIntoPostgresqlRefusesToDoItTwiceAndResumesWhenTold() throws Exception {
        Assumptions.assumeTrue(PostgresTestDatabases.selected(), "migrate is tested in the PostgreSQL pass");
        Site site = sqliteSite("sqlite-site");
        assertThat(gazette(site, "import", stories(5).toString()).exitCode()).isZero();
        String database = PostgresTestDatabases.create();
        databases.add(database);
        String url = PostgresTestDatabases.url(database);

        Run run = gazette(site, "migrate", "--to", url, "--to-user", PostgresTestDatabases.USER);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("copying ")
                .containsPattern("all \\d+ tables match")
                .contains("done: set GAZETTE_DB_URL=" + url);
        Run again = gazette(site, "migrate", "--to", url, "--to-user", PostgresTestDatabases.USER);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip())
                .startsWith("gazette: " + url + " is not empty: it holds ")
                .contains("articles (5 rows)")
                .endsWith(
                        "pass --continue to resume an interrupted migrate into it, or migrate into an empty database");
        Run resumed = gazette(site, "migrate", "--to", url, "--to-user", PostgresTestDatabases.USER, "--continue");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("copied 0 rows");

        Site migrated = new Site(
                Map.of(
                        "GAZETTE_DATA_DIR",
                        temp.resolve("sqlite-site").toString(),
                        "GAZETTE_DB_URL",
                        url,
                        "GAZETTE_DB_USER",
                        PostgresTestDatabases.USER),
                url);
        Run reindex = gazette(migrated, "reindex");
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).containsPattern("indexed 5 articles into gen-\\d{6}");
        Run fromPostgres = gazette(migrated, "migrate", "--to", url);
        assertThat(fromPostgres.exitCode()).isEqualTo(1);
        assertThat(fromPostgres.err().strip())
                .isEqualTo("gazette: migrate copies a SQLite site into PostgreSQL, and this site already runs on "
                        + "PostgreSQL (GAZETTE_DB_URL); move it with backup and restore instead");
    }

    @Test
    void migrateToSomethingThatIsNotPostgresqlExits2WithoutCreatingTheDataDirectory() throws Exception {
        Site site = sqliteSite("untouched");

        Run run = gazette(site, "migrate", "--to", "jdbc:mysql://127.0.0.1/gazette");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst())
                .hasValue("gazette: Invalid value for option '--to': 'jdbc:mysql://127.0.0.1/gazette' is not a"
                        + " PostgreSQL URL; give one such as jdbc:postgresql://127.0.0.1:5432/gazette"
                        + " (try: java -jar gazette.jar migrate --help)");
        assertThat(temp.resolve("untouched")).doesNotExist();
    }
}
