package org.gazette.article;

import org.gazette.text.Language;

/**
 * Published after an article is created, changed or deleted, once its transaction commits.
 *
 * @param fromAnotherNode true when another node made the change and this one heard of it (see
 *                        {@code nodes.ChangeNotifications}): caches drop what they hold, but what the
 *                        node that made the change already did once for all (the search outbox row, CDN
 *                        purges, WebSub pings) is not done again
 * @param bulk            true when the change is one of many made at once ({@link Actor#bulk}, an import):
 *                        what follows from it may wait behind changes made one at a time
 */
public record ArticleChanged(long articleId, String externalId, Language lang, boolean fromAnotherNode, boolean bulk) {

    /** A change made by this node, one at a time. */
    public ArticleChanged(long articleId, String externalId, Language lang) {
        this(articleId, externalId, lang, false, false);
    }

    /** A change made by this node by {@code actor}. */
    public ArticleChanged(long articleId, String externalId, Language lang, Actor actor) {
        this(articleId, externalId, lang, false, actor.bulk());
    }
}
