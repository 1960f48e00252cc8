package org.gazette.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.article.Article;
import org.gazette.article.ArticleChanged;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ShownDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Places each story in its cluster whenever it changes: a report credited to a source, published,
 * imported, taken in from the wire or edited, is compared with the stories of its language published within {@link #WINDOW} of it that
 * share a band of its signature, and joins the cluster of the most similar one at or above
 * {@link #THRESHOLD} (making a cluster of the two when that one is in none). A story that no longer
 * matches leaves its cluster; a story unpublished or deleted leaves it too, and a cluster left with one
 * story is dissolved. An edit that leaves the words as they were changes nothing.
 *
 * <p>This runs as a plain event listener, inside the transaction that changed the story, so the cluster
 * commits or rolls back with the story. Two near-identical stories saved at the same moment by two
 * transactions may each miss the other; the next change of either joins them.
 */
@Component
public class StoryClusterer {

    /** Estimated Jaccard similarity of shingles from which two stories are one: measured, docs/wire-desk.md. */
    static final double THRESHOLD = 0.5;
    /** How far apart in publication time two reports of one story may be. */
    static final Duration WINDOW = Duration.ofDays(3);
    /** Candidates compared in full; those sharing the most bands come first. */
    static final int CANDIDATES = 50;

    private final ArticleRepository articles;
    private final ClusterStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoryClusterer(ArticleRepository articles, ClusterStore store, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void changed(ArticleChanged change) {
        if (change.fromAnotherNode()) {
            return; // placed by the node that made the change, in its transaction; heard here for caches only
        }
        place(change.articleId(), false);
    }

    /**
     * Places one story as it now stands; {@code again} compares it even when its words have not changed
     * (after the thresholds change, or to re-cluster every story).
     */
    public void place(long articleId, boolean again) {
        Optional<Article> found = articles.findById(articleId);
        Optional<ClusterStore.Signature> stored = store.signature(articleId);
        if (found.isEmpty()
                || !isAgencyCopy(found.get())
                || !ShownDates.at(clock).shows(found.get())) {
            stored.ifPresent(this::remove);
            return;
        }
        Article article = found.get();
        long[] shingles = StoryShingles.of(article.lang(), article.headline(), article.dek(), article.bodyHtml());
        if (shingles.length == 0) {
            stored.ifPresent(this::remove);
            return;
        }
        MinHash signature = MinHash.of(shingles);
        if (!again
                && stored.isPresent()
                && stored.get().minHash().equals(signature)
                && stored.get().lang().equals(article.lang())
                && stored.get().publishedAt().equals(article.publishedAt())) {
            return;
        }
        Long current = stored.map(ClusterStore.Signature::clusterId).orElse(null);
        store.save(articleId, article.lang(), article.publishedAt(), signature, current);

        List<ClusterStore.Signature> candidates = store.candidates(
                articleId,
                article.lang(),
                signature.bands(article.lang()),
                article.publishedAt().minus(WINDOW),
                article.publishedAt().plus(WINDOW),
                CANDIDATES);
        ClusterStore.Signature best = null;
        double bestSimilarity = 0;
        double stay = -1;
        for (ClusterStore.Signature candidate : candidates) {
            double similarity = signature.similarity(candidate.minHash());
            if (similarity < THRESHOLD) {
                continue;
            }
            if (current != null && current.equals(candidate.clusterId())) {
                stay = Math.max(stay, similarity);
            }
            if (similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }

        Set<Long> changed = new TreeSet<>();
        if (stay >= 0) {
            // still like a story of its cluster: it stays, even if another story is a little closer
            store.place(articleId, current, stay);
        } else {
            if (current != null) {
                leave(articleId, current, changed);
            }
            if (best != null) {
                Long target = best.clusterId();
                if (target == null) {
                    target = store.newCluster(article.lang(), Instant.now(clock));
                    store.place(best.articleId(), target, bestSimilarity);
                }
                store.place(articleId, target, bestSimilarity);
                changed.addAll(store.members(target));
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new ClusterChanged(changed));
        }
    }

    /**
     * Only reports credited to a source are clustered: a cluster gathers what agencies sent of one
     * story. The newsroom's own stories stand alone, however close their words are to another's.
     */
    private static boolean isAgencyCopy(Article article) {
        return article.source() != null;
    }

    private void remove(ClusterStore.Signature signature) {
        Set<Long> changed = new TreeSet<>();
        if (signature.clusterId() != null) {
            leave(signature.articleId(), signature.clusterId(), changed);
        }
        store.removeSignature(signature.articleId());
        if (!changed.isEmpty()) {
            events.publishEvent(new ClusterChanged(changed));
        }
    }

    /** Takes a story out of its cluster; a cluster left with one story is no cluster any more. */
    private void leave(long articleId, long clusterId, Set<Long> changed) {
        store.place(articleId, null, null);
        changed.add(articleId);
        List<Long> rest = store.members(clusterId);
        changed.addAll(rest);
        if (rest.size() < 2) {
            store.deleteCluster(clusterId);
        }
    }
}
