package org.gazette.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.SiteDays;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.entity.directory.ListedEntity;
import org.gazette.search.IndexedArticle.Term;
import org.springframework.stereotype.Component;

/**
 * Reads articles, in any status, in the shape the index needs, through the one reader of articles: by
 * id for the indexer, in id order and in chunks for a rebuild. Each read is the article's current state,
 * so applying a change twice, or late, still leaves the index right.
 */
@Component
class IndexSource {

    private final ArticleRepository articles;
    private final SiteDays days;
    private final EntityDirectory entities;

    IndexSource(ArticleRepository articles, SiteDays days, EntityDirectory entities) {
        this.articles = articles;
        this.days = days;
        this.entities = entities;
    }

    /** The articles with these ids that still exist, in id order; a deleted one is simply absent. */
    List<IndexedArticle> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Article> found = articles.findAll(ids.stream().sorted().toList());
        Map<Long, List<ListedEntity>> named =
                entities.ofStories(found.stream().map(Article::id).toList());
        return found.stream()
                .map(a -> indexed(a, named.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** Up to {@code limit} articles with ids above {@code afterId}, in id order. */
    List<IndexedArticle> chunkAfter(long afterId, int limit) {
        return byIds(articles.idsAfter(afterId, limit));
    }

    /**
     * Which of these articles are published right now. Reader results are checked against this, so a
     * story unpublished or deleted a moment ago leaves them at once, before the index has caught up.
     */
    Set<Long> publishedAmong(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : articles.publishedAmong(ids);
    }

    long count() {
        return articles.countAll();
    }

    /** Every article id, for finding index entries whose article is gone. */
    List<Long> allIds() {
        return articles.allIds();
    }

    /** Articles whose row changed at or after an instant (epoch milliseconds). */
    List<Long> modifiedSince(long millis) {
        return articles.idsModifiedSince(Instant.ofEpochMilli(millis));
    }

    private IndexedArticle indexed(Article a, List<ListedEntity> named) {
        return new IndexedArticle(
                a.id(),
                a.externalId(),
                a.lang(),
                a.slug(),
                a.headline(),
                a.dek(),
                BodyText.fromHtml(a.bodyHtml()),
                a.publishedAt(),
                days.yearOf(a.publishedAt()),
                a.status(),
                a.section() == null
                        ? null
                        : new Term(a.section().slug(), a.section().name()),
                a.source() == null
                        ? null
                        : new Term(a.source().slug(), a.source().name()),
                a.tags().stream().map(t -> new Term(t.slug(), t.name())).toList(),
                a.authors().stream().map(w -> new Term(w.slug(), w.name())).toList(),
                named.stream().map(e -> new Term(e.slug(), e.name(a.lang()))).toList());
    }
}
