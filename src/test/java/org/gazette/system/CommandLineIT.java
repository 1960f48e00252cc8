package org.gazette.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gazette.testing.OwnDatabase;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's commands, run as a real process against a data directory of their own. */
class CommandLineIT {

    private static final Path JAR = Path.of("target/gazette.jar");

    @TempDir
    Path dataDir;

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase();

    private final Map<String, String> environment = new HashMap<>();

    record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void configure() {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        environment.put("GAZETTE_DATA_DIR", dataDir.toString());
        environment.putAll(database.environment());
    }

    private Run gazette(String... args) throws IOException, InterruptedException {
        return gazetteWithInput(null, args);
    }

    private Run gazetteWithInput(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            Path in = Files.createTempFile(dataDir, "in", ".txt");
            Files.writeString(in, stdin);
            builder.redirectInput(in.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("command finished")
                .isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void importLoadsAFileAndSaysWhatItDid() throws IOException, InterruptedException, SQLException {
        Path file = dataDir.resolve("good.jsonl");
        Files.writeString(
                file,
                TestArticle.story("cli").json() + "\n"
                        + TestArticle.story("cli").json() + "\n",
                StandardCharsets.UTF_8);

        Run run = gazette("import", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 lines: 2 created, 0 updated, 0 unchanged, 0 refused");

        Run again = gazette("import", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("2 lines: 0 created, 0 updated, 2 unchanged, 0 refused");
        assertThat(articlesStored())
                .as("a command never loads the demo content")
                .isEqualTo(2);
    }

    private long articlesStored() throws SQLException {
        String url = environment.getOrDefault("GAZETTE_DB_URL", "jdbc:sqlite:" + dataDir.resolve("gazette.db"));
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from articles")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void importWithBadLinesListsThemAndExitsNonZero() throws IOException, InterruptedException {
        Path file = dataDir.resolve("mixed.jsonl");
        Files.writeString(
                file,
                TestArticle.story("cli").json() + "\n"
                        + "not json at all\n"
                        + TestArticle.story("cli").with("lang", "de").json() + "\n",
                StandardCharsets.UTF_8);

        Run run = gazette("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("line 2: invalid JSON")
                .contains("line 3: field 'lang' names an unknown language 'de'")
                .contains("3 lines: 1 created, 0 updated, 0 unchanged, 2 refused");
        assertThat(run.err().strip()).isEqualTo("gazette: import: 2 of 3 lines refused (listed above)");
    }

    @Test
    void importRefusesDatesOutsideTheStoryRangeNamingTheLineAndTheField() throws IOException, InterruptedException {
        Path file = dataDir.resolve("dates.jsonl");
        Files.writeString(
                file,
                TestArticle.story("cli").with("date", "+99999-01-01T00:00:00Z").json() + "\n"
                        + TestArticle.story("cli").json() + "\n"
                        + TestArticle.story("cli")
                                .with("updated", "-0001-01-01T00:00:00Z")
                                .json() + "\n",
                StandardCharsets.UTF_8);

        Run run = gazette("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("line 1: field 'date' must lie between 1900-01-01T00:00:00Z and 24 hours from now (")
                .contains("got '+99999-01-01T00:00:00Z'")
                .contains("line 3: field 'updated' must lie between 1900-01-01T00:00:00Z")
                .contains("got '-0001-01-01T00:00:00Z'")
                .contains("3 lines: 1 created, 0 updated, 0 unchanged, 2 refused");
    }

    @Test
    void importTakesAnRssFileAndListsItsRefusedItems() throws IOException, InterruptedException, SQLException {
        Path file = dataDir.resolve("wire.xml");
        Files.writeString(
                file,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Agency</title><language>en</language>
                <item><title>Budget passes</title><guid>https://agency.example/1</guid>
                  <pubDate>Mon, 16 Sep 2024 14:05:00 GMT</pubDate><description>The vote was 80 to 20.</description>
                  <source url="https://azertag.example/">Azertag</source></item>
                <item><guid>https://agency.example/2</guid><description>No headline.</description></item>
                </channel></rss>
                """,
                StandardCharsets.UTF_8);

        Run run = gazette("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("item 2 (https://agency.example/2): has no title")
                .contains("rss: 2 items: 1 created, 0 updated, 0 withdrawn, 0 unchanged, 1 refused");
        assertThat(run.err().strip()).isEqualTo("gazette: import: 1 items refused (listed above)");
        assertThat(articlesStored()).isEqualTo(1);

        Path hostile = dataDir.resolve("hostile.xml");
        Files.writeString(
                hostile,
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss><channel><title>&x;</title></channel></rss>",
                StandardCharsets.UTF_8);
        Run refused = gazette("import", hostile.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("declares a DTD");
        assertThat(articlesStored()).isEqualTo(1);
    }

    @Test
    void reindexRebuildsTheSearchIndexAndSaysHowFarItGot() throws IOException, InterruptedException {
        Path file = dataDir.resolve("stories.jsonl");
        Files.writeString(
                file,
                TestArticle.story("cli").json() + "\n"
                        + TestArticle.story("cli").json() + "\n",
                StandardCharsets.UTF_8);
        assertThat(gazette("import", file.toString()).exitCode()).isZero();

        Run run = gazette("reindex");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("… 2 of 2 articles, ")
                .contains(" a second, about 0 s left")
                .containsPattern("indexed 2 articles into gen-\\d{6} in [0-9.]+ s");
        Path search = dataDir.resolve("search");
        String current = Files.readString(search.resolve("current")).strip();
        assertThat(search.resolve(current)).isDirectory();
        assertThat(run.out()).contains("indexed 2 articles into " + current);
    }

    @Test
    void tagEntitiesTagsEveryStoryAndSaysHowFast() throws IOException, InterruptedException, SQLException {
        Path file = dataDir.resolve("named.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append(TestArticle.story("cli")
                            .with(
                                    "body",
                                    "President Ilham Aliyev received the Secretary General of the United Nations in"
                                            + " Baku.\n\nThe talks in the capital of Azerbaijan lasted two hours.")
                            .json())
                    .append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        assertThat(gazette("import", file.toString()).exitCode()).isZero();

        Run queueOnly = gazette("tag-entities", "--queue-only");
        assertThat(queueOnly.exitCode()).as(queueOnly.err()).isZero();
        assertThat(queueOnly.out()).contains("queued 5 stories").doesNotContain("tagged");
        assertThat(count("select count(distinct article_id) from article_entities"))
                .isZero();

        Run run = gazette("tag-entities");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("queued 5 stories")
                .containsPattern("tagged 5 stories \\([0-9,]+ mentions\\) in [0-9.]+ s: [0-9.]+ stories per second")
                .contains("0 failed");
        assertThat(count("select count(distinct article_id) from article_entities"))
                .as("every story names its entities")
                .isEqualTo(5);
        assertThat(count("select count(*) from entities where slug = 'ilham-aliyev'"))
                .as("one entity for the five stories")
                .isEqualTo(1);
        assertThat(count("select count(*) from entity_queue"))
                .as("nothing left queued")
                .isZero();
    }

    private long count(String sql) throws SQLException {
        String url = environment.getOrDefault("GAZETTE_DB_URL", "jdbc:sqlite:" + dataDir.resolve("gazette.db"));
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void missingFileAndUnknownOptionsFailWithOneLine() throws IOException, InterruptedException {
        Run missing = gazette("import", dataDir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("gazette: import: no such file: " + dataDir.resolve("nope.jsonl"));

        Run unknown = gazette("import", "--frobnicate", "x");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines().findFirst())
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("gazette: Unknown option: '--frobnicate'"));
    }

    @Test
    void aMisspeltCommandPrintsTheUsageAndExits2WithoutCreatingTheDataDirectory()
            throws IOException, InterruptedException {
        Path untouched = dataDir.resolve("data");
        environment.put("GAZETTE_DATA_DIR", untouched.toString());

        Run run = gazette("improt", dataDir.resolve("stories.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().findFirst())
                .hasValue("gazette: Unmatched arguments from index 0: 'improt', '" + dataDir.resolve("stories.jsonl")
                        + "' (try: java -jar gazette.jar --help)");
        assertThat(run.err())
                .contains("Usage: java -jar gazette.jar [-hV] [COMMAND]")
                .contains("  import ")
                .contains("  reindex ")
                .contains("  create-admin ")
                .contains("  create-token ")
                .contains("  migrate ")
                .contains("  backup ")
                .contains("  restore ");
        assertThat(run.out())
                .as("no application started")
                .doesNotContain("Tomcat")
                .doesNotContain("Started");
        assertThat(untouched).as("data directory").doesNotExist();
    }

    @Test
    void anUnknownOptionOfAnyCommandPrintsItsUsageAndExits2WithoutCreatingTheDataDirectory()
            throws IOException, InterruptedException {
        Path untouched = dataDir.resolve("data");
        environment.put("GAZETTE_DATA_DIR", untouched.toString());
        List<List<String>> commandLines = List.of(
                List.of("import", "--frobnicate", "stories.jsonl"),
                List.of("reindex", "--frobnicate"),
                List.of("create-admin", "--email", "chief@example.org", "--frobnicate"),
                List.of("create-token", "--email", "chief@example.org", "--name", "x", "--frobnicate"),
                List.of("migrate", "--to", "jdbc:postgresql://127.0.0.1:5432/x", "--frobnicate"),
                // restore checks its DIR as it parses, before unknown options are reported: see OperationsCommandLineIT
                List.of("backup", "--frobnicate", dataDir.resolve("backup").toString()));

        for (List<String> commandLine : commandLines) {
            Run run = gazette(commandLine.toArray(String[]::new));

            String command = commandLine.get(0);
            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().lines().findFirst())
                    .as(command)
                    .hasValue("gazette: Unknown option: '--frobnicate' (try: java -jar gazette.jar " + command
                            + " --help)");
            assertThat(run.err()).as(command).contains("Usage: java -jar gazette.jar " + command);
            assertThat(untouched).as("data directory after " + command).doesNotExist();
        }
    }

    @Test
    void createAdminReadsThePasswordFromStandardInputAndCreateTokenPrintsATokenOnce()
            throws IOException, InterruptedException {
        Run admin = gazetteWithInput("lantern harbour quiet 42\n", "create-admin", "--email", "Chief@Example.org");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("created admin chief@example.org");

        Run token = gazette("create-token", "--email", "chief@example.org", "--name", "wire script");
        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out().strip()).matches("gzt_[A-Za-z0-9_-]{43}");
    }

    @Test
    void createAdminTakesThePasswordFromTheEnvironmentAndRefusesAWeakOne() throws IOException, InterruptedException {
        environment.put("GAZETTE_ADMIN_PASSWORD", "password123!");
        Run weak = gazette("create-admin", "--email", "weak@example.org");
        assertThat(weak.exitCode()).as(weak.out()).isNotZero();
        assertThat(weak.err())
                .as("exit %d, out: %s", weak.exitCode(), weak.out())
                .contains("gazette: a password must not be built around a common word");

        environment.put("GAZETTE_ADMIN_PASSWORD", "copper kettle morning 7");
        assertThat(gazette("create-admin", "--email", "strong@example.org").exitCode())
                .isZero();
        Run again = gazette("create-admin", "--email", "strong@example.org");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("a user with the e-mail address 'strong@example.org' already exists");
    }

    @Test
    void createAdminWithoutAnyPasswordFailsWithAReason() throws IOException, InterruptedException {
        Run run = gazetteWithInput("", "create-admin", "--email", "nopass@example.org");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no password");
    }

    @Test
    void createTokenForAnUnknownUserFailsWithAReason() throws IOException, InterruptedException {
        Run run = gazette("create-token", "--email", "ghost@example.org", "--name", "x");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("gazette: no user with the e-mail address 'ghost@example.org'");
    }
}
