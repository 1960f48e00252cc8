package org.gazette.feed;

import java.time.Instant;
import java.util.List;
import org.gazette.text.Language;

/**
 * One story in a feed. Every text and address is made of characters every feed format can carry
 * ({@link XmlText}) as it is constructed, here and in the nested records, so no writer and no field can
 * forget it: a term name, headline or stored URL holding a control character, U+FFFE or a lone surrogate
 * loses that character instead of making the whole feed unreadable. Escaping for each format's syntax is
 * the writer's business.
 *
 * @param id          permanent id from the story's external id ({@link StoryIds#article})
 * @param url         absolute URL of the story's page
 * @param title       the headline, as plain text
 * @param summary     plain text: the dek, or the opening of the story
 * @param contentHtml the sanitized body, or null when feeds carry summaries only
 * @param published   first publication
 * @param updated     the latest change readers are told about (at least {@code published})
 * @param lang        the story's language
 * @param authors     bylines, in order
 * @param section     the section, or null
 * @param tags        subject tags, in order
 * @param source      the credited agency, or null for the newsroom's own story
 * @param image       the lead image, or null
 */
record FeedItem(
        String id,
        String url,
        String title,
        String summary,
        String contentHtml,
        Instant published,
        Instant updated,
        Language lang,
        List<Term> authors,
        Term section,
        List<Term> tags,
        Credit source,
        Image image) {

    FeedItem {
        id = XmlText.clean(id);
        url = XmlText.clean(url);
        title = XmlText.clean(title);
        summary = XmlText.clean(summary);
        contentHtml = XmlText.clean(contentHtml);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** An author, section or tag: its name, its slug and the absolute URL of its page. */
    record Term(String name, String slug, String url) {

        Term {
            name = XmlText.clean(name);
            slug = XmlText.clean(slug);
            url = XmlText.clean(url);
        }
    }

    /**
     * The agency a story credits ("reports citing ..."): its name, its home page and the URL of its
     * original report, either of which may be unknown.
     */
    record Credit(String name, String homepage, String originalUrl) {

        Credit {
            name = XmlText.clean(name);
            homepage = XmlText.clean(homepage);
            originalUrl = XmlText.clean(originalUrl);
        }

        /** Where the credit links to: the original report, else the agency's home page; null when neither is known. */
        String url() {
            return originalUrl != null ? originalUrl : homepage;
        }
    }

    /**
     * A lead image, in the largest width generated for it: RSS carries it as an enclosure and
     * {@code media:content}, Atom as an enclosure link, JSON Feed as the item's image and an attachment.
     *
     * @param url       absolute URL of the served file
     * @param mediaType such as image/jpeg
     * @param length    size of that file in bytes, or 0 when unknown
     * @param width     in pixels
     * @param height    in pixels
     * @param alt       the text alternative, plain text
     * @param caption   plain text, or null
     * @param credit    the photographer or agency, or null
     */
    record Image(
            String url,
            String mediaType,
            long length,
            int width,
            int height,
            String alt,
            String caption,
            String credit) {

        Image {
            url = XmlText.clean(url);
            mediaType = XmlText.clean(mediaType);
            alt = XmlText.clean(alt);
            caption = XmlText.clean(caption);
            credit = XmlText.clean(credit);
        }
    }
}
