package org.gazette.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gazette.article.ArticleStatus;
import org.gazette.text.Language;
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

    /** The list without the search engine: text matches headline, dek or id literally. */
    List<ArticleRow> search(ArticleQuery query) {
        return search(query, null);
    }

    /**
     * One page of the list (and one row more, to tell whether another page follows). With text,
     * {@code ranked} holds what the search engine found for it, best first; an article matches when it
     * is among them or holds the text literally in its headline, dek or id (an id, a word being typed, a
     * story saved a moment ago). Best-match order puts the ranked ones first, in their order, then the
     * literal ones, newest change first. Every other filter, the reporter's own-articles one included,
     * applies to both.
     */
    List<ArticleRow> search(ArticleQuery query, List<Long> ranked) {
        List<Long> ids = ranked == null ? List.of() : ranked;
        int offset = (query.page() - 1) * ArticleQuery.PAGE_SIZE;
        int wanted = ArticleQuery.PAGE_SIZE + 1;
        if (query.text() == null || query.sort() != ArticleQuery.Sort.RELEVANCE) {
            Map<String, Object> params = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder(ROW).append(" where 1 = 1").append(filters(query, params));
            if (query.text() != null) {
                sql.append(" and (").append(literal(query, params));
                if (!ids.isEmpty()) {
                    sql.append(" or a.id in (:ranked)");
                    params.put("ranked", ids);
                }
                sql.append(")");
            }
            return page(sql, query.sort().orderBy, params, wanted, offset);
        }
        List<ArticleRow> rows = new ArrayList<>();
        int rankedCount = 0;
        if (!ids.isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            String sql = ROW + " where a.id in (:ranked)" + filters(query, params);
            params.put("ranked", ids);
            Map<Long, ArticleRow> found = new HashMap<>();
            jdbc.sql(sql).params(params).query(NewsroomArticles::row).list().forEach(r -> found.put(r.id(), r));
            List<ArticleRow> inOrder = ids.stream().map(found::get).filter(Objects::nonNull).toList();
            rankedCount = inOrder.size();
            rows.addAll(inOrder.subList(Math.min(offset, rankedCount), Math.min(offset + wanted, rankedCount)));
        }
        if (rows.size() < wanted) {
            Map<String, Object> params = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder(ROW).append(" where ").append(literal(query, params))
                    .append(filters(query, params));
            if (!ids.isEmpty()) {
                sql.append(" and a.id not in (:ranked)");
                params.put("ranked", ids);
            }
            rows.addAll(page(sql, ArticleQuery.Sort.MODIFIED.orderBy, params, wanted - rows.size(),
                    Math.max(0, offset - rankedCount)));
        }
        return rows;
    }

    private List<ArticleRow> page(StringBuilder sql, String orderBy, Map<String, Object> params, int limit,
            int offset) {
        sql.append(" order by ").append(orderBy).append(" limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(NewsroomArticles::row).list();
    }

    /** Every filter but the text, as {@code and ...} clauses. */
    private static String filters(ArticleQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
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
        if (query.sort() == ArticleQuery.Sort.SCHEDULED) {
            sql.append(" and a.publish_at is not null");
        }
        return sql.toString();
    }

    /** The text literally in headline, dek or id; lower() folds ASCII on SQLite and everything on PostgreSQL. */
    private static String literal(ArticleQuery query, Map<String, Object> params) {
        params.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "")
                + "%");
        return "(lower(a.headline) like :text or lower(coalesce(a.dek, '')) like :text"
                + " or lower(a.external_id) like :text)";
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
