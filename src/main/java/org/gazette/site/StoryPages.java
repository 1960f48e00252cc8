package org.gazette.site;

import java.util.ArrayList;
import java.util.List;
import org.gazette.article.ArticleCursor;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleSummary;
import org.gazette.cluster.StoryClusters;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.gazette.web.Link;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cuts a filtered list of stories into pages by cursor: {@code ?before=} an older page, {@code ?after=}
 * a newer one. A link keeps showing the same stories however many are published later. Lists show one
 * story per cluster: the newest report the list holds, naming the other agencies that reported it
 * ({@link StoryClusters#fold}).
 */
@Component
class StoryPages {

    private final ArticleRepository articles;
    private final GazetteProperties properties;
    private final FrameFactory frames;
    private final StoryClusters clusters;

    StoryPages(ArticleRepository articles, GazetteProperties properties, FrameFactory frames, StoryClusters clusters) {
        this.articles = articles;
        this.clusters = clusters;
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
                slice.stories().stream().map(s -> card(s, lang)).toList(),
                slice.pager(),
                days);
    }

    /** A folded story's card: the line naming the other agencies when there are any. */
    ArticleCard card(StoryClusters.Folded story, Language lang) {
        ArticleCard card = ArticleCard.from(story.story(), frames.dates(lang));
        String own =
                story.story().source() == null ? null : story.story().source().name();
        List<String> others = StoryClusters.sourceNames(story.otherReports(), own);
        return others.isEmpty()
                ? card
                : card.withAlsoFrom(frames.texts(lang).get("search.alsoFrom", String.join(", ", others)));
    }

    /**
     * The newest {@code count} stories of a list, one per cluster, for pages without paging (the front page);
     * names them and the reports folded into them for the page cache.
     */
    List<StoryClusters.Folded> newest(ArticleFilter filter, int count) {
        List<StoryClusters.Folded> stories = oneStoryPerCluster(filter, null, null, count);
        declareArticles(stories);
        return stories;
    }

    /**
     * Up to {@code want} stories next to a cursor (none: the newest), one per cluster, newest first.
     * Folding leaves some out, so more are read until enough are kept or the list ends.
     */
    private List<StoryClusters.Folded> oneStoryPerCluster(
            ArticleFilter filter, ArticleCursor before, ArticleCursor after, int want) {
        boolean newer = before == null && after != null;
        List<StoryClusters.Folded> kept = new ArrayList<>();
        int batch = want;
        while (true) {
            List<ArticleSummary> rows = articles.page(filter, before, after, batch);
            List<StoryClusters.Folded> folded = clusters.fold(filter, rows);
            if (newer) {
                kept.addAll(0, folded);
            } else {
                kept.addAll(folded);
            }
            if (kept.size() >= want || rows.size() < batch) {
                break;
            }
            if (newer) {
                after = ArticleCursor.of(rows.get(0));
            } else {
                before = ArticleCursor.of(rows.get(rows.size() - 1));
            }
            batch = Math.min(batch * 2, 500);
        }
        if (kept.size() > want) {
            // the ones nearest the cursor: the newest going back, the oldest going forward
            kept = newer ? kept.subList(kept.size() - want, kept.size()) : kept.subList(0, want);
        }
        return new ArrayList<>(kept);
    }

    /** The stories a page shows and those folded into them: a change to any of them changes the page. */
    private static void declareArticles(List<StoryClusters.Folded> stories) {
        List<Long> ids = new ArrayList<>();
        for (StoryClusters.Folded story : stories) {
            ids.add(story.story().id());
            story.otherReports().forEach(other -> ids.add(other.id()));
        }
        SurrogateKeys.declareArticles(ids);
    }

    /** Names the list the page belongs to, and the stories it shows, for the page cache. */
    private static void declareKeys(ArticleFilter filter, List<StoryClusters.Folded> stories) {
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
        if (filter.entityId() != null) {
            SurrogateKeys.declare(SurrogateKeys.entity(filter.entityId()));
        }
        declareArticles(stories);
    }

    record Slice(List<StoryClusters.Folded> stories, Pager pager) {}

    /**
     * One page of the filter's stories at {@code path}. A cursor that this site did not make is the
     * reader's mistake: it is answered as a missing page, not an error.
     */
    Slice slice(ArticleFilter filter, String path, String before, String after) {
        int size = properties.pageSize();
        ArticleCursor beforeCursor = decode(before, filter);
        ArticleCursor afterCursor = beforeCursor == null ? decode(after, filter) : null;
        List<StoryClusters.Folded> rows = oneStoryPerCluster(filter, beforeCursor, afterCursor, size + 1);
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
        String newer =
                hasNewer ? link(path, "after", ArticleCursor.of(rows.get(0).story())) : null;
        String older = hasOlder
                ? link(
                        path,
                        "before",
                        ArticleCursor.of(rows.get(rows.size() - 1).story()))
                : null;
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
