package org.gazette.feed;

/** A feed URL that names nothing this site publishes: answered 404 with the reason. */
class FeedNotFoundException extends RuntimeException {

    FeedNotFoundException(String reason) {
        super(reason, null, false, false);
    }
}
