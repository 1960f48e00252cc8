package org.gazette.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.gazette.text.Abbreviation;

/**
 * A position in a newest-first list of stories: the publication time and id of a story. Lists page
 * by cursor rather than by page number so that a link to "older stories" shows the same stories
 * however many are published after it was made.
 */
public record ArticleCursor(Instant publishedAt, long id) {

    public static ArticleCursor of(ArticleSummary summary) {
        return new ArticleCursor(summary.publishedAt(), summary.id());
    }

    /** The opaque, URL-safe form used in links and in the API. */
    public String encode() {
        String plain = publishedAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor made by {@link #encode()}; anything else is refused with a message for the reader. */
    public static ArticleCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            return new ArticleCursor(
                    Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))),
                    Long.parseLong(plain.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor this site made: '" + Abbreviation.of(encoded, 40) + "'");
        }
    }
}
