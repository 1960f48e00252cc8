package org.gazette.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An article's past: its revisions (one per save, written by {@link ArticleStore}) and the dated
 * correction and update notes shown under it.
 */
@Repository
public class ArticleHistory {

    private final JdbcClient jdbc;

    ArticleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<Revision> revisions(long articleId) {
        return jdbc.sql("select * from article_revisions where article_id = :id order by version desc")
                .param("id", articleId)
                .query(ArticleHistory::revision)
                .list();
    }

    public Optional<Revision> revision(long articleId, int version) {
        return jdbc.sql("select * from article_revisions where article_id = :id and version = :version")
                .param("id", articleId)
                .param("version", version)
                .query(ArticleHistory::revision)
                .optional();
    }

    /** Oldest first, as they read under the story. */
    public List<Correction> corrections(long articleId) {
        return jdbc.sql(
                        """
                        select id, article_id, kind, note, created_at from article_corrections
                        where article_id = :id order by created_at, id""")
                .param("id", articleId)
                .query((rs, i) -> new Correction(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        Correction.Kind.fromCode(rs.getString("kind")),
                        rs.getString("note"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    /** Keeps the article's stored state as the revision of its current version. */
    void record(long articleId, Actor actor, String summary, long now) {
        jdbc.sql(
                        """
                        insert into article_revisions (article_id, version, created_at, user_id, actor, summary,
                            headline, dek, body_source, body_format, lang, slug, section, tags, authors, source,
                            source_url, status, lead_image_id)
                        select a.id, a.version, :now, :userId, :actor, :summary, a.headline, a.dek, b.body_source,
                            b.body_format, a.lang, a.slug, s.slug,
                            '', '', src.name,
                            a.source_url, a.status, a.lead_image_id
                        from articles a
                        join article_bodies b on b.article_id = a.id
                        left join sections s on s.id = a.section_id
                        left join sources src on src.id = a.source_id
                        where a.id = :id""")
                .param("id", articleId)
                .param("now", now)
                .param("userId", actor.userId())
                .param("actor", actor.name())
                .param("summary", summary)
                .update();
        // tags and authors are joined here rather than in SQL: the engines spell string aggregation differently
        String tags = String.join(
                "\n",
                jdbc.sql(
                                """
                        select t.name from article_tags at join tags t on t.id = at.tag_id
                        where at.article_id = :id order by at.position""")
                        .param("id", articleId)
                        .query(String.class)
                        .list());
        String authors = String.join(
                "\n",
                jdbc.sql(
                                """
                        select w.name from article_authors aa join authors w on w.id = aa.author_id
                        where aa.article_id = :id order by aa.position""")
                        .param("id", articleId)
                        .query(String.class)
                        .list());
        jdbc.sql(
                        """
                        update article_revisions set tags = :tags, authors = :authors
                        where article_id = :id and version = (select version from articles where id = :id)""")
                .param("tags", tags)
                .param("authors", authors)
                .param("id", articleId)
                .update();
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        long userId = rs.getLong("user_id");
        Long user = rs.wasNull() ? null : userId;
        long imageId = rs.getLong("lead_image_id");
        Long image = rs.wasNull() ? null : imageId;
        return new Revision(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getInt("version"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                user,
                rs.getString("actor"),
                rs.getString("summary"),
                rs.getString("headline"),
                rs.getString("dek"),
                rs.getString("body_source"),
                BodyFormat.fromCode(rs.getString("body_format")),
                Language.of(rs.getString("lang")),
                rs.getString("slug"),
                rs.getString("section"),
                lines(rs.getString("tags")),
                lines(rs.getString("authors")),
                rs.getString("source"),
                rs.getString("source_url"),
                ArticleStatus.fromCode(rs.getString("status")),
                image);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
