package org.gazette.search;

import java.time.Clock;
import java.util.List;
import org.gazette.article.ArticleChanged;
import org.gazette.taxonomy.TermChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code search_outbox} table: which articles the index has yet to catch up with. A row is written
 * by a plain (synchronous) event listener, so it joins the transaction that changed the article: both
 * commit, or neither does, whichever process made the change (the site, an import, a command).
 */
@Component
class SearchOutbox {

    /** One pending change: the outbox row's id and the article it names. */
    record Entry(long id, long articleId) {}

    /** Ids per statement: well inside every engine's limit on bound parameters. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void record(ArticleChanged change) {
        jdbc.sql("insert into search_outbox (article_id, created_at) values (:article, :now)")
                .param("article", change.articleId())
                .param("now", clock.millis())
                .update();
    }

    /**
     * A renamed, re-slugged or merged term changes what its articles are indexed under; they are queued
     * in the transaction that changed the term, a statement per thousand articles.
     */
    @EventListener
    void record(TermChanged change) {
        List<Long> ids = change.articleIds();
        long now = clock.millis();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // one insert ... select inside the term's transaction, rather than a read through ArticleRepository
            // and a write: the outbox row must name only articles that exist in that same transaction
            jdbc.sql(
                            "insert into search_outbox (article_id, created_at) select id, :now from articles where id in (:ids)")
                    .param("now", now)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .update();
        }
    }

    /**
     * The oldest pending changes. A change whose transaction commits late may carry a smaller id than
     * one already applied; it is still here, and still applied, because rows leave only by {@link #remove}.
     */
    List<Entry> next(int limit) {
        return jdbc.sql("select id, article_id from search_outbox order by id limit :limit")
                .param("limit", limit)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    void remove(List<Entry> applied) {
        if (applied.isEmpty()) {
            return;
        }
        jdbc.sql("delete from search_outbox where id in (:ids)")
                .param("ids", applied.stream().map(Entry::id).toList())
                .update();
    }

    /** Drops rows written before an instant (epoch ms), once an index rebuilt from the database holds them. */
    void removeWrittenBefore(long millis) {
        if (millis != Long.MIN_VALUE) {
            jdbc.sql("delete from search_outbox where created_at < :before")
                    .param("before", millis)
                    .update();
        }
    }

    long pending() {
        return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
    }
}
