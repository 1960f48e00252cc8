package org.gazette.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.article.ArticleStatus;
import org.gazette.search.IndexedArticle.Term;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads articles, in any status, in the shape the index needs, straight from the database: by id for
 * the indexer, in id order and in chunks for a rebuild. Each read is the article's current state, so
 * applying a change twice, or late, still leaves the index right.
 */
@Component
class IndexSource {

    private static final String SELECT = """
            select a.id, a.external_id, a.lang, a.slug, a.headline, a.dek, b.body_html, a.published_at, a.status,
                   s.slug as section_slug, coalesce(sn.name, s.slug) as section_name,
                   src.slug as source_slug, src.name as source_name
            from articles a
            left join article_bodies b on b.article_id = a.id
            left join sections s on s.id = a.section_id
            left join section_names sn on sn.section_id = a.section_id and sn.lang = a.lang
            left join sources src on src.id = a.source_id
            """;

    private final JdbcClient jdbc;

    IndexSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The articles with these ids that still exist; a deleted one is simply absent. */
    List<IndexedArticle> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT + " where a.id in (:ids) order by a.id").param("ids", ids)
                .query(IndexSource::row).list();
        return withTerms(rows);
    }

    /** Up to {@code limit} articles with ids above {@code afterId}, in id order. */
    List<IndexedArticle> chunkAfter(long afterId, int limit) {
        List<Row> rows = jdbc.sql(SELECT + " where a.id > :after order by a.id limit :limit")
                .param("after", afterId).param("limit", limit).query(IndexSource::row).list();
        return withTerms(rows);
    }

    /**
     * Which of these articles are published right now. Reader results are checked against this, so a
     * story unpublished or deleted a moment ago leaves them at once, before the index has caught up.
     */
    Set<Long> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from articles where id in (:ids) and status = 'published'")
                .param("ids", ids).query(Long.class).list());
    }

    long count() {
        return jdbc.sql("select count(*) from articles").query(Long.class).single();
    }

    /** Every article id, for finding index entries whose article is gone. */
    List<Long> allIds() {
        return jdbc.sql("select id from articles").query(Long.class).list();
    }

    /** Articles whose row changed at or after an instant (epoch milliseconds). */
    List<Long> modifiedSince(long millis) {
        return jdbc.sql("select id from articles where modified_at >= :since").param("since", millis)
                .query(Long.class).list();
    }

    private record Row(long id, String externalId, String lang, String slug, String headline, String dek,
            String bodyHtml, long publishedAt, String status, Term section, Term source) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        String sectionSlug = rs.getString("section_slug");
        String sourceSlug = rs.getString("source_slug");
        return new Row(rs.getLong("id"), rs.getString("external_id"), rs.getString("lang"), rs.getString("slug"),
                rs.getString("headline"), rs.getString("dek"), rs.getString("body_html"), rs.getLong("published_at"),
                rs.getString("status"),
                sectionSlug == null ? null : new Term(sectionSlug, rs.getString("section_name")),
                sourceSlug == null ? null : new Term(sourceSlug, rs.getString("source_name")));
    }

    private List<IndexedArticle> withTerms(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Term>> tags = terms("""
                select x.article_id, t.slug, t.name from article_tags x join tags t on t.id = x.tag_id
                where x.article_id in (:ids) order by x.article_id, x.position""", ids);
        Map<Long, List<Term>> authors = terms("""
                select x.article_id, w.slug, w.name from article_authors x join authors w on w.id = x.author_id
                where x.article_id in (:ids) order by x.article_id, x.position""", ids);
        List<IndexedArticle> articles = new ArrayList<>(rows.size());
        for (Row r : rows) {
            articles.add(new IndexedArticle(r.id(), r.externalId(), Language.of(r.lang()), r.slug(), r.headline(),
                    r.dek(), BodyText.fromHtml(r.bodyHtml()), Instant.ofEpochMilli(r.publishedAt()),
                    ArticleStatus.fromCode(r.status()), r.section(), r.source(),
                    tags.getOrDefault(r.id(), List.of()), authors.getOrDefault(r.id(), List.of())));
        }
        return articles;
    }

    private Map<Long, List<Term>> terms(String sql, List<Long> ids) {
        Map<Long, List<Term>> terms = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Term(rs.getString(2), rs.getString(3)));
        });
        return terms;
    }
}
