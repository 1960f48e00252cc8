package org.gazette.cluster;

import java.util.Set;

/**
 * Published inside the transaction that changed a cluster: the stories whose cluster changed, and the other
 * stories of the clusters concerned, whose "Also reported by" and folding change with them. Listeners that
 * keep rendered pages drop theirs after the commit.
 */
public record ClusterChanged(Set<Long> articleIds) {

    public ClusterChanged {
        articleIds = Set.copyOf(articleIds);
    }
}
