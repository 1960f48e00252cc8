package org.gazette.site;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.article.PublicTerms;
import org.gazette.article.SiteDays;
import org.gazette.search.ArticleSearch;
import org.gazette.search.FacetValue;
import org.gazette.search.InvalidSearchException;
import org.gazette.search.SearchHit;
import org.gazette.search.SearchRequest;
import org.gazette.search.SearchResults;
import org.gazette.search.SearchScope;
import org.gazette.search.SearchSort;
import org.gazette.search.SearchText;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /{lang}/search}: the reader's search page. It searches the page's language unless the reader
 * picks another or all ({@code lang=all}); filters, sort and page are plain query parameters, so every
 * state of the page is a link that works without JavaScript. A query that cannot be run is answered
 * with a 400 and a page that says why.
 */
@Controller
class SearchController {

    static final String ALL_LANGUAGES = "all";

    private final ArticleSearch search;
    private final SiteLanguages languages;
    private final FrameFactory frames;
    private final PublicTerms publicTerms;
    private final SiteDays days;

    SearchController(
            ArticleSearch search,
            SiteLanguages languages,
            FrameFactory frames,
            PublicTerms publicTerms,
            SiteDays days) {
        this.days = days;
        this.publicTerms = publicTerms;
        this.search = search;
        this.languages = languages;
        this.frames = frames;
    }

