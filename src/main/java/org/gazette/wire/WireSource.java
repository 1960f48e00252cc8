package org.gazette.wire;

import java.time.Instant;

/** One feed the wire desk polls, with the outcome of its last poll (none yet: polling comes later). */
public record WireSource(long id, String name, String homepage, String feedUrl, String format, int intervalSeconds,
        String lang, String section, boolean autoPublish, boolean enabled, Instant createdAt, Instant lastPolledAt,
        String lastStatus, String lastError, long itemsImported) {
}
