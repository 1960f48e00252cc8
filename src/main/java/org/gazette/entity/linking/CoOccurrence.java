package org.gazette.entity.linking;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The co-occurrence rule: of several candidates, the one that has been named before together with the story's
 * other entities. Only the entities that tell the candidates apart count: an entity every candidate has been
 * named with (Azerbaijan, for Ilham and Mehriban Aliyeva alike) is no evidence for either. With one candidate,
 * any entity of the story it has been named with before is evidence.
 */
final class CoOccurrence {

    private CoOccurrence() {}

    static Optional<KnownEntity> single(List<KnownEntity> candidates, Set<String> storyEntities) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<String> sharedByAll = null;
        for (KnownEntity candidate : candidates) {
            Set<String> met = met(candidate, storyEntities);
            if (sharedByAll == null) {
                sharedByAll = met;
            } else {
                sharedByAll.retainAll(met);
            }
        }
        KnownEntity chosen = null;
        for (KnownEntity candidate : candidates) {
            Set<String> telling = met(candidate, storyEntities);
            if (candidates.size() > 1) {
                telling.removeAll(sharedByAll);
            }
            if (!telling.isEmpty()) {
                if (chosen != null) {
                    return Optional.empty();
                }
                chosen = candidate;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private static Set<String> met(KnownEntity candidate, Set<String> storyEntities) {
        Set<String> met = new HashSet<>(candidate.companions());
        met.retainAll(storyEntities);
        met.remove(candidate.key());
        return met;
    }
}
