package org.gazette.pagecache;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gazette.article.Article;
import org.gazette.article.ArticleChanged;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleSummary;
import org.gazette.article.SiteDays;
import org.gazette.cluster.ClusterChanged;
import org.gazette.entity.EntitiesChanged;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.entity.directory.EventTimeline;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Tag;
import org.gazette.taxonomy.TermChanged;
import org.gazette.text.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns a committed change into the surrogate keys of the pages it changed, and hands them to every
 * {@link PageInvalidation} (the page cache, CDN purges). A change made on another node arrives here as
 * the same event, marked {@code fromAnotherNode}, and drops this node's pages the same way.
 * <p>
 * An article's own key reaches every page that showed it, wherever it was (the pages of its old section
 * and tags too, after a move). Where it belongs now is read from the database after the commit: its
 * language's front page, its section, tags, source and authors, its day and month in the archive, and
 * the pages of its translations (their language switchers). Feeds and sitemaps are dropped on every
 * change, as their own caches always were: they are few and cheap to render, and polled rather than
 * read. Drafts and withdrawn stories name the same lists: a page that still showed one must go. A term renamed, merged or deleted shows in menus and on every card that names it, so it
 * drops everything: a rare editorial act.
 * <p>
 * This runs once the transaction has committed, after the caches that pages are built from (front page
 * models, feeds, sitemaps, menus) have dropped their copies on the same commit (Spring runs every
 * after-commit listener of a transaction in the order they were registered), so a page rendered after
 * this point is built from fresh parts. A change that was rolled back changed no page and drops none: a
 * write cut off by a database going away must not empty the cache that keeps the site up meanwhile.
 */
@Component
class ChangedPages {

    /** Works out again, once the database answers, the pages of a change it could not name at the commit. */
    private final InvalidationRetry retry = new InvalidationRetry(Duration.ofSeconds(2), Duration.ofSeconds(30));

    private final ArticleRepository articles;
    private final List<PageInvalidation> invalidations;
    private final SiteDays days;
    private final EntityDirectory entities;
    private final EventTimeline events;

    ChangedPages(
            ArticleRepository articles,
            List<PageInvalidation> invalidations,
            SiteDays days,
            EntityDirectory entities,
            EventTimeline events,
            @Value("${gazette.background-jobs:true}") boolean serving) {
        this.entities = entities;
        this.events = events;
        this.articles = articles;
        // a command (import, ...) serves no pages: only what is shared, a CDN, is worth telling
        this.invalidations = invalidations.stream()
                .filter(invalidation -> invalidation.active() && (serving || !invalidation.perNode()))
                .toList();
        this.days = days;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ArticleChanged change) {
        if (invalidations.isEmpty()) {
            // an import run as a command: reading each story back for keys nobody needs took longer
            // than the import itself on PostgreSQL
            return;
        }
        Set<String> known = withoutDatabase(change.articleId(), change.lang());
        invalidateOrRetry(known, () -> keys(change), change.fromAnotherNode());
    }

    /**
     * A story joined or left a cluster: the page of each story of the cluster names the others ("Also
     * reported by"), and the lists they are in show one of them for all.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ClusterChanged change) {
        if (invalidations.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        for (long id : change.articleIds()) {
            known.addAll(withoutDatabase(id, null));
        }
        invalidateOrRetry(
                known,
                () -> {
                    Set<String> keys = new LinkedHashSet<>();
                    for (long id : change.articleIds()) {
                        keys.addAll(keys(id, null));
                    }
                    return keys;
                },
                false);
    }

    /**
     * Drops the pages of a committed change; when the database fails right after the commit, the pages that
     * can be named without it go at once and the rest once it answers ({@link InvalidationRetry}).
     */
    private void invalidateOrRetry(Set<String> known, Supplier<Set<String>> keys, boolean fromAnotherNode) {
        retry.dropOrRetry(known, keys, named -> invalidate(named, fromAnotherNode));
    }

