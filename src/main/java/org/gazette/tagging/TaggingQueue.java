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
 * <p>
 * Rows have a {@link Priority}: a change made one at a time (the newsroom, the write API, the wire desk, the
 * scheduler, an editor's correction) is tagged before the backlog a bulk change left (an {@code import},
 * {@code tag-entities}), so a story published now does not wait behind a hundred thousand re-tagged ones.
 * Within a priority, rows are served in the order they fell due; a story queued again at a higher
 * priority rises, never falls. A failed row keeps its priority but waits out its retry like any other.
 */
@Component
class TaggingQueue {

    /** A story due to be tagged, and how often tagging it has failed so far. */
    record Due(long articleId, int attempts) {}

    /** Which rows are served first: every due {@code INTERACTIVE} row before any {@code BACKLOG} one. */
    enum Priority {
        /** A change made one at a time, that an editor or a reader is waiting for. */
        INTERACTIVE(0),
        /** A change made in bulk: tagged when nothing interactive is due. */
        BACKLOG(1);

        /** The {@code entity_queue.priority} value: lower is served first. */
        final int column;

        Priority(int column) {
            this.column = column;
        }

        static Priority of(ArticleChanged change) {
            return change.bulk() ? BACKLOG : INTERACTIVE;
        }
    }

    /** The first retry waits this long, each further one twice as long as the one before ... */
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** ... but never longer than this. */
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    /** A story queued again keeps the higher (lower-numbered) of its two priorities. */
    private static final String ON_CONFLICT =
            """
            on conflict (article_id) do update set
                queued_at = excluded.queued_at, attempts = 0, next_attempt_at = excluded.next_attempt_at,
                last_error = null,
                priority = case when excluded.priority < entity_queue.priority
                                then excluded.priority else entity_queue.priority end
            """;

    private static final String UPSERT =
            """
            insert into entity_queue (article_id, queued_at, attempts, next_attempt_at, last_error, priority)
            values (:article, :now, 0, :now, null, :priority)
            """
                    + ON_CONFLICT;

    /** {@code where true} keeps SQLite from reading {@code on conflict} as a join's {@code on}. */
    private static final String UPSERT_ALL =
            """
            insert into entity_queue (article_id, queued_at, attempts, next_attempt_at, last_error, priority)
            select id, :now, 0, :now, null, :priority from articles where true
            """
                    + ON_CONFLICT;

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
        queue(change.articleId(), Priority.of(change));
    }

    /** Queues one story changed one at a time (an editor's correction), inside the caller's transaction. */
    void queue(long articleId) {
        queue(articleId, Priority.INTERACTIVE);
    }

    /** Queues one story, inside the caller's transaction. */
    void queue(long articleId, Priority priority) {
        jdbc.sql(UPSERT)
                .param("article", articleId)
                .param("now", clock.millis())
                .param("priority", priority.column)
                .update();
    }

    /** Queues stories an editor's action concerns, inside the caller's transaction. */
    void queue(Collection<Long> articleIds) {
        articleIds.stream().distinct().forEach(this::queue);
    }

    /**
     * Queues every story there is as backlog (after an upgrade, or to tag everything again with a new model);
     * a story already waiting as an interactive change stays one.
     */
    int queueAll() {
        return jdbc.sql(UPSERT_ALL)
                .param("now", clock.millis())
                .param("priority", Priority.BACKLOG.column)
                .update();
    }

    /** The stories due now: interactive ones first, then the backlog; in each, the longest waiting first. */
    List<Due> due(int limit) {
        return jdbc.sql("select article_id, attempts from entity_queue where next_attempt_at <= :now"
                        + " order by priority, next_attempt_at, article_id limit :limit")
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
