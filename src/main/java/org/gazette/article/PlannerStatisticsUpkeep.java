package org.gazette.article;

import java.util.concurrent.atomic.AtomicLong;
import org.gazette.system.DatabaseStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Refreshes the query planner's statistics while the article table grows fast. SQLite plans by its
 * last statistics: on a site that started empty and then took in thousands of stories (an import, a
 * busy wire desk), those statistics still describe an empty table, and SQLite picks the index on
 * (status, published_at) for "the other languages of this story", scanning every published story for
 * each one: a 100,000-line import slowed from about a thousand lines a second to a few dozen. A refresh
 * whenever the changes since the last one outnumber the stories then counted keeps the number of
 * refreshes logarithmic in the size of the site.
 */
@Component
class PlannerStatisticsUpkeep {

    static final long FIRST_REFRESH_AFTER = 1_000;

    private final DatabaseStatistics statistics;
    private final ArticleRepository articles;
    private final AtomicLong changesSinceRefresh = new AtomicLong();
    private volatile long articlesAtRefresh = -1;

    PlannerStatisticsUpkeep(DatabaseStatistics statistics, ArticleRepository articles) {
        this.statistics = statistics;
        this.articles = articles;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ArticleChanged change) {
        long changes = changesSinceRefresh.incrementAndGet();
        if (changes < Math.max(FIRST_REFRESH_AFTER, articlesAtRefresh)) {
            return;
        }
        synchronized (this) {
            if (changesSinceRefresh.get() < Math.max(FIRST_REFRESH_AFTER, articlesAtRefresh)) {
                return; // another thread refreshed meanwhile
            }
            changesSinceRefresh.set(0);
            articlesAtRefresh = articles.countAll();
            statistics.refresh();
        }
    }
}
