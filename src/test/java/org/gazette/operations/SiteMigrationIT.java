package org.gazette.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.PostgresTestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate's copy of a SQLite site into a real PostgreSQL server, checked row for row by a reader that
 * shares no code with it. Runs in the PostgreSQL pass of the integration tests.
 */
class SiteMigrationIT {

    private static final int ARTICLES = 2500;

    @TempDir
    Path dataDir;

    private final List<String> databases = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private Connection source;

    @BeforeEach
    void sampleSite() throws Exception {
        Assumptions.assumeTrue(PostgresTestDatabases.selected(), "migrate is tested in the PostgreSQL pass");
        Assumptions.assumeTrue(
                PostgresTestDatabases.unavailableReason() == null || PostgresTestDatabases.required(),
                PostgresTestDatabases.unavailableReason());
        Path file = SampleSite.create(dataDir, ARTICLES);
        source = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        if (source != null) {
            source.close();
        }
        databases.forEach(PostgresTestDatabases::drop);
    }

    /**
     * A new database whose text order is a dictionary's (ICU, English), not the byte order SQLite
     * uses: resuming after the last key and comparing tables must not depend on the server's default.
     */
    private Schemas.Location newDatabase() {
        String name = PostgresTestDatabases.create(
                "template template0 locale_provider icu icu_locale 'en-US' locale 'C.UTF-8'");
        databases.add(name);
        return new Schemas.Location(
                PostgresTestDatabases.url(name), PostgresTestDatabases.USER, PostgresTestDatabases.PASSWORD);
    }

    private SiteMigration.Result migrate(Schemas.Location target, boolean resume, TableCopy.Progress progress)
            throws SQLException {
        return new SiteMigration(out, progress).run(source, target, resume);
    }

    private static TableCopy.Progress quiet() {
        return (table, done, total) -> {};
    }

    @Test
    void migrateCopiesEveryTableRowForRowAndSaysSo() throws SQLException {
        Schemas.Location target = newDatabase();

        SiteMigration.Result result = migrate(target, false, new ConsoleProgress(out));

        assertThat(result.differing()).isEmpty();
        assertSameRows(target);
        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("creating Gazette's tables")
                .contains("  articles: " + ARTICLES + " rows (")
                .containsPattern("copied \\d+ rows in [0-9.]+ s \\(\\d+ rows/s\\)")
                .containsPattern("articles +" + ARTICLES + " +" + ARTICLES + "  [0-9a-f]{16} ok")
                .containsPattern("all \\d+ tables match: \\d+ rows");
    }

    @Test
    void idsGoOnWhereTheSiteLeftOffWithoutReusingADeletedArticlesId() throws SQLException {
        Schemas.Location target = newDatabase();
        migrate(target, false, quiet());

        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password());
                Statement statement = to.createStatement();
                ResultSet id = statement.executeQuery("insert into articles (external_id, lang, slug, headline,"
                        + " published_at, status, translation_group, created_at, modified_at, content_hash) values"
                        + " ('after', 'en', 'after', 'After', 0, 'draft', 'after', 0, 0, 'x') returning id")) {
            id.next();
            // the sample's last article (ARTICLES + 1) was deleted; its id is never handed out again
            assertThat(id.getLong(1)).isEqualTo(ARTICLES + 2);
        }
    }

    @Test
    void anInterruptedMigrateIsRefusedWithoutContinueAndResumedWithIt() throws SQLException {
        Schemas.Location target = newDatabase();
        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password());
                Statement statement = to.createStatement();
                ResultSet order = statement.executeQuery("select 'alpha-1' < 'Zeta-1'")) {
            order.next();
            assertThat(order.getBoolean(1))
                    .as("the target orders text as a dictionary does, unlike SQLite")
                    .isTrue();
        }
        TableCopy.Progress failing = (table, done, total) -> {
            // told after each committed batch of 1000 rows: stops with the first batch of this table in
            if (table.name().equals("article_slugs") && done >= 1000) {
                throw new IllegalStateException("interrupted at " + done);
            }
        };
        assertThatThrownBy(() -> migrate(target, false, failing)).hasMessage("interrupted at 1000");
        long slugsCopied = count(target, "article_slugs");
        assertThat(slugsCopied).as("committed batches stay").isEqualTo(1000);

        assertThatThrownBy(() -> migrate(target, false, quiet()))
                .hasMessageContaining(" is not empty: it holds ")
                .hasMessageContaining("articles (" + ARTICLES + " rows)")
                .hasMessageContaining("pass --continue to resume");
        assertThat(count(target, "article_slugs"))
                .as("a refused migrate changes nothing")
                .isEqualTo(slugsCopied);

        long missing = rows(source) - rows(target);
        printed.reset();
        SiteMigration.Result resumed = migrate(target, true, new ConsoleProgress(out));

        assertThat(resumed.differing()).isEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("resuming: ")
                .contains("  article_slugs: resuming after 1000 of " + ARTICLES + " rows");
        assertThat(resumed.rowsCopied())
                .as("rows already copied are not copied again")
                .isEqualTo(missing);
        assertSameRows(target);
    }

    @Test
    void aTargetThatHoldsASiteIsRefusedAndLeftAsItWas() throws SQLException {
        Schemas.Location target = newDatabase();
        migrate(target, false, quiet());
        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password());
                Statement statement = to.createStatement()) {
            statement.executeUpdate("delete from audit_log where action = 'publish'");
        }

        assertThatThrownBy(() -> migrate(target, false, quiet()))
                .hasMessageContaining("is not empty: it holds ")
                .hasMessageContaining("users (2 rows)");
        assertThat(count(target, "audit_log")).isEqualTo(1);
    }

    @Test
    void aDatabaseWithTablesOfAnotherApplicationIsRefused() throws SQLException {
        Schemas.Location target = newDatabase();
        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password());
                Statement statement = to.createStatement()) {
            statement.execute("create table invoices (id bigint primary key)");
        }

        assertThatThrownBy(() -> migrate(target, false, quiet()))
                .hasMessageEndingWith(
                        "holds tables Gazette did not create ([invoices]); migrate into an empty database");
    }

    /** Every table of the site, compared row for row, and the tables the issue names are not empty. */
    private void assertSameRows(Schemas.Location target) throws SQLException {
        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            List<String> tables = TableContents.tables(source);
            assertThat(tables).containsAll(SampleSite.NAMED_TABLES);
            assertThat(TableContents.tables(to)).containsAll(tables);
            for (String table : tables) {
                List<String> expected = TableContents.rows(source, table);
                if (SampleSite.NAMED_TABLES.contains(table)) {
                    assertThat(expected).as("sample rows in " + table).isNotEmpty();
                }
                assertThat(TableContents.rows(to, table)).as(table).isEqualTo(expected);
            }
        }
    }

    /** All rows of the site's tables in a database. */
    private long rows(Connection connection) throws SQLException {
        long rows = 0;
        for (String table : TableContents.tables(source)) {
            rows += TableContents.count(connection, table);
        }
        return rows;
    }

    private long rows(Schemas.Location target) throws SQLException {
        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            return rows(to);
        }
    }

    private static long count(Schemas.Location target, String table) throws SQLException {
        try (Connection to = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            return TableContents.count(to, table);
        }
    }
}
