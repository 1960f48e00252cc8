package org.gazette.search;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.gazette.cluster.StoryClusters;

/**
 * The matches of a search down to the page asked for: every match counted, exactly, for the total and
 * the facets; the best ranked in the order asked for (a mild {@link RecencyBoost} on relevance, ties by
 * date and id, so every page is stable); the reports of one story cluster folded together ({@link NearDuplicates})
 * before the page is cut, except for the newsroom, which sees every one of them.
 */
final class RankedMatches {

    /** Newest first, ties by id: a stable order for {@link SearchSort#NEWEST}. */
    private static final Sort NEWEST = new Sort(
            new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(IndexFields.ID, SortField.Type.LONG, true));

    /**
     * One page of matches: {@code total} counts every match in the language searched; {@code groups} are
     * the page's stories, each a kept hit with the near-duplicates folded into it.
     */
    record Page(long total, FacetCounts.Counts counts, List<NearDuplicates.Group> groups, boolean hasMore) {}

    private final Clock clock;
    private final StoryClusters clusters;

    RankedMatches(Clock clock, StoryClusters clusters) {
        this.clock = clock;
        this.clusters = clusters;
    }

    /**
     * The page of {@code request} among the matches of {@code query} (the text with every filter);
     * {@code everyLanguage} is the same without the language filter, for the language facet.
     */
    Page page(IndexSearcher searcher, SearchRequest request, Query query, Query everyLanguage) throws IOException {
        int offset = (request.page() - 1) * request.pageSize();
        int wanted = offset + request.pageSize() + 1;
        int fetch = Math.min(SearchRequest.MAX_DEPTH * 4, wanted * 2 + 20);
        String lang = request.lang() == null ? null : request.lang().code();
        // Every match is counted, exactly, for the total and the facets. A search in one language goes
        // over the matches of every language, to count them for the language facet, and counts and
        // ranks the others only for its own.
        FacetCounts facets = new FacetCounts(FacetOrdinals.of(searcher), lang);
        ScoreDoc[] top;
        FacetCounts.Counts counts;
        if (request.sort() == SearchSort.RELEVANCE) {
            // one pass: scoring a match that is counted anyway costs less than going over them twice
            Object[] both = searcher.search(
                    everyLanguage, new MultiCollectorManager(new RelevanceTop(fetch, clock.millis(), lang), facets));
            top = (ScoreDoc[]) both[0];
            counts = (FacetCounts.Counts) both[1];
        } else {
            // counted without order; the newest apart, where Lucene skips what is older than the page
            counts = searcher.search(everyLanguage, facets);
            top = ranked(searcher, query, request.sort(), fetch);
        }
        long total = lang == null
                ? counts.sum(IndexFields.LANG)
                : counts.top(IndexFields.LANG, Integer.MAX_VALUE).stream()
                        .filter(e -> e.getKey().equals(lang))
                        .mapToLong(Map.Entry::getValue)
                        .sum();

        List<NearDuplicates.Group> groups =
                new NearDuplicates(searcher, request.scope() == SearchScope.READERS, clusters).collapse(top, wanted);
        // many duplicates near the top: look further down the ranking, within the depth readers may page to
        while (groups.size() < wanted && top.length == fetch && fetch < SearchRequest.MAX_DEPTH * 4) {
            fetch = Math.min(SearchRequest.MAX_DEPTH * 4, fetch * 4);
            top = ranked(searcher, query, request.sort(), fetch);
            groups = new NearDuplicates(searcher, request.scope() == SearchScope.READERS, clusters)
                    .collapse(top, wanted);
        }
        boolean hasMore = groups.size() > offset + request.pageSize();
        List<NearDuplicates.Group> page =
                groups.subList(Math.min(offset, groups.size()), Math.min(offset + request.pageSize(), groups.size()));
        return new Page(total, counts, page, hasMore);
    }

    /** The best {@code size} matches in the order asked for. */
    private ScoreDoc[] ranked(IndexSearcher searcher, Query query, SearchSort sort, int size) throws IOException {
        if (sort == SearchSort.RELEVANCE) {
            return searcher.search(query, new RelevanceTop(size, clock.millis(), null));
        }
        // the first sort field is indexed as points too, so Lucene skips what cannot be among the newest
        return searcher.search(query, new TopFieldCollectorManager(NEWEST, size, null, size)).scoreDocs;
    }
}