    /** The page's parameters as the reader sent them; links are built from these. */
    private record Params(
            String q,
            String lang,
            String section,
            String tag,
            String source,
            String from,
            String to,
            String sort,
            String entity) {

        Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("q", q);
            map.put("lang", lang);
            map.put("section", section);
            map.put("tag", tag);
            map.put("source", source);
            map.put("entity", entity);
            map.put("from", from);
            map.put("to", to);
            map.put("sort", sort);
            return map;
        }
    }

    @GetMapping("/{lang:[a-z]{2}}/search")
    String search(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(name = "lang", required = false) String in,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            Model model,
            HttpServletResponse response) {
        Language language = languages.require(lang);
        Texts texts = frames.texts(language);
        Params params = new Params(
                blankToNull(q),
                blankToNull(in),
                blankToNull(section),
                blankToNull(tag),
                blankToNull(source),
                blankToNull(from),
                blankToNull(to),
                blankToNull(sort),
                blankToNull(entity));
        String path = SiteLinks.search(language);
        String shown = q == null ? "" : q.length() > 600 ? q.substring(0, 600) : q;
        Frame frame = frames.frame(language, texts.get("search.title"), path)
                .searching(shown)
                .notIndexed();
        SearchPage view;
        try {
            SearchRequest request = request(language, params, page);
            SearchResults results = search.search(request);
            view = page(frame, texts, language, path, params, request, results);
        } catch (InvalidSearchException e) {
            response.setStatus(400);
            String message = "q".equals(e.parameter())
                    ? texts.get("search.error.query", SearchText.MAX_LENGTH, SearchText.MAX_WORDS)
                    : texts.get("search.error.filter", e.parameter());
            view = new SearchPage(
                    frame,
                    shown,
                    message,
                    false,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    params.from(),
                    params.to(),
                    List.of());
        }
        model.addAttribute("page", view);
        return "site/search";
    }

    private SearchRequest request(Language pageLanguage, Params params, String page) {
        Language lang = pageLanguage;
        if (params.lang() != null) {
            if (ALL_LANGUAGES.equals(params.lang())) {
                lang = null;
            } else if (frames.properties().serves(params.lang())) {
                lang = Language.of(params.lang());
            } else {
                throw new InvalidSearchException("lang", "is not a language of this site");
            }
        }
        return new SearchRequest(
                        SearchText.from(params.q()),
                        lang,
                        termSlug(TermKind.SECTION, params.section()),
                        termSlug(TermKind.TAG, params.tag()),
                        termSlug(TermKind.SOURCE, params.source()),
                        day("from", params.from(), false),
                        day("to", params.to(), true),
                        SearchSort.fromCode(params.sort()),
                        SearchRequest.pageNumber(page),
                        frames.properties().pageSize(),
                        SearchScope.READERS)
                .withEntity(entitySlug(params.entity()));
    }

    /** An entity filter: a slug, taken as it is (an entity nobody names simply matches nothing). */
    private static String entitySlug(String value) {
        if (value == null) {
            return null;
        }
        if (!Slug.isValid(value)) {
            throw new InvalidSearchException("entity", "must be a slug");
        }
        return value;
    }

    private SearchPage page(
            Frame frame,
            Texts texts,
            Language language,
            String path,
            Params params,
            SearchRequest request,
            SearchResults results) {
        DateFormats dates = frames.dates(language);
        List<SearchPage.Result> rows = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            rows.add(new SearchPage.Result(
                    SiteLinks.article(hit.lang(), hit.slug()),
                    hit.headlineHtml(),
                    hit.snippetHtml(),
                    dates.machine(hit.publishedAt()),
                    dates.dateTime(hit.publishedAt()),
                    hit.lang().code(),
                    hit.sectionName(),
                    hit.sectionSlug() == null ? null : SiteLinks.section(hit.lang(), hit.sectionSlug()),
                    hit.sourceName(),
                    hit.alsoFrom().isEmpty() ? null : texts.get("search.alsoFrom", String.join(", ", hit.alsoFrom()))));
        }
        boolean searched = !request.text().isEmpty();
        String summary = !searched
                ? null
                : results.total() == 0
                        ? texts.get("search.none", request.text().value())
                        : texts.get(
                                "search.count", results.total(), request.text().value());

        List<SearchPage.FacetBlock> facets = new ArrayList<>();
        for (String name : SearchResults.FACETS) {
            List<FacetValue> values = results.facets().getOrDefault(name, List.of());
            if (values.isEmpty()) {
                continue;
            }
            List<SearchPage.FacetLink> links = new ArrayList<>();
            for (FacetValue value : values) {
                links.add(facetLink(path, params, name, value, texts));
            }
            facets.add(new SearchPage.FacetBlock(name, texts.get("search.facet." + name), links));
        }

        List<Link> active = new ArrayList<>();
        for (String name : List.of("section", "tag", "source", "entity", "from", "to")) {
            String value = params.asMap().get(name);
            if (value != null) {
                active.add(new Link(
                        url(path, params, Map.of(name, ""), 1),
                        texts.get("search.remove", texts.get("search.filter." + name), value)));
            }
        }
        List<SearchPage.SortLink> sorts = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            sorts.add(new SearchPage.SortLink(
                    texts.get("search.sort." + sort.code()),
                    url(path, params, Map.of("sort", sort == SearchSort.RELEVANCE ? "" : sort.code()), 1),
                    sort == request.sort()));
        }
        Link didYouMean = results.didYouMean() == null
                ? null
                : new Link(url(path, params, Map.of("q", results.didYouMean()), 1), results.didYouMean());
        String previous = request.page() > 1 ? url(path, params, Map.of(), request.page() - 1) : null;
        String next = results.hasMore() && (long) (request.page() + 1) * request.pageSize() <= SearchRequest.MAX_DEPTH
                ? url(path, params, Map.of(), request.page() + 1)
                : null;
        List<SearchPage.Hidden> hidden = new ArrayList<>();
        params.asMap().forEach((name, value) -> {
            if (value != null && !List.of("q", "from", "to").contains(name)) {
                hidden.add(new SearchPage.Hidden(name, value));
            }
        });
        Frame titled = frame.titled(
                searched ? texts.get("search.titleFor", request.text().value()) : texts.get("search.title"),
                frame.description());
        return new SearchPage(
                titled,
                params.q() == null ? "" : params.q(),
                null,
                searched,
                summary,
                rows,
                facets,
                active,
                sorts,
                didYouMean,
                previous,
                next,
                params.from(),
                params.to(),
                hidden);
    }

    private static SearchPage.FacetLink facetLink(
            String path, Params params, String name, FacetValue value, Texts texts) {
        return switch (name) {
            case "lang" -> {
                boolean selected =
                        value.key().equals(params.lang() == null ? texts.lang().code() : params.lang());
                yield new SearchPage.FacetLink(
                        texts.languageName(Language.of(value.key())),
                        value.count(),
                        url(path, params, Map.of("lang", selected ? ALL_LANGUAGES : value.key()), 1),
                        selected);
            }
            case "year" -> {
                String from = value.key() + "-01-01";
                String to = value.key() + "-12-31";
                boolean selected = from.equals(params.from()) && to.equals(params.to());
                yield new SearchPage.FacetLink(
                        value.label(),
                        value.count(),
                        url(path, params, selected ? Map.of("from", "", "to", "") : Map.of("from", from, "to", to), 1),
                        selected);
            }
            default -> {
                boolean selected = value.key().equals(params.asMap().get(name));
                yield new SearchPage.FacetLink(
                        value.label(),
                        value.count(),
                        url(path, params, Map.of(name, selected ? "" : value.key()), 1),
                        selected);
            }
        };
    }

    /** The page's URL with some parameters replaced (an empty value removes one) and a page number. */
    private static String url(String path, Params params, Map<String, String> changes, int page) {
        Map<String, String> values = params.asMap();
        values.putAll(changes);
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        values.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                builder.queryParam(name, value);
            }
        });
        if (page > 1) {
            builder.queryParam("page", page);
        }
        return builder.encode().build().toUriString();
    }

    /** A section, tag or source filter; a slug the term gave up is read as its current one. */
    private String termSlug(TermKind kind, String value) {
        if (value == null) {
            return null;
        }
        if (!Slug.isValid(value)) {
            throw new InvalidSearchException(kind.code(), "must be a slug");
        }
        return publicTerms.filterSlug(kind, value);
    }

    /** A date filter: the start of that day in the site's time zone, or (for {@code to}) the start of the next. */
    private Instant day(String name, String value, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return endOfDay ? days.end(date) : days.start(date);
        } catch (DateTimeException e) {
            throw new InvalidSearchException(name, "must be a date like 2024-09-16");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
