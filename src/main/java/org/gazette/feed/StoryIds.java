package org.gazette.feed;

import java.nio.charset.StandardCharsets;
import org.gazette.system.GazetteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The permanent identifiers Gazette publishes for stories and feeds: RFC 4151 tag URIs such as
 * {@code tag:news.example.com,2024:article:azertag-2024-09-16-blinken}. A story's id is made from its
 * external id, which never changes, and never from its URL: editing a story or giving it a new slug
 * must not make feed readers and partners see a new story. RSS guids, Atom ids, JSON Feed ids, ninjs
 * URIs and the JSON-LD identifier all use it.
 */
@Component
public class StoryIds {

    /**
     * The date part of every tag URI. It is part of the id and so must never change: it says when the
     * authority first minted these ids, not when a story was written.
     */
    static final String MINTED = "2024";

    private final String authority;

    @Autowired
    StoryIds(GazetteProperties site, FeedProperties feeds) {
        this(feeds.idAuthority() != null ? feeds.idAuthority() : site.baseUrl().getHost());
    }

    /** Ids under a given authority, for tests. */
    StoryIds(String authority) {
        if (authority == null || authority.isBlank()) {
            throw new IllegalArgumentException("the id authority must be a domain name, got '" + authority + "'");
        }
        this.authority = authority.toLowerCase(java.util.Locale.ROOT);
    }

    /** The id of the story with this external id (the import format's {@code id}). */
    public String article(String externalId) {
        if (externalId == null || externalId.isEmpty()) {
            throw new IllegalArgumentException("a story id needs an external id, got '" + externalId + "'");
        }
        return "tag:" + authority + "," + MINTED + ":article:" + encode(externalId);
    }

    /** The id of an uploaded image (its number in the image library never changes either). */
    public String image(long imageId) {
        return "tag:" + authority + "," + MINTED + ":image:" + imageId;
    }

    /** The id of the feed published at this site path ({@code /en/section/politics/}). */
    public String feed(String path) {
        return "tag:" + authority + "," + MINTED + ":feed:" + encode(path);
    }

    /**
     * Percent-encodes everything a tag URI's specific part may not hold as it is; external ids from the
     * import format (letters, digits and {@code . _ : ~ @ + -}) pass through unchanged.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
