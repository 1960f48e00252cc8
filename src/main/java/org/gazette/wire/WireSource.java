package org.gazette.wire;

import java.time.Instant;

/**
 * One feed the wire desk polls, with the outcome of its polls.
 *
 * @param enabled      false while an editor has paused the source
 * @param lastPolledAt when the last poll ended (successfully or not), or null before the first
 * @param lastStatus   how the last poll ended ({@link WireSources#OK}, {@link WireSources#NOT_MODIFIED},
 *                     {@link WireSources#FAILED}, {@link WireSources#CIRCUIT_OPEN}), or null
 * @param lastError    the reason of the last failure, kept until a poll succeeds
 * @param etag         the validators of the last answer, sent with the next request
 */
public record WireSource(
        long id,
        String name,
        String homepage,
        String feedUrl,
        String format,
        int intervalSeconds,
        String lang,
        String section,
        boolean autoPublish,
        boolean enabled,
        Instant createdAt,
        Instant lastPolledAt,
        String lastStatus,
        String lastError,
        long itemsImported,
        Instant lastSuccessAt,
        long itemsRefused,
        String etag,
        String lastModified) {

    /** The source's state as the API and the newsroom show it. */
    public String state() {
        if (!enabled) {
            return "paused";
        }
        return lastPolledAt == null ? "never polled" : lastStatus;
    }
}
