package org.gazette.newsroom;

import java.util.List;
import org.gazette.web.Link;

/** The article list with its filters; {@code problem} says why the text cannot be searched, or is null. */
public record ArticleListPage(
        NewsroomFrame frame,
        ArticleQuery query,
        List<Row> rows,
        List<Link> statuses,
        List<Link> languages,
        List<Link> sections,
        List<Link> sources,
        String previousPage,
        String nextPage,
        String problem) {

    /** One article in the list; {@code cluster} is the story cluster it is in, or null. */
    public record Row(
            long id,
            String headline,
            String lang,
            String status,
            String statusLabel,
            String section,
            String author,
            String modified,
            String published,
            Long cluster) {}
}
