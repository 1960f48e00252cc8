package org.gazette.newsroom;

import java.util.List;
import org.gazette.account.AuditLog;
import org.gazette.article.Actor;
import org.gazette.article.ArticleStore;
import org.gazette.nodes.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts scheduled articles live when their time comes, with no reader request needed. It asks the
 * database every few seconds (also right after a start, so stories that fell due while the site was
 * down go live at once). Of several nodes only the holder of the scheduler lease asks ({@link Leases}),
 * and should two ever ask at once, the claim in {@link ArticleStore#publishDue} still makes each story go
 * live exactly once.
 */
@Component
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final Actor SCHEDULER = Actor.system("scheduler");

    private final ArticleStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Leases leases;

    ScheduledPublisher(ArticleStore store, AuditLog audit, TransactionTemplate transactions, Leases leases) {
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.leases = leases;
    }

    @Scheduled(
            initialDelayString = "${gazette.scheduler.initial-delay:PT1S}",
            fixedDelayString = "${gazette.scheduler.interval:PT10S}")
    void publishDue() {
        if (!leases.holds(Leases.SCHEDULER)) {
            return;
        }
        try {
            List<Long> published = transactions.execute(status -> {
                List<Long> ids = store.publishDue(SCHEDULER);
                for (long id : ids) {
                    audit.record(null, "scheduler", AuditLog.Action.ARTICLE_PUBLISHED, "article " + id, "scheduled");
                }
                return ids;
            });
            if (published != null && !published.isEmpty()) {
                log.info("Published {} scheduled article(s): {}", published.size(), published);
            }
        } catch (RuntimeException e) {
            // the next run tries again; nothing was claimed by a rolled-back transaction
            log.warn("Publishing scheduled articles failed: {}", e.getMessage());
        }
    }
}
