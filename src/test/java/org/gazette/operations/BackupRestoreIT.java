package org.gazette.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.gazette.testing.PostgresTestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * backup and restore on the run's database (SQLite in the SQLite pass, PostgreSQL in the PostgreSQL
 * pass): a round trip gives back every row of every table and every media file; a restore goes only
 * into an empty database and data directory; a backup taken while writes go on is one consistent state.
 */
class BackupRestoreIT {

    private static final int ARTICLES = 1500;

    @TempDir
    Path temp;

    private final List<String> databases = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private Site site;

    /** A site: its database and its data directory. */
    record Site(DriverManagerDataSource database, Path dataDir) {
        Connection connect() throws SQLException {
            return database.getConnection();
        }
    }

    @BeforeEach
    void sampleSite() throws Exception {
        if (PostgresTestDatabases.selected()) {
            String reason = PostgresTestDatabases.unavailableReason();
            Assumptions.assumeTrue(reason == null || PostgresTestDatabases.required(), reason);
        }
        Path dataDir = temp.resolve("site");
        Path file = SampleSite.create(dataDir, ARTICLES);
        if (!PostgresTestDatabases.selected()) {
            site = new Site(new DriverManagerDataSource("jdbc:sqlite:" + file), dataDir);
            return;
        }
        // on PostgreSQL the sample site is the SQLite sample migrated (migrate has its own tests)
        site = emptySite("site-pg");
        Files.move(dataDir.resolve("media"), site.dataDir().resolve("media"));
        try (Connection sqlite = new DriverManagerDataSource("jdbc:sqlite:" + file).getConnection()) {
            new SiteMigration(out, (table, done, total) -> {}).run(sqlite, location(site), false);
        }
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PostgresTestDatabases::drop);
    }

    /** A new site as the application leaves it before a command runs: the schema, nothing else. */
    private Site emptySite(String name) throws IOException {
        Path dataDir = Files.createDirectories(temp.resolve(name));
        String url;
        if (PostgresTestDatabases.selected()) {
            String database = PostgresTestDatabases.create();
            databases.add(database);
            url = PostgresTestDatabases.url(database);
        } else {
            url = "jdbc:sqlite:" + dataDir.resolve("gazette.db");
        }
        Schemas.migrate(new Schemas.Location(url, PostgresTestDatabases.USER, PostgresTestDatabases.PASSWORD), null);
        return new Site(
                new DriverManagerDataSource(url, PostgresTestDatabases.USER, PostgresTestDatabases.PASSWORD), dataDir);
    }

    private static Schemas.Location location(Site site) {
        return new Schemas.Location(
                site.database().getUrl(), PostgresTestDatabases.USER, PostgresTestDatabases.PASSWORD);
    }

    private Manifest backup(Path directory) throws Exception {
        return new SiteBackup(out)
                .take(site.database(), site.dataDir(), directory, Instant.parse("2026-12-03T08:00:00Z"));
    }

    private void restore(Path directory, Site into) throws Exception {
        new SiteRestore(out).restore(directory, Manifest.read(directory), into.database(), into.dataDir());
    }

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTableAndEveryMediaFile() throws Exception {
        Path directory = temp.resolve("backup");
        Manifest manifest = backup(directory);
        Site restored = emptySite("restored");

        restore(directory, restored);

        try (Connection original = site.connect();
                Connection copy = restored.connect()) {
            List<String> tables = TableContents.tables(original);
            assertThat(tables).containsAll(SampleSite.NAMED_TABLES);
            assertThat(manifest.tables())
                    .extracting(Manifest.TableEntry::name)
                    .containsExactlyInAnyOrderElementsOf(tables);
            for (String table : tables) {
                List<String> rows = TableContents.rows(original, table);
                if (SampleSite.NAMED_TABLES.contains(table)) {
                    assertThat(rows).as("sample rows in " + table).isNotEmpty();
                }
                assertThat(TableContents.rows(copy, table)).as(table).isEqualTo(rows);
            }
            assertThat(nextArticleId(copy))
                    .as("a deleted article's id is not handed out again")
                    .isEqualTo(ARTICLES + 2);
        }
        assertThat(files(restored.dataDir().resolve("media")))
                .isEqualTo(files(site.dataDir().resolve("media")));
        assertThat(manifest.mediaFiles()).hasSize(3);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .containsPattern("all \\d+ tables match")
                .contains("restored ")
                .contains("the search index is built from the database when the site starts");
    }

    @Test
    void aRestoreIntoADatabaseThatHoldsASiteIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        Path directory = temp.resolve("backup");
        backup(directory);
        Site restored = emptySite("restored");
        restore(directory, restored);
        try (Connection copy = restored.connect();
                Statement statement = copy.createStatement()) {
            statement.executeUpdate("delete from audit_log where action = 'publish'");
        }
        Site sameDatabase = new Site(restored.database(), Files.createDirectories(temp.resolve("empty-dir")));

        assertThatThrownBy(() -> restore(directory, sameDatabase))
                .hasMessageStartingWith("the site's database is not empty (it holds ")
                .hasMessageContaining("articles (" + ARTICLES + " rows)")
                .hasMessageEndingWith("); restore goes into an empty database");
        try (Connection copy = restored.connect()) {
            assertThat(TableContents.count(copy, "audit_log")).isEqualTo(1);
        }
        assertThat(files(sameDatabase.dataDir())).as("no media copied").isEmpty();
    }

    @Test
    void aRestoreIntoADataDirectoryThatHoldsFilesIsRefused() throws Exception {
        Path directory = temp.resolve("backup");
        backup(directory);
        Site restored = emptySite("restored");
        Files.writeString(restored.dataDir().resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> restore(directory, restored))
                .hasMessage("the data directory " + restored.dataDir().toAbsolutePath()
                        + " is not empty (it holds notes.txt); restore goes into an empty data directory");
        try (Connection copy = restored.connect()) {
            assertThat(TableContents.count(copy, "articles")).isZero();
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path directory = temp.resolve("backup");
        backup(directory);
        Files.write(directory.resolve("media/1-320.jpg"), new byte[] {1, 2, 3});
        Site restored = emptySite("restored");

        assertThatThrownBy(() -> restore(directory, restored))
                .hasMessageStartingWith("the backup is damaged: its media file 1-320.jpg differs from the manifest");
        try (Connection copy = restored.connect()) {
            assertThat(TableContents.count(copy, "articles")).isZero();
        }
        assertThat(restored.dataDir().resolve("media")).doesNotExist();
    }

    @Test
    void aBackupTakenWhileStoriesAreWrittenIsOneConsistentState() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong written = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection connection = site.connect()) {
                connection.setAutoCommit(false);
                for (int i = 0; writing.get(); i++) {
                    writeStory(connection, "during-" + i);
                    connection.commit();
                    written.incrementAndGet();
                }
            } catch (SQLException | RuntimeException e) {
                failure.set(e);
            }
        });
        writer.start();
        long before;
        long after;
        Manifest manifest;
        Path directory = temp.resolve("backup");
        try {
            while (written.get() < 5 && failure.get() == null) {
                Thread.sleep(10);
            }
            before = written.get();
            manifest = backup(directory);
            after = written.get();
        } finally {
            writing.set(false);
            writer.join(30_000);
        }
        assertThat(failure.get()).as("the writer went on").isNull();
        assertThat(after).as("stories written while the backup ran").isGreaterThan(before);

        Site restored = emptySite("restored");
        restore(directory, restored);

        long articles = manifest.tables().stream()
                .filter(table -> table.name().equals("articles"))
                .findFirst()
                .orElseThrow()
                .rows();
        // a story counted after its commit may be in the snapshot before it is counted
        assertThat(articles).isBetween(ARTICLES + before, ARTICLES + after + 1);
        try (Connection copy = restored.connect()) {
            assertThat(TableContents.count(copy, "articles")).isEqualTo(articles);
            assertThat(count(
                            copy,
                            "select count(*) from articles a where a.external_id like 'during-%' and not exists"
                                    + " (select 1 from article_bodies b where b.article_id = a.id)"))
                    .as("stories without their body")
                    .isZero();
            assertThat(count(
                            copy,
                            "select count(*) from articles a where a.external_id like 'during-%' and not exists"
                                    + " (select 1 from search_outbox o where o.article_id = a.id)"))
                    .as("stories without their outbox row")
                    .isZero();
            assertThat(count(
                            copy,
                            "select count(*) from search_outbox o where o.created_at = 0 and not exists"
                                    + " (select 1 from articles a where a.id = o.article_id)"))
                    .as("outbox rows without their story")
                    .isZero();
        }
    }

    /** A story, its body and its outbox row: one transaction, all or nothing in any snapshot. */
    private static void writeStory(Connection connection, String id) throws SQLException {
        long articleId;
        try (PreparedStatement article = connection.prepareStatement("insert into articles (external_id, lang, slug,"
                + " headline, published_at, status, translation_group, created_at, modified_at, content_hash) values"
                + " (?, 'en', ?, 'Written during the backup', 0, 'published', ?, 0, 0, 'x') returning id")) {
            article.setString(1, id);
            article.setString(2, id);
            article.setString(3, id);
            try (ResultSet row = article.executeQuery()) {
                row.next();
                articleId = row.getLong(1);
            }
        }
        try (PreparedStatement body = connection.prepareStatement("insert into article_bodies (article_id,"
                        + " body_source, body_format, body_html) values (?, 'x', 'text', '<p>x</p>')");
                PreparedStatement outbox = connection.prepareStatement(
                        "insert into search_outbox (article_id, created_at) values (?, 0)")) {
            body.setLong(1, articleId);
            body.executeUpdate();
            outbox.setLong(1, articleId);
            outbox.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long nextArticleId(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                ResultSet id = statement.executeQuery("insert into articles (external_id, lang, slug, headline,"
                        + " published_at, status, translation_group, created_at, modified_at, content_hash) values"
                        + " ('after', 'en', 'after', 'After', 0, 'draft', 'after', 0, 0, 'x') returning id")) {
            id.next();
            return id.getLong(1);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** File name → bytes (as hex), for comparing folders. */
    private static java.util.Map<String, String> files(Path folder) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(Files::isRegularFile).toList()) {
                files.put(
                        file.getFileName().toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
