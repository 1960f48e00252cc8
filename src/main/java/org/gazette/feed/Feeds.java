package org.gazette.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gazette.article.ArticleChanged;
import org.gazette.taxonomy.TermChanged;
import org.gazette.web.ETags;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered feeds, kept for a short while: feed readers poll the same few URLs all day, and most polls
 * end in a 304 that needs only the validators. Any change to a story drops every rendered feed at once.
 */
@Component
class Feeds {

    /** A feed as sent: its bytes and the validators of a conditional request. */
    record Rendered(byte[] body, String etag, Instant lastModified) {}

    private record Key(String basePath, FeedFormat format, int limit) {}

    private final FeedAssembler assembler;
    private final Map<FeedFormat, FeedWriter> writers = new EnumMap<>(FeedFormat.class);
    private final Cache<Key, Rendered> cache;

    Feeds(FeedAssembler assembler, List<FeedWriter> writers, FeedProperties properties) {
        this.assembler = assembler;
        writers.forEach(writer -> this.writers.put(writer.format(), writer));
        for (FeedFormat format : FeedFormat.values()) {
            if (!this.writers.containsKey(format)) {
                throw new IllegalStateException("no writer for the feed format " + format);
            }
        }
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.cache())
                .maximumSize(2_000)
                .build();
    }

    Rendered render(FeedScope scope, FeedFormat format, int limit) {
        return cache.get(new Key(scope.basePath(), format, limit), key -> {
            Feed feed = assembler.assemble(scope, limit);
            byte[] body = writers.get(format).write(feed);
            return new Rendered(body, ETags.weak(body), feed.updated());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(ArticleChanged change) {
        cache.invalidateAll();
    }

    /** Stories tagged again, or an entity edited: the entity feeds list other stories, or under another name. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(org.gazette.entity.EntitiesChanged change) {
        cache.invalidateAll();
    }

    /** A renamed, moved, merged or deleted term shows differently (or not at all) on what is kept here. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(TermChanged change) {
        cache.invalidateAll();
    }
}
