package org.gazette.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts stories written, once their transaction commits: {@code gazette.articles.saved} with
 * {@code change} (created, updated) and {@code by}, who wrote them: {@code editor} (the newsroom and
 * the write API), {@code wire} (the wire desk's ingest), {@code import}, {@code scheduler} or
 * {@code system}. Its rate is the import and ingest rate of this node; an {@code import} run as a
 * command is a process of its own and prints its rate itself.
 */
@Component
class SavedStoryMetrics {

    private final MeterRegistry meters;

    SavedStoryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void saved(Actor actor, SaveOutcome.Change change) {
        if (change == SaveOutcome.Change.UNCHANGED) {
            return;
        }
        Counter counter = meters.counter(
                "gazette.articles.saved",
                "change",
                change == SaveOutcome.Change.CREATED ? "created" : "updated",
                "by",
                origin(actor));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    /** A low-cardinality name for who wrote: never a user's or a source's own name. */
    private static String origin(Actor actor) {
        if (actor.userId() != null) {
            return "editor";
        }
        String name = actor.name();
        if (name.startsWith("wire")) {
            return "wire";
        }
        return switch (name) {
            case "import", "scheduler" -> name;
            default -> "system";
        };
    }
}
