package org.gazette.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A SQLite site with rows in every table of the schema, made of awkward values: Cyrillic and
 * Azerbaijani text, emoji, quotes, empty strings beside NULLs, long bodies, large numbers, text keys
 * whose byte order differs from a dictionary's, and a deleted last article (so the id counter is ahead
 * of the highest id). Written with plain SQL, the way no feature of Gazette would, so the copy is tested
 * on values the application might not produce.
 */
final class SampleSite {

    /** The tables the issue names, which must hold rows in the sample (and so in every copy tested). */
    static final List<String> NAMED_TABLES = List.of(
            "articles",
            "article_bodies",
            "article_revisions",
            "article_slugs",
            "tags",
            "authors",
            "sources",
            "sections",
            "section_names",
            "retired_term_slugs",
            "retired_term_names",
            "users",
            "api_tokens",
            "audit_log",
            "images",
            "wire_sources",
            "wire_items",
            "wire_item_versions",
            "wire_refusals",
            "story_clusters",
            "story_signatures",
            "story_bands");

    private SampleSite() {}

    /** Creates the schema in a new SQLite file (in {@code dataDir}) and fills it; also writes media files. */
    static Path create(Path dataDir, int articles) throws SQLException, IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("gazette.db");
        String url = "jdbc:sqlite:" + file;
        Schemas.migrate(new Schemas.Location(url, null, null), null);
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("pragma foreign_keys = on");
                statement.execute("pragma journal_mode = wal");
            }
            connection.setAutoCommit(false);
            fill(connection, articles);
            connection.commit();
        }
        Path media = Files.createDirectories(dataDir.resolve("media"));
        for (int width : new int[] {320, 640}) {
            byte[] bytes = new byte[2000 + width];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 31 + width);
            }
            Files.write(media.resolve("1-" + width + ".jpg"), bytes);
        }
        Files.writeString(media.resolve("2-320.png"), "not really a picture", StandardCharsets.UTF_8);
        return file;
    }

    private static void fill(Connection connection, int articles) throws SQLException {
        long t = 1_726_495_500_000L;
        run(connection, "insert into sections (slug, position) values ('opinion', 90)");
        run(
                connection,
                "insert into section_names (section_id, lang, name) values (9, 'en', 'Opinion'), "
                        + "(9, 'ru', 'Мнения'), (9, 'az', 'Rəy')");
        run(
                connection,
                "insert into tags (slug, name, name_key) values ('azerbaycan', 'Azərbaycan', 'azərbaycan'), "
                        + "('moskva', 'Москва', 'москва'), ('quotes', 'It''s \"quoted\"', 'it''s \"quoted\"')");
        run(
                connection,
                "insert into authors (slug, name, name_key) values ('jane-doe', 'Jane Doe', 'jane doe'), "
                        + "('leyla-aliyeva', 'Leyla Əliyeva', 'leyla əliyeva')");
        run(
                connection,
                "insert into sources (slug, name, name_key, homepage) values "
                        + "('azertag', 'Azertag', 'azertag', 'https://azertag.az/'), ('tass', 'ТАСС', 'тасс', null)");
        run(
                connection,
                "insert into users (email, display_name, password_hash, role, enabled, ui_lang, created_at,"
                        + " password_changed_at) values ('chief@example.org', 'Chief 📰', '{bcrypt}$2a$10$abc', 'admin', 1,"
                        + " 'az', " + t + ", " + t
                        + "), ('ex@example.org', 'Ex', '{bcrypt}$2a$10$def', 'reporter', 0, 'ru', "
                        + t + ", " + (t + 1) + ")");
        run(
                connection,
                "insert into api_tokens (user_id, name, token_hash, prefix, created_at, last_used_at, revoked_at)"
                        + " values (1, 'wire script', 'hash-one', 'gzt_abc', " + t
                        + ", null, null), (2, 'old', 'hash-two',"
                        + " 'gzt_def', " + t + ", " + (t + 5) + ", " + (t + 9) + ")");
        run(
                connection,
                "insert into images (sha256, media_type, width, height, alt, caption, credit, widths,"
                        + " uploaded_by, created_at) values ('aa11', 'image/jpeg', 640, 480, 'A harbour at dawn', '', null,"
                        + " '320,640', 1, " + t + "), ('bb22', 'image/png', 320, 200, 'Chart: Руб/Manat', 'Кадр', 'AP',"
                        + " '320', null, " + t + ")");
        String body = "Paragraph one — with “quotes”, 'apostrophes' and a tab\there.\n\n".repeat(120);
        try (PreparedStatement article = connection.prepareStatement("insert into articles (external_id, lang, slug,"
                        + " headline, dek, section_id, source_id, source_url, published_at, updated_at, status,"
                        + " translation_of, translation_group, created_at, modified_at, version, content_hash,"
                        + " created_by, publish_at, first_published_at, lead_image_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement bodies = connection.prepareStatement(
                        "insert into article_bodies (article_id, body_source, body_format, body_html) values (?, ?, ?, ?)");
                PreparedStatement tags = connection.prepareStatement(
                        "insert into article_tags (article_id, tag_id, position, published_at) values (?, ?, ?, ?)");
                PreparedStatement authors = connection.prepareStatement(
                        "insert into article_authors (article_id, author_id, position) values (?, ?, ?)");
                PreparedStatement slugs = connection.prepareStatement(
                        "insert into article_slugs (lang, slug, article_id) values (?, ?, ?)");
                PreparedStatement revisions = connection.prepareStatement("insert into article_revisions (article_id,"
                        + " version, created_at, user_id, actor, summary, headline, dek, body_source, body_format,"
                        + " lang, slug, section, tags, authors, source, source_url, status, lead_image_id)"
                        + " values (?, 1, ?, ?, 'chief@example.org', 'created', ?, ?, ?, 'text', ?, ?, 'politics',"
                        + " '[\"Azərbaycan\"]', '[]', 'Azertag', null, 'published', null)")) {
            String[] langs = {"en", "ru", "az"};
            for (int i = 1; i <= articles; i++) {
                String lang = langs[i % 3];
                article.setString(1, "sample-" + i);
                article.setString(2, lang);
                article.setString(3, "story-" + i);
                article.setString(
                        4,
                        switch (lang) {
                            case "ru" -> "Новость номер " + i + " 🚀";
                            case "az" -> "Xəbər nömrə " + i;
                            default -> "Story \"" + i + "\" isn't plain";
                        });
                if (i % 4 == 0) {
                    article.setNull(5, java.sql.Types.VARCHAR);
                } else {
                    article.setString(5, i % 4 == 1 ? "" : "Dek " + i);
                }
                article.setLong(6, 1 + i % 9);
                if (i % 5 == 0) {
                    article.setNull(7, java.sql.Types.BIGINT);
                } else {
                    article.setLong(7, 1 + i % 2);
                }
                article.setString(8, i % 2 == 0 ? null : "https://azertag.az/xeber/" + i);
                article.setLong(9, t + i * 60_000L);
                article.setObject(10, i % 3 == 0 ? t + i * 60_000L + 1 : null);
                article.setString(11, i % 7 == 0 ? "draft" : i % 11 == 0 ? "unpublished" : "published");
                article.setString(12, null);
                article.setString(13, "group-" + (i / 2));
                article.setLong(14, t);
                article.setLong(15, t + i);
                article.setInt(16, 1 + i % 3);
                article.setString(17, String.format(Locale.ROOT, "%064x", i));
                article.setObject(18, i % 2 == 0 ? 1L : null);
                article.setObject(19, i % 7 == 0 ? 9_000_000_000_000L : null);
                article.setObject(20, i % 7 == 0 ? null : t + i * 60_000L);
                article.setObject(21, i % 10 == 0 ? 1L : null);
                article.addBatch();
            }
            article.executeBatch();
            for (int i = 1; i <= articles; i++) {
                bodies.setLong(1, i);
                bodies.setString(2, i % 50 == 0 ? body.repeat(4) : body.substring(0, 200 + i % 500));
                bodies.setString(3, i % 2 == 0 ? "html" : "text");
                bodies.setString(4, "<p>Body " + i + " &amp; more</p>");
                bodies.addBatch();
                tags.setLong(1, i);
                tags.setLong(2, 1 + i % 3);
                tags.setInt(3, 0);
                tags.setLong(4, t + i * 60_000L);
                tags.addBatch();
                if (i % 2 == 0) {
                    tags.setLong(1, i);
                    tags.setLong(2, 1 + (i + 1) % 3);
                    tags.setInt(3, 1);
                    tags.setLong(4, t + i * 60_000L);
                    tags.addBatch();
                }
                authors.setLong(1, i);
                authors.setLong(2, 1 + i % 2);
                authors.setInt(3, 0);
                authors.addBatch();
                // old slugs whose byte order (upper case, Cyrillic) differs from a dictionary's
                slugs.setString(1, i % 2 == 0 ? "en" : "ru");
                slugs.setString(2, (i % 3 == 0 ? "Zeta-" : i % 3 == 1 ? "alpha-" : "ёж-") + i);
                slugs.setLong(3, i);
                slugs.addBatch();
                revisions.setLong(1, i);
                revisions.setLong(2, t + i);
                revisions.setObject(3, i % 2 == 0 ? 1L : null);
                revisions.setString(4, "Revision headline " + i);
                revisions.setString(5, i % 3 == 0 ? null : "dek");
                revisions.setString(6, body.substring(0, 100 + i % 300));
                revisions.setString(7, langs[i % 3]);
                revisions.setString(8, "story-" + i);
                revisions.addBatch();
            }
            bodies.executeBatch();
            tags.executeBatch();
            authors.executeBatch();
            slugs.executeBatch();
            revisions.executeBatch();
        }
        run(
                connection,
                "insert into article_views (article_id, day, views) values (1, 19982, 12), (1, 19983, "
                        + "9000000000), (2, 19983, 0)");
        run(
                connection,
                "insert into article_corrections (article_id, kind, note, created_at, user_id) values "
                        + "(1, 'correction', 'Fixed the name: Əliyev', " + t + ", 1), (2, 'update', 'Added', " + t
                        + ", null)");
        run(connection, "insert into search_outbox (article_id, created_at) values (1, " + t + "), (99999, " + t + ")");
        run(
                connection,
                "insert into audit_log (at, actor_id, actor, action, target, detail, client_address) values ("
                        + t + ", 1, 'chief@example.org', 'sign-in', null, null, '127.0.0.1'), (" + (t + 1)
                        + ", null, 'system', 'publish', 'article 1', '{\"from\":\"draft\"}', null)");
        run(
                connection,
                "insert into retired_term_slugs (kind, slug, term_id, retired_at) values ('tag', 'azerbaijan', 1, " + t
                        + "), ('section', 'polity', 1, " + t + "), ('source', 'Azertag-old', 1, " + t + ")");
        run(
                connection,
                "insert into retired_term_names (kind, name_key, term_id, retired_at) values ('source', "
                        + "'azertag news', 1, " + t + "), ('tag', 'азербайджан', 1, " + t + ")");
        run(
                connection,
                "insert into wire_sources (name, homepage, feed_url, format, interval_seconds, lang, section, "
                        + "auto_publish, enabled, created_at, last_polled_at, last_status, last_error, items_imported, "
                        + "last_success_at, items_refused, etag, last_modified) values ('Agency', null, "
                        + "'https://agency.example/rss', 'rss', 300, 'en', 'world', 1, 0, " + t + ", " + t
                        + ", 'ok', null, 42, " + t + ", 3, 'W/\"x\"', 'Mon, 16 Sep 2024 14:05:00 GMT')");
        run(
                connection,
                "insert into wire_items (source_key, source_id, guid, external_id, version, version_time, title,"
                        + " body_html, summary, link, agency, language, images, pub_status, state, article_id, received_at,"
                        + " updated_at) values ('1', 1, 'urn:1', 'agency-1', 2, " + t
                        + ", 'Wire title', '<p>x</p>', null,"
                        + " 'https://agency.example/1', 'Agency', 'en', '[]', 'usable', 'published', 1, " + t + ", " + t
                        + "), ('file', null, 'urn:2', 'file-2', null, null, 'Файл', '<p>y</p>', 's', null, null, null, '[]',"
                        + " 'withheld', 'queued', null, " + t + ", " + t + ")");
        run(
                connection,
                "insert into wire_item_versions (item_id, version, version_time, title, body_html, received_at)"
                        + " values (1, 1, " + t + ", 'Wire title v1', '<p>x</p>', " + t
                        + "), (1, 2, null, 'Wire title',"
                        + " '<p>x</p>', " + t + ")");
        run(
                connection,
                "insert into wire_refusals (source_id, guid, reason, received_at) values (1, null, 'has no title',"
                        + " " + t + ")");
        run(connection, "insert into story_clusters (lang, created_at) values ('en', " + t + "), ('ru', " + t + ")");
        try (PreparedStatement signature = connection.prepareStatement("insert into story_signatures (article_id, lang,"
                + " published_at, minhash, cluster_id, similarity) values (?, 'en', ?, ?, ?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                signature.setLong(1, i);
                signature.setLong(2, t + i);
                byte[] minhash = new byte[512];
                for (int b = 0; b < minhash.length; b++) {
                    minhash[b] = (byte) (b * i * 7);
                }
                signature.setBytes(3, minhash);
                signature.setObject(4, i == 3 ? null : 1L);
                signature.setObject(5, i == 1 ? Double.valueOf(0.875) : i == 2 ? Double.valueOf(0.3) : null);
                signature.executeUpdate();
            }
        }
        run(
                connection,
                "insert into story_bands (band, article_id) values (-9000000000000000000, 1), (42, 1), (42, 2),"
                        + " (9000000000000000000, 3)");
        // a last article that was deleted: the id counter stays ahead of the highest id, and no copy may reuse it
        run(
                connection,
                "insert into articles (external_id, lang, slug, headline, published_at, status, "
                        + "translation_group, created_at, modified_at, content_hash) values ('deleted', 'en', 'deleted', "
                        + "'Deleted', " + t + ", 'draft', 'deleted', " + t + ", " + t + ", 'x')");
        run(connection, "delete from articles where external_id = 'deleted'");
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
