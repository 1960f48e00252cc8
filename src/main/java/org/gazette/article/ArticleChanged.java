package org.gazette.article;

import org.gazette.text.Language;

/**
 * Published after an article is created, changed or deleted, once its transaction commits.
 *
 * @param fromAnotherNode true when another node made the change and this one heard of it (see
 *                        {@code nodes.ChangeNotifications}): caches drop what they hold, but what the
 *                        node that made the change already did once for all (the search outbox row, CDN
 *                        purges, WebSub pings) is not done again
 */
public record ArticleChanged(long articleId, String externalId, Language lang, boolean fromAnotherNode) {

    /** A change made by this node. */
    public ArticleChanged(long articleId, String externalId, Language lang) {
        this(articleId, externalId, lang, false);
    }
}
