package org.gazette.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's reads over articles of every status: the list, the dashboard's counts and charts. */
@Repository
class NewsroomArticles {

    private static final String ROW = """
            select a.id, a.external_id, a.lang, a.slug, a.headline, a.status, coalesce(sn.name, s.slug) as section,
                   src.name as source, a.created_by, u.display_name as created_by_name, a.modified_at,
                   a.published_at, a.publish_at,
                   coalesce((select sum(v.views) from article_views v where v.article_id = a.id), 0) as views
            from articles a
            left join sections s on s.id = a.section_id
            left join section_names sn on sn.section_id = a.section_id and sn.lang = a.lang
            left join sources src on src.id = a.source_id
            left join users u on u.id = a.created_by
            """;

    private final JdbcClient jdbc;

    NewsroomArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArticleRow> search(ArticleQuery query) {
        StringBuilder sql = new StringBuilder(ROW).append(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.status() != null) {
            sql.append(" and a.status = :status");
            params.put("status", query.status().code());
        }
        if (query.lang() != null) {
            sql.append(" and a.lang = :lang");
            params.put("lang", query.lang().code());
        }
        if (query.section() != null) {
            sql.append(" and s.slug = :section");
            params.put("section", query.section());
        }
        if (query.sourceId() != null) {
            sql.append(" and a.source_id = :source");
            params.put("source", query.sourceId());
        }
        if (query.author() != null) {
            sql.append(" and a.id in (select aa.article_id from article_authors aa join authors w on w.id = aa.author_id"
                    + " where w.name_key = :author)");
            params.put("author", query.author().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.createdBy() != null) {
            sql.append(" and a.created_by = :createdBy");
            params.put("createdBy", query.createdBy());
        }
        if (query.text() != null) {
            // headline, dek and id; lower() folds ASCII on SQLite and everything on PostgreSQL
            sql.append(" and (lower(a.headline) like :text or lower(coalesce(a.dek, '')) like :text"
                    + " or lower(a.external_id) like :text)");
            params.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "")
                    + "%");
        }
        if (query.sort() == ArticleQuery.Sort.SCHEDULED) {
            sql.append(" and a.publish_at is not null");
        }
        sql.append(" order by ").append(query.sort().orderBy).append(" limit :limit offset :offset");
        params.put("limit", ArticleQuery.PAGE_SIZE + 1);
        params.put("offset", (query.page() - 1) * ArticleQuery.PAGE_SIZE);
        return jdbc.sql(sql.toString()).params(params).query(NewsroomArticles::row).list();
    }

    Map<ArticleStatus, Long> countsByStatus(Long createdBy) {
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0L);
        }
        String sql = "select status, count(*) from articles"
                + (createdBy == null ? "" : " where created_by = :user") + " group by status";
        var statement = jdbc.sql(sql);
        if (createdBy != null) {
            statement = statement.param("user", createdBy);
        }
        statement.query((rs, i) -> counts.put(ArticleStatus.fromCode(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    List<ArticleRow> nextScheduled(int limit) {
        return jdbc.sql(ROW + " where a.status = 'scheduled' order by a.publish_at, a.id limit :limit")
                .param("limit", limit).query(NewsroomArticles::row).list();
    }

    List<ArticleRow> inReview(int limit) {
        return jdbc.sql(ROW + " where a.status = 'in_review' order by a.modified_at, a.id limit :limit")
                .param("limit", limit).query(NewsroomArticles::row).list();
    }

    /** First publication times since {@code since}, for the chart of stories published per day. */
    List<Instant> firstPublications(Instant since) {
        return jdbc.sql("select first_published_at from articles where first_published_at >= :since")
                .param("since", since.toEpochMilli()).query((rs, i) -> Instant.ofEpochMilli(rs.getLong(1))).list();
    }

    /** The most viewed articles since a UTC day, in every language, with their views in that time. */
    List<ArticleRow> mostRead(long sinceEpochDay, int limit) {
        return jdbc.sql("""
                        select a.id, a.external_id, a.lang, a.slug, a.headline, a.status,
                               coalesce(sn.name, s.slug) as section, src.name as source, a.created_by,
                               u.display_name as created_by_name, a.modified_at, a.published_at, a.publish_at,
                               v.total as views
                        from (select article_id, sum(views) as total from article_views where day >= :since
                              group by article_id) v
                        join articles a on a.id = v.article_id
                        left join sections s on s.id = a.section_id
                        left join section_names sn on sn.section_id = a.section_id and sn.lang = a.lang
                        left join sources src on src.id = a.source_id
                        left join users u on u.id = a.created_by
                        where a.status = 'published'
                        order by v.total desc, a.id desc limit :limit""")
                .param("since", sinceEpochDay).param("limit", limit).query(NewsroomArticles::row).list();
    }

    /** Tag names starting with (or containing) the text, for autocomplete. */
    List<String> tagNames(String prefix, int limit) {
        String key = prefix.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
        return jdbc.sql("""
                        select t.name from tags t
                        left join article_tags at on at.tag_id = t.id
                        where t.name_key like :contains
                        group by t.id, t.name, t.name_key
                        order by case when t.name_key like :prefix then 0 else 1 end, count(at.article_id) desc, t.name
                        limit :limit""")
                .param("contains", "%" + key + "%").param("prefix", key + "%").param("limit", limit)
                .query(String.class).list();
    }

    private static ArticleRow row(ResultSet rs, int i) throws SQLException {
        long createdBy = rs.getLong("created_by");
        Long creator = rs.wasNull() ? null : createdBy;
        long publishAt = rs.getLong("publish_at");
        Instant scheduled = rs.wasNull() ? null : Instant.ofEpochMilli(publishAt);
        return new ArticleRow(rs.getLong("id"), rs.getString("external_id"), Language.of(rs.getString("lang")),
                rs.getString("slug"), rs.getString("headline"), ArticleStatus.fromCode(rs.getString("status")),
                rs.getString("section"), rs.getString("source"), creator, rs.getString("created_by_name"),
                Instant.ofEpochMilli(rs.getLong("modified_at")), Instant.ofEpochMilli(rs.getLong("published_at")),
                scheduled, rs.getLong("views"));
    }
}
