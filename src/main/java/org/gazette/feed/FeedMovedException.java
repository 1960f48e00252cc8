package org.gazette.feed;

/**
 * A feed asked for under a slug its term gave up (renamed, or merged into another): answered with a
 * permanent redirect to the same file under the term's current page, so subscriptions keep working.
 */
class FeedMovedException extends RuntimeException {

    private final String pagePath;

    FeedMovedException(String pagePath) {
        super("moved to " + pagePath, null, false, false);
        this.pagePath = pagePath;
    }

    /** The term's current page, e.g. {@code /en/tag/cop29}; the feed file goes after it. */
    String pagePath() {
        return pagePath;
    }
}
