package org.gazette.feed;

/** Writes a {@link Feed} in one format, as UTF-8 bytes. */
interface FeedWriter {

    FeedFormat format();

    byte[] write(Feed feed);
}
