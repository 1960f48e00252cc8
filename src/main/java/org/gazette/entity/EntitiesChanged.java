package org.gazette.entity;

import java.util.Set;

/**
 * Published inside the transaction that changed which entities stories name or how an entity shows: a story
 * tagged (again), an editor's correction, merge, split, rename or hiding. {@code articleIds} are the stories
 * whose tags changed (their pages carry the entities in structured data), {@code entityIds} the entities whose
 * pages, feeds and events changed. Listeners that keep rendered pages drop theirs after the commit, and the
 * search index re-reads the stories (entity facets).
 *
 * @param fromAnotherNode true when another node made the change and this one heard of it
 */
public record EntitiesChanged(Set<Long> articleIds, Set<Long> entityIds, boolean fromAnotherNode) {

    public EntitiesChanged {
        articleIds = Set.copyOf(articleIds);
        entityIds = Set.copyOf(entityIds);
    }

    /** A change made by this node. */
    public EntitiesChanged(Set<Long> articleIds, Set<Long> entityIds) {
        this(articleIds, entityIds, false);
    }
}