    /** The keys of a story's pages that need no database: its own, its language's, every feed and sitemap. */
    private static Set<String> withoutDatabase(long articleId, Language lang) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.article(articleId));
        keys.add(SurrogateKeys.SITEMAPS);
        keys.add(SurrogateKeys.FEEDS);
        keys.add(SurrogateKeys.EVERY_LANGUAGE);
        if (lang != null) {
            keys.add(SurrogateKeys.language(lang));
        }
        return keys;
    }

    @PreDestroy
    void stopRetrying() {
        retry.close();
    }

    /**
     * Stories tagged again, or entities corrected, merged, split, renamed or hidden: the stories' own pages
     * (their structured data and "In this story" name the entities), the pages and feeds of the entities,
     * and the events timeline, which names entities and links their pages. Nothing is read back: the
     * change names all it touched.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(EntitiesChanged change) {
        if (invalidations.isEmpty()) {
            return;
        }
        invalidate(keys(change), change.fromAnotherNode());
    }

    /**
     * The keys of every page an entity change may have changed: the stories' own pages (not the lists that
     * show them: a card names no entity), the pages of the entities, the timelines, the feeds and the
     * sitemaps (which list the entities readers may see).
     */
    static Set<String> keys(EntitiesChanged change) {
        Set<String> keys = new LinkedHashSet<>();
        for (long id : change.articleIds()) {
            keys.add(SurrogateKeys.storyPage(id));
        }
        for (long id : change.entityIds()) {
            keys.add(SurrogateKeys.entity(id));
        }
        keys.add(SurrogateKeys.EVENTS);
        keys.add(SurrogateKeys.FEEDS);
        keys.add(SurrogateKeys.SITEMAPS);
        return keys;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TermChanged change) {
        invalidate(Set.of(SurrogateKeys.ALL), change.fromAnotherNode());
    }

    /** A change heard from another node reaches this node's own copies only: that node purged the shared ones. */
    private void invalidate(Set<String> keys, boolean fromAnotherNode) {
        for (PageInvalidation invalidation : invalidations) {
            if (!fromAnotherNode || invalidation.perNode()) {
                invalidation.invalidate(keys);
            }
        }
    }

    /** The keys of every page the change may have changed. */
    Set<String> keys(ArticleChanged change) {
        return keys(change.articleId(), change.lang());
    }

    /** The keys of an article's pages and lists; {@code lang}, the language it had, when known. */
    private Set<String> keys(long articleId, Language lang) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.article(articleId));
        keys.add(SurrogateKeys.SITEMAPS);
        keys.add(SurrogateKeys.FEEDS);
        keys.add(SurrogateKeys.EVERY_LANGUAGE);
        if (lang != null) {
            keys.add(SurrogateKeys.language(lang));
        }
        Optional<Article> found = articles.findById(articleId);
        if (found.isEmpty()) {
            // deleted: every page that showed it carries its key
            return keys;
        }
        Article article = found.get();
        keys.add(SurrogateKeys.language(article.lang()));
        if (article.section() != null) {
            keys.add(SurrogateKeys.section(article.section().id()));
        }
        if (article.source() != null) {
            keys.add(SurrogateKeys.source(article.source().id()));
        }
        for (Tag tag : article.tags()) {
            keys.add(SurrogateKeys.tag(tag.id()));
        }
        for (Author author : article.authors()) {
            keys.add(SurrogateKeys.author(author.id()));
        }
        if (article.publishedAt() != null) {
            LocalDate day = days.dayOf(article.publishedAt());
            keys.add(SurrogateKeys.day(article.lang(), day));
            keys.add(SurrogateKeys.month(article.lang(), day));
        }
        for (ArticleSummary translation : articles.translations(article)) {
            keys.add(SurrogateKeys.article(translation.id()));
        }
        // the entity pages that list it, and the timeline when it reports events
        for (long entity : entities.idsNamedBy(articleId)) {
            keys.add(SurrogateKeys.entity(entity));
        }
        if (events.anyReportedBy(articleId)) {
            keys.add(SurrogateKeys.EVENTS);
        }
        return keys;
    }
}
