package org.gazette.feed;

import org.gazette.web.SiteLinks;
import org.springframework.http.MediaType;

/** The feed formats Gazette publishes, each under a fixed file name after a page's path. */
enum FeedFormat {
    RSS(SiteLinks.RSS, "application/rss+xml", "RSS"),
    ATOM(SiteLinks.ATOM, "application/atom+xml", "Atom"),
    JSON_FEED(SiteLinks.JSON_FEED, "application/feed+json", "JSON Feed");

    private final String fileName;
    private final String mediaType;
    private final String label;

    FeedFormat(String fileName, String mediaType, String label) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** {@code rss.xml}, {@code atom.xml} or {@code feed.json}. */
    public String fileName() {
        return fileName;
    }

    /** The registered media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The format's name, for link titles. */
    public String label() {
        return label;
    }

    MediaType contentType() {
        return MediaType.parseMediaType(mediaType + ";charset=UTF-8");
    }

    /** The format served under a file name; anything else is refused with the name in the message. */
    public static FeedFormat ofFileName(String fileName) {
        for (FeedFormat format : values()) {
            if (format.fileName.equals(fileName)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no feed format is served as '" + fileName + "'; expected " + SiteLinks.RSS
                + ", " + SiteLinks.ATOM + " or " + SiteLinks.JSON_FEED);
    }
}
