package org.gazette.search;

import java.time.Clock;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.gazette.cluster.StoryClusters;
import org.gazette.text.Language;
import org.springframework.stereotype.Service;

/**
 * {@link ArticleSearch} on the embedded Lucene index ({@link SearchIndex}). A search goes through parts
 * that own one job each: the reader's text becomes a weighted query ({@link TextQuery}) limited by the
 * request's filters ({@link SearchFilters}); {@link RankedMatches} counts every match and ranks the best,
 * the reports of one story cluster folded; {@link PageHits} turns the page into highlighted hits; {@link ShownFacets}
 * the counts into facets; and a search that finds little gets a respelling ({@link DidYouMean}).
 * Completions of typed text are {@link Completions}.
 */
@Service
class LuceneArticleSearch implements ArticleSearch {

    private static final int FEW_RESULTS = 3;

    private final SearchIndex index;
    private final Analyzer analyzer = SearchAnalyzers.perField();
    private final SearchFilters filters;
    private final RankedMatches matches;
    private final PageHits hits;
    private final DidYouMean didYouMean;
    private final Completions completions;

    LuceneArticleSearch(SearchIndex index, IndexSource database, Clock clock, StoryClusters clusters) {
        this.index = index;
        this.filters = new SearchFilters(clock);
        this.matches = new RankedMatches(clock, clusters);
        this.hits = new PageHits(database, new HitHighlighter(analyzer), clusters);
        this.didYouMean = new DidYouMean(analyzer);
        this.completions = new Completions(index, filters);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        if (request.text().isEmpty()) {
            return SearchResults.empty(request.pageSize());
        }
        List<Language> languages = request.lang() == null ? IndexFields.languages() : List.of(request.lang());
        Query text = TextQuery.parse(analyzer, languages, request.text().value());
        Query limits = filters.of(request);
        return index.search(searcher -> {
            RankedMatches.Page page = matches.page(
                    searcher,
                    request,
                    SearchFilters.apply(text, limits),
                    SearchFilters.apply(text, filters.of(request.withLanguage(null))));
            List<SearchHit> shown = hits.of(searcher, request, languages, text, page.groups());
            String respelled = page.total() < FEW_RESULTS
                    ? didYouMean.respell(searcher, request, languages, limits, page.total())
                    : null;
            return new SearchResults(
                    page.total(),
                    request.page(),
                    request.pageSize(),
                    page.hasMore(),
                    shown,
                    ShownFacets.of(page.counts()),
                    respelled);
        });
    }

    @Override
    public List<Suggestion> suggest(String typed, Language lang, int limit) {
        return completions.of(typed, lang, limit);
    }
}
