package org.gazette.feed;

import java.time.Instant;
import java.util.List;
import org.gazette.text.Language;

/**
 * One feed, whatever format it is written in: what it covers and its newest stories. Its texts and
 * addresses, like its items' ({@link FeedItem}), hold only characters every format can carry.
 *
 * @param id          permanent id ({@link StoryIds#feed})
 * @param title       feed title, in the feed's language
 * @param description one line about the feed
 * @param lang        the language of every item, or null for the whole site's feed across languages
 * @param pageUrl     absolute URL of the HTML page the feed follows
 * @param basePath    site path the feed files hang under ({@code /en/section/politics/}); the file name
 *                    of a format completes it
 * @param baseUrl     the site's absolute base URL, for the feed's own links
 * @param siteName    the publisher's name
 * @param updated     when the stories the feed covers last changed
 * @param items       newest first
 * @param iconUrl     absolute URL of a square icon
 * @param logoUrl     absolute URL of the publisher's logo
 * @param hubUrl      WebSub hub, or null
 */
record Feed(
        String id,
        String title,
        String description,
        Language lang,
        String pageUrl,
        String basePath,
        String baseUrl,
        String siteName,
        Instant updated,
        List<FeedItem> items,
        String iconUrl,
        String logoUrl,
        String hubUrl) {

    Feed {
        id = XmlText.clean(id);
        title = XmlText.clean(title);
        description = XmlText.clean(description);
        pageUrl = XmlText.clean(pageUrl);
        basePath = XmlText.clean(basePath);
        baseUrl = XmlText.clean(baseUrl);
        siteName = XmlText.clean(siteName);
        iconUrl = XmlText.clean(iconUrl);
        logoUrl = XmlText.clean(logoUrl);
        hubUrl = XmlText.clean(hubUrl);
        items = List.copyOf(items);
    }

    /** Absolute URL of this feed in one format. */
    String url(FeedFormat format) {
        return baseUrl + basePath + format.fileName();
    }
}
