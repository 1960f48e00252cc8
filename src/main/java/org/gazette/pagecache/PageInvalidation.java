package org.gazette.pagecache;

import java.util.Set;

/**
 * Something that holds copies of pages and must drop them when what they show changes: the in-memory
 * page cache, a CDN's purge call, and (with several nodes) the broadcast to the other nodes. Every
 * change reaches each of them through this one call, after the change has committed.
 */
public interface PageInvalidation {

    /**
     * Drops every copy tagged with any of these surrogate keys ({@link SurrogateKeys}); the key
     * {@link SurrogateKeys#ALL} drops everything.
     */
    void invalidate(Set<String> surrogateKeys);

    /**
     * Whether each node holds copies of its own (the in-memory cache: every node drops them) or all
     * nodes share one (a CDN: purged once, by the node where the change happened).
     */
    default boolean perNode() {
        return true;
    }

    /**
     * Whether this process has anything to drop here: a CDN purge without URLs has not, nor has the
     * in-memory cache of a command ({@code import}, ...), which serves no pages. When none has, the
     * keys of a change are not worked out at all.
     */
    default boolean active() {
        return true;
    }
}
