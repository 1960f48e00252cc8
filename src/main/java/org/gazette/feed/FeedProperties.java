package org.gazette.feed;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed settings, bound from {@code gazette.feeds.*} (application.properties maps the environment
 * variables in the README onto them). Checked at startup; a bad value stops the application with a
 * message naming the setting.
 *
 * @param content     whether items carry the whole story or only its summary
 * @param items       how many stories a feed lists when the request does not say ({@code ?limit=})
 * @param idAuthority the authority of item ids ({@code tag:AUTHORITY,2024:...}); blank means the host of
 *                    {@code GAZETTE_BASE_URL}. Set it before moving a site to a new host, or every
 *                    story reappears as new in feed readers.
 * @param websubHub   a WebSub hub that every feed names and that is told of changed feeds, or blank for none
 * @param cache       how long a rendered feed is reused; any change to a story drops it at once
 */
@ConfigurationProperties("gazette.feeds")
public record FeedProperties(
        @DefaultValue("full") Content content,
        @DefaultValue("20") int items,
        String idAuthority,
        String websubHub,
        @DefaultValue("PT60S") Duration cache) {

    /** The most stories one feed request may ask for. */
    public static final int MAX_ITEMS = 100;

    private static final Pattern DNS_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

    /** What an item carries besides its title and link. */
    public enum Content {
        /** The story's whole body as HTML, and its summary. */
        FULL,
        /** Only the summary: the dek, or the opening of the story. */
        SUMMARY
    }

    public FeedProperties {
        if (content == null) {
            content = Content.FULL;
        }
        if (items < 1 || items > MAX_ITEMS) {
            throw new IllegalArgumentException(
                    "gazette.feeds.items (GAZETTE_FEED_ITEMS) must be between 1 and " + MAX_ITEMS + ", got " + items);
        }
        idAuthority = idAuthority == null || idAuthority.isBlank() ? null : idAuthority.strip();
        if (idAuthority != null && !DNS_NAME.matcher(idAuthority).matches()) {
            throw new IllegalArgumentException("gazette.feeds.id-authority (GAZETTE_FEED_ID_AUTHORITY) must be a "
                    + "domain name such as news.example.com, got '" + idAuthority + "'");
        }
        websubHub = websubHub == null || websubHub.isBlank() ? null : websubHub.strip();
        if (websubHub != null && !isHttpUrl(websubHub)) {
            throw new IllegalArgumentException("gazette.feeds.websub-hub (GAZETTE_WEBSUB_HUB) must be an absolute "
                    + "http(s) URL, got '" + websubHub + "'");
        }
        if (cache == null || cache.isNegative()) {
            throw new IllegalArgumentException(
                    "gazette.feeds.cache must be a positive duration such as PT60S, got " + cache);
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
