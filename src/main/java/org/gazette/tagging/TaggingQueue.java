package org.gazette.tagging;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.gazette.article.ArticleChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code entity_queue} table: stories waiting to be tagged. A row is written by a plain (synchronous)
 * listener of {@link ArticleChanged}, so it joins the transaction that changed the story, as the search
 * outbox does: both commit or neither does, whichever process made the change. A story queued again while
 * it waits keeps one row, due at once, with its failures forgotten (the new text may tag fine).
 */
@Component
class TaggingQueue {

    /** A story due to be tagged, and how often tagging it has failed so far. */
    record Due(long articleId, int attempts) {}

    /** The first retry waits this long, each further one twice as long as the one before ... */
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** ... but never longer than this. */
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private static final String UPSERT =
            """
            insert into entity_queue (article_id, queued_at, attempts, next_attempt_at, last_error)
            values (:article, :now, 0, :now, null)
            on conflict (article_id) do update set
                queued_at = excluded.queued_at, attempts = 0, next_attempt_at = excluded.next_attempt_at,
                last_error = null
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaggingQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void record(ArticleChanged change) {
        if (change.fromAnotherNode()) {
            return; // that node wrote the row in its own transaction
        }
        queue(change.articleId());
    }

    /** Queues one story, inside the caller's transaction. */
    void queue(long articleId) {
        jdbc.sql(UPSERT)
                .param("article", articleId)
                .param("now", clock.millis())
                .update();
    }

    /** Queues stories, inside the caller's transaction. */
    void queue(Collection<Long> articleIds) {
        articleIds.stream().distinct().forEach(this::queue);
    }

    /** Queues every story there is (after an upgrade, or to tag everything again with a new model). */
    int queueAll() {
        long now = clock.millis();
        jdbc.sql("delete from entity_queue").update();
        return jdbc.sql(
                        "insert into entity_queue (article_id, queued_at, attempts, next_attempt_at) select id, :now, 0, :now from articles")
                .param("now", now)
                .update();
    }

    /** The stories due now, the longest waiting first. */
    List<Due> due(int limit) {
        return jdbc.sql("select article_id, attempts from entity_queue where next_attempt_at <= :now"
                        + " order by next_attempt_at, article_id limit :limit")
                .param("now", clock.millis())
                .param("limit", limit)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getInt(2)))
                .list();
    }

    /**
     * Takes the story off the queue, inside the transaction that stored its tags; only the row as it was when
     * taken: a story changed meanwhile was queued again and stays queued.
     */
    void done(long articleId, long takenAt) {
        jdbc.sql("delete from entity_queue where article_id = :article and queued_at <= :taken")
                .param("article", articleId)
                .param("taken", takenAt)
                .update();
    }

    /** Counts a failure and puts the next attempt off, twice as long each time up to {@link #LONGEST_RETRY}. */
    void failed(long articleId, int attemptsBefore, String error) {
        long wait = retryAfter(attemptsBefore + 1).toMillis();
        jdbc.sql("update entity_queue set attempts = :attempts, next_attempt_at = :next, last_error = :error"
                        + " where article_id = :article")
                .param("attempts", attemptsBefore + 1)
                .param("next", clock.millis() + wait)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("article", articleId)
                .update();
    }

    /** How long to wait after the n-th failure in a row: 30 s, 1 min, 2 min, ... at most 6 h. */
    static Duration retryAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    /** Stories waiting, due or not. */
    long length() {
        return jdbc.sql("select count(*) from entity_queue").query(Long.class).single();
    }

    /** Stories due now: none means the worker has caught up (tests and commands wait for that). */
    long dueNow() {
        return jdbc.sql("select count(*) from entity_queue where next_attempt_at <= :now")
                .param("now", clock.millis())
                .query(Long.class)
                .single();
    }
}
