package org.gazette.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ShownDates;
import org.gazette.web.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's reads over articles of every status: the list, the dashboard's counts and charts. */
@Repository
class NewsroomArticles {

    /**
     * What the list needs beyond the article itself: who created it, when it was last written, its views.
     * The article's own fields come from {@link ArticleRepository#findAll}; sections are joined only so
     * that the list can filter by section slug.
     */
    private static final String ROW =
            """
            select a.id, u.display_name as created_by_name, a.modified_at,
                   coalesce((select sum(v.views) from article_views v where v.article_id = a.id), 0) as views
            from articles a
            left join sections s on s.id = a.section_id
            left join users u on u.id = a.created_by
            """;

    /** A listed article's id and the newsroom's own columns, before the article is read. */
    private record Listed(long id, String createdByName, Instant modifiedAt, long views) {}

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final Clock clock;

    NewsroomArticles(JdbcClient jdbc, ArticleRepository articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
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
            return rows(page(sql, query.sort().orderBy, params, wanted, offset));
        }
        List<Listed> rows = new ArrayList<>();
        int rankedCount = 0;
        if (!ids.isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            String sql = ROW + " where a.id in (:ranked)" + filters(query, params);
            params.put("ranked", ids);
            Map<Long, Listed> found = new HashMap<>();
            jdbc.sql(sql).params(params).query(NewsroomArticles::listed).list().forEach(r -> found.put(r.id(), r));
            List<Listed> inOrder =
                    ids.stream().map(found::get).filter(Objects::nonNull).toList();
            rankedCount = inOrder.size();
            rows.addAll(inOrder.subList(Math.min(offset, rankedCount), Math.min(offset + wanted, rankedCount)));
        }
        if (rows.size() < wanted) {
            Map<String, Object> params = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder(ROW)
                    .append(" where ")
                    .append(literal(query, params))
                    .append(filters(query, params));
            if (!ids.isEmpty()) {
                sql.append(" and a.id not in (:ranked)");
                params.put("ranked", ids);
            }
            rows.addAll(page(
                    sql,
                    ArticleQuery.Sort.MODIFIED.orderBy,
                    params,
                    wanted - rows.size(),
                    Math.max(0, offset - rankedCount)));
        }
        return rows(rows);
    }

    private List<Listed> page(StringBuilder sql, String orderBy, Map<String, Object> params, int limit, int offset) {
        sql.append(" order by ").append(orderBy).append(" limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(NewsroomArticles::listed)
                .list();
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
            sql.append(
                    " and a.id in (select aa.article_id from article_authors aa join authors w on w.id = aa.author_id"
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
        params.put(
                "text",
                "%"
                        + query.text()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace("%", "")
                                .replace("_", "") + "%");
        return "(lower(a.headline) like :text or lower(coalesce(a.dek, '')) like :text"
                + " or lower(a.external_id) like :text)";
    }

    Map<ArticleStatus, Long> countsByStatus(Long createdBy) {
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0L);
        }
        String sql = "select status, count(*) from articles" + (createdBy == null ? "" : " where created_by = :user")
                + " group by status";
        var statement = jdbc.sql(sql);
        if (createdBy != null) {
            statement = statement.param("user", createdBy);
        }
        statement
                .query((rs, i) -> counts.put(ArticleStatus.fromCode(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    List<ArticleRow> nextScheduled(int limit) {
        return rows(jdbc.sql(ROW + " where a.status = 'scheduled' order by a.publish_at, a.id limit :limit")
                .param("limit", limit)
                .query(NewsroomArticles::listed)
                .list());
    }

    List<ArticleRow> inReview(int limit) {
        return rows(jdbc.sql(ROW + " where a.status = 'in_review' order by a.modified_at, a.id limit :limit")
                .param("limit", limit)
                .query(NewsroomArticles::listed)
                .list());
    }

    /** First publication times since {@code since}, for the chart of stories published per day. */
    List<Instant> firstPublications(Instant since) {
        return jdbc.sql("select first_published_at from articles where first_published_at >= :since")
                .param("since", since.toEpochMilli())
                .query((rs, i) -> Instant.ofEpochMilli(rs.getLong(1)))
                .list();
    }

    /** The most viewed articles since a UTC day, in every language, with their views in that time. */
    List<ArticleRow> mostRead(long sinceEpochDay, int limit) {
        return rows(jdbc.sql(
                        """
                        select a.id, u.display_name as created_by_name, a.modified_at, v.total as views
                        from (select article_id, sum(views) as total from article_views where day >= :since
                              group by article_id) v
                        join articles a on a.id = v.article_id
                        left join users u on u.id = a.created_by
                        where a.status = 'published'
                        order by v.total desc, a.id desc limit :limit""")
                .param("since", sinceEpochDay)
                .param("limit", limit)
                .query(NewsroomArticles::listed)
                .list());
    }

    /**
     * Tag names starting with (or containing) the text, for autocomplete. With {@code reporter}, only
     * tags that a public story or one of that reporter's own articles carries: a tag used only on another
     * reporter's draft may name something under embargo.
     */
    List<String> tagNames(String prefix, int limit, Long reporter) {
        String key = prefix.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("%", "")
                .replace("_", "");
        Map<String, Object> params = new LinkedHashMap<>();
        String visible = "";
        if (reporter != null) {
            visible = " and exists (select 1 from article_tags x join articles a on a.id = x.article_id"
                    + " where x.tag_id = t.id and " + publicOrOwn(reporter, params) + ")";
        }
        params.put("contains", "%" + key + "%");
        params.put("prefix", key + "%");
        params.put("limit", limit);
        return jdbc.sql("select t.name from tags t left join article_tags at on at.tag_id = t.id"
                        + " where t.name_key like :contains" + visible
                        + " group by t.id, t.name, t.name_key"
                        + " order by case when t.name_key like :prefix then 0 else 1 end, count(at.article_id) desc,"
                        + " t.name limit :limit")
                .params(params)
                .query(String.class)
                .list();
    }

    /**
     * The credited sources the article list's filter offers: every one to an editor ({@code reporter}
     * null); to a reporter, those of public stories and of the reporter's own articles, as {@link
     * #tagNames}.
     */
    List<Link> sourceChoices(Long reporter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String visible = reporter == null
                ? ""
                : " where exists (select 1 from articles a where a.source_id = s.id and "
                        + publicOrOwn(reporter, params) + ")";
        return jdbc.sql("select s.id, s.name from sources s" + visible + " order by s.name")
                .params(params)
                .query((rs, i) -> new Link(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    /** The condition on {@code a} that readers may see the article, or that the reporter created it. */
    private String publicOrOwn(long reporter, Map<String, Object> params) {
        params.put("reporter", reporter);
        ShownDates.at(clock).bind(params);
        return "(a.created_by = :reporter or (a.status = 'published'" + ShownDates.CONDITION + "))";
    }

    private static Listed listed(ResultSet rs, int i) throws SQLException {
        return new Listed(
                rs.getLong("id"),
                rs.getString("created_by_name"),
                Instant.ofEpochMilli(rs.getLong("modified_at")),
                rs.getLong("views"));
    }

    /** The listed articles as rows, in the listed order, their content read in one batch. */
    private List<ArticleRow> rows(List<Listed> listed) {
        Map<Long, Article> found = new HashMap<>();
        articles.findAll(listed.stream().map(Listed::id).toList()).forEach(a -> found.put(a.id(), a));
        List<ArticleRow> rows = new ArrayList<>(listed.size());
        for (Listed l : listed) {
            Article a = found.get(l.id());
            if (a != null) {
                rows.add(new ArticleRow(
                        a.id(),
                        a.externalId(),
                        a.lang(),
                        a.slug(),
                        a.headline(),
                        a.status(),
                        a.section() == null ? null : a.section().name(),
                        a.source() == null ? null : a.source().name(),
                        a.createdBy(),
                        l.createdByName(),
                        l.modifiedAt(),
                        a.publishedAt(),
                        a.publishAt(),
                        l.views()));
            }
        }
        return rows;
    }
}
