package org.gazette.taxonomy;

import java.util.List;

/**
 * Published inside the transaction that renamed, re-slugged, merged or deleted a term. Listeners that
 * keep derived data about articles (the search outbox) write in that same transaction; caches of
 * pages, feeds and term ids drop what they hold once it commits.
 *
 * @param kind       what kind of term changed
 * @param articleIds the articles whose terms now read differently and must be indexed again; empty when
 *                   nothing articles show changed (a section moved in the menu, an unused term deleted); always
 *                   empty when heard from another node, which queued them for search itself
 * @param fromAnotherNode true when another node made the change and this one heard of it: caches drop what
 *                   they hold, and nothing is queued or announced again
 */
public record TermChanged(TermKind kind, List<Long> articleIds, boolean fromAnotherNode) {

    public TermChanged {
        articleIds = List.copyOf(articleIds);
    }

    /** A change made by this node. */
    public TermChanged(TermKind kind, List<Long> articleIds) {
        this(kind, articleIds, false);
    }
}
