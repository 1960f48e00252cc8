package org.gazette.pagecache;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How reader pages are cached, in memory and downstream ({@code gazette.page-cache.*}, or the
 * {@code GAZETTE_PAGE_CACHE_*} variables named in application.properties; see docs/operations.md).
 *
 * @param enabled              keep rendered pages in memory (off: every request renders, as a benchmark of
 *                             the cold path wants)
 * @param maxSize              the memory the kept pages may take, bodies and their gzip copies counted
 * @param timeToLive           how long a kept page lives without a change dropping it: a safety net, since
 *                             changes drop pages at once
 * @param maxAge               {@code max-age}: how long browsers reuse a page without asking
 * @param sharedMaxAge         {@code s-maxage}: how long a CDN or reverse proxy reuses it (they are purged on
 *                             change when {@code purgeUrls} is set)
 * @param staleWhileRevalidate {@code stale-while-revalidate}: a proxy may serve the old page this long while
 *                             fetching the new one
 * @param staleIfError         {@code stale-if-error}: a proxy may serve the old page this long while Gazette
 *                             is unreachable or failing
 * @param purgeUrls            CDN purge calls, one per CDN: URL templates in which {@code {key}} stands for a
 *                             surrogate key (a call per key) or {@code {keys}} for all of them, space-separated
 *                             (one call); empty: no purge calls
 * @param purgeMethod          the HTTP method of a purge call ({@code POST} or {@code PURGE}, as the CDN wants)
 * @param purgeToken           sent as {@code Authorization: Bearer} with each purge call when set
 */
@ConfigurationProperties("gazette.page-cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("64MB") DataSize maxSize,
        @DefaultValue("PT10M") Duration timeToLive,
        @DefaultValue("PT30S") Duration maxAge,
        @DefaultValue("PT5M") Duration sharedMaxAge,
        @DefaultValue("PT1M") Duration staleWhileRevalidate,
        @DefaultValue("P1D") Duration staleIfError,
        @DefaultValue List<String> purgeUrls,
        @DefaultValue("POST") String purgeMethod,
        String purgeToken) {

    /** The {@code Cache-Control} of a cached page. */
    String cacheControl() {
        return "public, max-age=" + maxAge.toSeconds() + ", s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds()
                + ", stale-if-error=" + staleIfError.toSeconds();
    }
}
