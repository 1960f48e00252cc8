package org.gazette.wire;

import java.time.Instant;
import java.util.List;

/**
 * One story from an agency feed, whatever format it came in (RSS, Atom, NewsML-G2, ninjs): what the
 * wire desk needs to make or update an article. The body is the feed's HTML as sent; it is sanitised
 * when the article is saved, like every body.
 *
 * @param guid      the item's permanent identity in its feed: RSS guid, Atom id, NewsML-G2 guid, ninjs uri
 * @param version   the sender's version number (NewsML-G2 {@code version}, ninjs {@code version}), or null
 * @param title     the headline, never blank
 * @param bodyHtml  the story as HTML (plain text arrives as escaped paragraphs)
 * @param summary   a standfirst or description when the feed has one besides the body, or null
 * @param published when the story was first published, or null when the feed does not say
 * @param modified  when this version was made, or null
 * @param link      the story's page at the agency, or null
 * @param agency    the agency the item cites as its source (RSS {@code source}, NewsML-G2 infoSource,
 *                  ninjs infosource or copyright holder), or null
 * @param language  the item's language tag as sent ({@code en-US}), or null
 * @param images    pictures the item points at, recorded and never fetched
 * @param status    whether the item may be used or was withdrawn
 */
public record WireItem(
        String guid,
        Long version,
        String title,
        String bodyHtml,
        String summary,
        Instant published,
        Instant modified,
        String link,
        String agency,
        String language,
        List<WireImage> images,
        PubStatus status) {

    public WireItem {
        images = images == null ? List.of() : List.copyOf(images);
        status = status == null ? PubStatus.USABLE : status;
    }

    /** The item's own time for ordering versions: its modification, else its publication. */
    public Instant versionTime() {
        return modified != null ? modified : published;
    }
}
