package org.gazette.site;

import java.util.ArrayList;
import java.util.List;
import org.gazette.article.ArticleCursor;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleSummary;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cuts a filtered list of stories into pages by cursor: {@code ?before=} an older page, {@code ?after=}
 * a newer one. A link keeps showing the same stories however many are published later.
 */
@Component
class StoryPages {

    private final ArticleRepository articles;
    private final GazetteProperties properties;
    private final FrameFactory frames;

    StoryPages(ArticleRepository articles, GazetteProperties properties, FrameFactory frames) {
        this.articles = articles;
        this.properties = properties;
        this.frames = frames;
    }

    /** A listing page at {@code path}: a kicker naming the kind of page, a heading, and one page of stories. */
    ListingPage listing(
            Language lang,
            String path,
            String kicker,
            String heading,
            ArticleFilter filter,
            String before,
            String after,
            String activeSection,
            List<Link> days) {
        DateFormats dates = frames.dates(lang);
        Slice slice = slice(filter, path, before, after);
        declareKeys(filter, slice.stories());
        String canonical =
                before != null ? path + "?before=" + before : after != null ? path + "?after=" + after : path;
        Frame frame = frames.frame(lang, heading, path)
                .canonical(properties.absolute(canonical))
                .inSection(activeSection);
        return new ListingPage(
                frame,
                kicker,
                heading,
                null,
                slice.stories().stream().map(s -> ArticleCard.from(s, dates)).toList(),
                slice.pager(),
                days);
    }

    /** Names the list the page belongs to, and the stories it shows, for the page cache. */
    private static void declareKeys(ArticleFilter filter, List<ArticleSummary> stories) {
        if (filter.sectionId() != null) {
            SurrogateKeys.declare(SurrogateKeys.section(filter.sectionId()));
        }
        if (filter.tagId() != null) {
            SurrogateKeys.declare(SurrogateKeys.tag(filter.tagId()));
        }
        if (filter.sourceId() != null) {
            SurrogateKeys.declare(SurrogateKeys.source(filter.sourceId()));
        }
        if (filter.authorId() != null) {
            SurrogateKeys.declare(SurrogateKeys.author(filter.authorId()));
        }
        SurrogateKeys.declareArticles(stories.stream().map(ArticleSummary::id).toList());
    }

    record Slice(List<ArticleSummary> stories, Pager pager) {}

    /**
     * One page of the filter's stories at {@code path}. A cursor that this site did not make is the
     * reader's mistake: it is answered as a missing page, not an error.
     */
    Slice slice(ArticleFilter filter, String path, String before, String after) {
        int size = properties.pageSize();
        ArticleCursor beforeCursor = decode(before, filter);
        ArticleCursor afterCursor = beforeCursor == null ? decode(after, filter) : null;
        List<ArticleSummary> rows = new ArrayList<>(articles.page(filter, beforeCursor, afterCursor, size + 1));
        boolean hasNewer;
        boolean hasOlder;
        if (afterCursor != null) {
            hasNewer = rows.size() > size;
            if (hasNewer) {
                rows.remove(0);
            }
            hasOlder = true;
        } else {
            hasOlder = rows.size() > size;
            if (hasOlder) {
                rows.remove(rows.size() - 1);
            }
            hasNewer = beforeCursor != null;
        }
        if (rows.isEmpty()) {
            return new Slice(rows, new Pager(beforeCursor != null || afterCursor != null ? path : null, null));
        }
        String newer = hasNewer ? link(path, "after", ArticleCursor.of(rows.get(0))) : null;
        String older = hasOlder ? link(path, "before", ArticleCursor.of(rows.get(rows.size() - 1))) : null;
        return new Slice(rows, new Pager(newer, older));
    }

    private static String link(String path, String name, ArticleCursor cursor) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam(name, cursor.encode())
                .build()
                .toUriString();
    }

    private static ArticleCursor decode(String value, ArticleFilter filter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArticleCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new PageNotFoundException(filter.lang());
        }
    }
}
