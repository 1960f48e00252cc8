package org.gazette.pagecache;

/** Counts a view of an article each time its page is served, also when the page comes from the cache. */
public interface PageViews {

    void viewed(long articleId);
}
