package org.gazette.site;

import java.util.List;
import org.gazette.web.Link;

/**
 * The page of a person, organisation or place: what kind it is, its name, its stories (paged like a tag's)
 * and its latest events, with a link to all of them on the timeline.
 */
public record EntityPage(
        Frame frame,
        String kicker,
        String heading,
        List<ArticleCard> stories,
        Pager pager,
        List<TimelineDay> events,
        Link allEvents) {}
