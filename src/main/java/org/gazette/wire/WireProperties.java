package org.gazette.wire;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the wire desk fetches feeds, bound from {@code gazette.wire.*}. Only
 * {@code GAZETTE_WIRE_ALLOW_PRIVATE_HOSTS} is an operator setting (README); the rest are limits with
 * safe defaults that tests shorten.
 *
 * @param allowPrivateHosts let sources resolve to loopback, link-local or private addresses (tests, local setups)
 * @param connectTimeout    how long a connection may take to open
 * @param readTimeout       how long a whole answer (headers and body) may take
 * @param maxBytes          the largest feed document accepted
 * @param maxRedirects      how many redirects one fetch follows
 * @param attempts          tries per poll when the source fails in a way worth retrying (timeouts, 5xx)
 * @param backoff           the wait before the second try; each further wait doubles
 * @param threads           feeds fetched at the same time; a slow source holds one thread, never the others
 * @param tick              how often the poller looks for sources that are due
 * @param breakerOpen       how long a source's circuit stays open after repeated failures
 */
@ConfigurationProperties("gazette.wire")
public record WireProperties(
        @DefaultValue("false") boolean allowPrivateHosts,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT20S") Duration readTimeout,
        @DefaultValue("10485760") int maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("3") int attempts,
        @DefaultValue("PT2S") Duration backoff,
        @DefaultValue("4") int threads,
        @DefaultValue("PT5S") Duration tick,
        @DefaultValue("PT5M") Duration breakerOpen) {

    public WireProperties {
        if (maxBytes < 1 || maxBytes > WireFeedReader.MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("gazette.wire.max-bytes must be between 1 and "
                    + WireFeedReader.MAX_DOCUMENT_BYTES + ", got " + maxBytes);
        }
        if (maxRedirects < 0 || attempts < 1 || threads < 1) {
            throw new IllegalArgumentException("gazette.wire: max-redirects must be >= 0, attempts and threads >= 1");
        }
    }
}
