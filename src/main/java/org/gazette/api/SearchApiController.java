package org.gazette.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.article.PublicTerms;
import org.gazette.article.SiteDays;
import org.gazette.search.ArticleSearch;
import org.gazette.search.InvalidSearchException;
import org.gazette.search.SearchRequest;
import org.gazette.search.SearchResults;
import org.gazette.search.SearchScope;
import org.gazette.search.SearchSort;
import org.gazette.search.SearchText;
import org.gazette.search.Suggestion;
import org.gazette.system.GazetteProperties;
import org.gazette.system.InvalidParameterException;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/search}: published stories matching a query, with facets, highlighted snippets and
 * page links; and {@code /api/v1/search/suggest}, the completions the search box offers while typing.
 * A malformed parameter is a 400 problem detail naming it.
 */
@RestController
class SearchApiController {

    private static final int SUGGESTIONS = 8;

    private final ArticleSearch search;
    private final GazetteProperties site;
    private final PublicTerms publicTerms;
    private final SiteDays days;

    SearchApiController(ArticleSearch search, GazetteProperties site, PublicTerms publicTerms, SiteDays days) {
        this.days = days;
        this.publicTerms = publicTerms;
        this.search = search;
        this.site = site;
    }

    @GetMapping("/api/v1/search")
    SearchJson search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "is required: the words to search for");
        }
        Language language = ArticleQueryParameters.language(lang, site);
        String sectionSlug = ArticleQueryParameters.termSlug(TermKind.SECTION, section, publicTerms);
        String tagSlug = ArticleQueryParameters.termSlug(TermKind.TAG, tag, publicTerms);
        String sourceSlug = ArticleQueryParameters.termSlug(TermKind.SOURCE, source, publicTerms);
        String entitySlug = ArticleQueryParameters.slug("entity", entity);
        Instant fromTime = ArticleQueryParameters.from(from, days);
        Instant toTime = ArticleQueryParameters.to(to, days);
        int size = ArticleQueryParameters.limit(limit);
        SearchResults results;
        SearchRequest request;
        try {
            request = new SearchRequest(
                            SearchText.from(q),
                            language,
                            sectionSlug,
                            tagSlug,
                            sourceSlug,
                            fromTime,
                            toTime,
                            SearchSort.fromCode(sort),
                            SearchRequest.pageNumber(page),
                            size,
                            SearchScope.READERS)
                    .withEntity(entitySlug);
            results = search.search(request);
        } catch (InvalidSearchException e) {
            throw new InvalidParameterException(e.parameter(), e.reason());
        }
        String next = null;
        if (results.hasMore() && (long) (request.page() + 1) * size <= SearchRequest.MAX_DEPTH) {
            next = UriComponentsBuilder.fromPath("/api/v1/search")
                    .queryParam("q", q)
                    .queryParamIfPresent("lang", Optional.ofNullable(language).map(Language::code))
                    .queryParamIfPresent("section", Optional.ofNullable(sectionSlug))
                    .queryParamIfPresent("tag", Optional.ofNullable(tagSlug))
                    .queryParamIfPresent("source", Optional.ofNullable(sourceSlug))
                    .queryParamIfPresent("entity", Optional.ofNullable(entitySlug))
                    .queryParamIfPresent("from", Optional.ofNullable(from))
                    .queryParamIfPresent("to", Optional.ofNullable(to))
                    .queryParamIfPresent("sort", Optional.ofNullable(sort).filter(s -> !s.isBlank()))
                    .queryParam("limit", size)
                    .queryParam("page", request.page() + 1)
                    .encode()
                    .build()
                    .toUriString();
        }
        return SearchJson.from(request.text().value(), results, next, site);
    }

    /** A completion: what to show, and where choosing it leads. */
    record SuggestionJson(String kind, String label, String url) {}

    @GetMapping("/api/v1/search/suggest")
    ResponseEntity<Map<String, List<SuggestionJson>>> suggest(
            @RequestParam(required = false) String q, @RequestParam(required = false) String lang) {
        Language language =
                Optional.ofNullable(ArticleQueryParameters.language(lang, site)).orElse(site.defaultLanguage());
        List<Suggestion> suggestions;
        try {
            suggestions = search.suggest(q, language, SUGGESTIONS);
        } catch (InvalidSearchException e) {
            throw new InvalidParameterException(e.parameter(), e.reason());
        }
        List<SuggestionJson> json = suggestions.stream()
                .map(s -> new SuggestionJson(
                        s.kind(),
                        s.label(),
                        switch (s.kind()) {
                            case "tag" -> SiteLinks.tag(s.lang(), s.slug());
                            case "author" -> SiteLinks.author(s.lang(), s.slug());
                            default -> SiteLinks.article(s.lang(), s.slug());
                        }))
                .toList();
        // the same few letters are typed by many readers; a short cache spares the index
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
                .body(Map.of("suggestions", json));
    }
}
