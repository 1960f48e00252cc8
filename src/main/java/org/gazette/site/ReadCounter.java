package org.gazette.site;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.gazette.pagecache.PageViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views for "Most read" without tracking readers: a page view only increments an
 * in-memory counter per article (no cookie, no address, no database write on the request path), and
 * the totals are added to the per-day table every few seconds and at shutdown.
 */
@Component
public class ReadCounter implements PageViews {

    private static final Logger log = LoggerFactory.getLogger(ReadCounter.class);

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReadCounter(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void viewed(long articleId) {
        record(articleId);
    }

    public void record(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    /** Adds the views counted since the last flush to today's totals. */
    @Scheduled(fixedDelayString = "${gazette.views.flush-interval:PT30S}")
    public void flush() {
        long day = clock.millis() / 86_400_000L;
        pending.forEach((articleId, adder) -> {
            long views = adder.sumThenReset();
            if (views == 0) {
                pending.remove(articleId, adder);
                return;
            }
            try {
                transactions.executeWithoutResult(status -> jdbc.sql(
                                """
                                insert into article_views (article_id, day, views) values (:id, :day, :views)
                                on conflict (article_id, day) do update set views = article_views.views + excluded.views""")
                        .param("id", articleId)
                        .param("day", day)
                        .param("views", views)
                        .update());
            } catch (RuntimeException e) {
                // the article was deleted since it was read; its views go with it
                log.debug("dropping {} views of article {}: {}", views, articleId, e.getMessage());
            }
        });
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
