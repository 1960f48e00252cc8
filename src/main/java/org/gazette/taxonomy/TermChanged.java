package org.gazette.taxonomy;

import java.util.List;

/**
 * Published inside the transaction that renamed, re-slugged, merged or deleted a term. Listeners that
 * keep derived data about articles (the search outbox) write in that same transaction; caches of
 * pages, feeds and term ids drop what they hold once it commits.
 *
 * @param kind       what kind of term changed
 * @param articleIds the articles whose terms now read differently and must be indexed again; empty when
 *                   nothing articles show changed (a section moved in the menu, an unused term deleted)
 */
public record TermChanged(TermKind kind, List<Long> articleIds) {

    public TermChanged {
        articleIds = List.copyOf(articleIds);
    }
}
