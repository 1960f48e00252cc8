package org.gazette.search;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.gazette.article.ArticleChanged;
import org.gazette.entity.EntitiesChanged;
import org.gazette.taxonomy.TermChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code search_outbox} table: the article changes every node's index has to apply. A row is written
 * by a plain (synchronous) event listener, so it joins the transaction that changed the article: both
 * commit, or neither does, whichever process made the change (the site, an import, a command). Rows are
 * not deleted when applied, since every node applies each of them to its own index from its own
 * position; they are pruned by age.
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
        if (change.fromAnotherNode()) {
            return; // that node wrote the row in its own transaction
        }
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
        if (change.fromAnotherNode()) {
            return;
        }
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

    /** Stories tagged again or whose entities changed: their entity facets are read again. */
    @EventListener
    void record(EntitiesChanged change) {
        if (change.fromAnotherNode()) {
            return;
        }
        List<Long> ids = List.copyOf(change.articleIds());
        long now = clock.millis();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql(
                            "insert into search_outbox (article_id, created_at) select id, :now from articles where id in (:ids)")
                    .param("now", now)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .update();
        }
    }

    /**
     * The next rows for a node that has applied every row up to {@code position}, and none of the
     * {@code gaps} (ids below it that were not there when it passed them: a transaction that took its id
     * earlier may still commit), oldest first.
     */
    List<Entry> after(long position, Collection<Long> gaps, int limit) {
        List<Long> waiting = firstOf(gaps);
        return jdbc.sql("select id, article_id from search_outbox where id > :position"
                        + (waiting.isEmpty() ? "" : " or id in (:gaps)")
                        + " order by id limit :limit")
                .param("position", position)
                .param("gaps", waiting)
                .param("limit", limit)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** How many rows a node at this position has yet to apply, and when the oldest of them was written. */
    Backlog backlog(long position, Collection<Long> gaps) {
        List<Long> waiting = firstOf(gaps);
        return jdbc.sql("select count(*), min(created_at) from search_outbox where id > :position"
                        + (waiting.isEmpty() ? "" : " or id in (:gaps)"))
                .param("position", position)
                .param("gaps", waiting)
                .query((rs, i) -> {
                    long oldest = rs.getLong(2);
                    return new Backlog(rs.getLong(1), rs.wasNull() ? Long.MIN_VALUE : oldest);
                })
                .single();
    }

    /** Rows a node has yet to apply: how many, and when the oldest was written (epoch ms; none: MIN_VALUE). */
    record Backlog(long rows, long oldestWrittenAt) {}

    /**
     * Where a node starts whose index holds every change written before an instant (a built or rebuilt
     * index): just before the first row written since, or after the last row when there is none. With no
     * instant (an index from before positions were kept) it starts before every row still there.
     */
    long positionFrom(long writtenSince) {
        if (writtenSince == Long.MIN_VALUE) {
            return 0;
        }
        Long first = nullableLong(jdbc.sql("select min(id) from search_outbox where created_at >= :since")
                .param("since", writtenSince));
        if (first != null) {
            return first - 1;
        }
        return jdbc.sql("select coalesce(max(id), 0) from search_outbox")
                .query(Long.class)
                .single();
    }

    /** The highest id that pruning may have deleted: a node behind it has missed rows. */
    long prunedThrough() {
        return jdbc.sql("select through_id from search_outbox_pruned where id = 1")
                .query(Long.class)
                .single();
    }

    /**
     * Deletes rows written before an instant (epoch ms), which every node running has long applied, and
     * records how far that reached. Any node may do it, at any time.
     */
    @Transactional
    void prune(long writtenBefore) {
        Long through = nullableLong(jdbc.sql("select max(id) from search_outbox where created_at < :before")
                .param("before", writtenBefore));
        if (through == null) {
            return;
        }
        jdbc.sql("delete from search_outbox where id <= :through and created_at < :before")
                .param("through", through)
                .param("before", writtenBefore)
                .update();
        jdbc.sql("update search_outbox_pruned set through_id = :through where id = 1 and through_id < :through")
                .param("through", through)
                .update();
    }

    /** The one value of an aggregate that may be null (min or max over no rows). */
    private static Long nullableLong(JdbcClient.StatementSpec statement) {
        return statement
                .query((rs, i) -> {
                    long value = rs.getLong(1);
                    return rs.wasNull() ? null : value;
                })
                .list()
                .get(0);
    }

    private static List<Long> firstOf(Collection<Long> gaps) {
        return gaps.stream().limit(CHUNK).toList();
    }
}
