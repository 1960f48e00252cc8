package org.gazette.pagecache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rendered 200 as it is kept and sent again: the headers the render set that every copy must carry
 * (security headers, content type, feed links), the body, its gzip copy made once, and the validators.
 *
 * @param headers       name and value pairs, in the order they were set
 * @param body          the uncompressed bytes
 * @param gzipped       the same bytes gzipped, or null when compressing did not make them smaller
 * @param etag          the strong validator of the uncompressed bytes (the gzip copy adds {@code -gz})
 * @param lastModified  when the page was rendered, in whole seconds since the epoch, times 1000
 * @param keys          the surrogate keys the render declared
 * @param viewedArticle the article whose view a hit counts, or -1
 * @param expiresAt     {@link System#nanoTime()} after which the page is rendered again
 */
record CachedPage(
        List<String[]> headers,
        byte[] body,
        byte[] gzipped,
        String etag,
        long lastModified,
        Set<String> keys,
        long viewedArticle,
        long expiresAt,
        Sent sent) {

    /** IMF-fixdate, the one HTTP date format a sender may use (two-digit day, GMT). */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    /** Header values worked out once per page rather than once per request. */
    record Sent(String gzipEtag, String lastModified, String surrogateKey, String cacheTag) {}

    CachedPage(
            List<String[]> headers,
            byte[] body,
            byte[] gzipped,
            String etag,
            long lastModified,
            Set<String> keys,
            long viewedArticle,
            long expiresAt) {
        this(
                headers,
                body,
                gzipped,
                etag,
                lastModified,
                keys,
                viewedArticle,
                expiresAt,
                new Sent(
                        etag.substring(0, etag.length() - 1) + "-gz\"",
                        HTTP_DATE.format(Instant.ofEpochMilli(lastModified).atZone(ZoneOffset.UTC)),
                        String.join(" ", keys),
                        String.join(",", keys)));
    }

    /** What the page costs in memory, roughly: both bodies and a little for the rest. */
    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256 + 64 * headers.size() + 16 * keys.size();
    }

    boolean taggedWithAny(Set<String> dropped) {
        if (dropped.contains(SurrogateKeys.ALL)) {
            return true;
        }
        for (String key : keys) {
            if (dropped.contains(key)) {
                return true;
            }
        }
        return false;
    }

    String gzipEtag() {
        return sent.gzipEtag();
    }
}
