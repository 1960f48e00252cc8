package org.gazette.site;

import java.util.List;
import org.gazette.web.Link;

/**
 * A section, tag, source, author or archive page: a kicker naming the kind of page, a heading, the
 * stories, links to neighbouring pages, and for month archives the days that have stories.
 */
public record ListingPage(
        Frame frame,
        String kicker,
        String heading,
        String summary,
        List<ArticleCard> stories,
        Pager pager,
        List<Link> days) {

    /** This page with its frame changed, for controllers that add feeds or structured data. */
    public ListingPage withFrame(Frame changed) {
        return new ListingPage(changed, kicker, heading, summary, stories, pager, days);
    }
}
